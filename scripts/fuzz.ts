// npm run fuzz [-- --runs 100000 --seed N]: the fuzz properties of test/fuzz at scale. Reports the number of
// cases run per property and the time; exits non-zero with the shrunk counterexample on a failure.
import fc from "fast-check";
import { createEngine } from "../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../src/knowledge/load.js";
import { engineProperties } from "../test/fuzz/properties.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg("--runs", 100_000);
const seed = arg("--seed", Date.now() % 1_000_000);

const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
const properties = engineProperties(engine);
const plan: [string, fc.IPropertyWithHooks<never> | fc.IProperty<never>, number][] = [
  ["engine.respond + HTML renderer (any text, commands)", properties.respond as never, runs],
  ["engine.act (any button action)", properties.act as never, Math.ceil(runs / 2)],
  ["engine.inline (any inline query)", properties.inline as never, Math.ceil(runs / 4)],
];
let total = 0;
let failed = false;
console.log(`seed ${seed}`);
for (const [name, property, numRuns] of plan) {
  const t0 = performance.now();
  const result = fc.check(property, { numRuns, seed });
  const ms = performance.now() - t0;
  total += result.numRuns;
  console.log(`${result.failed ? "FAIL" : "ok  "} ${name}: ${result.numRuns} cases in ${(ms / 1000).toFixed(1)} s`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
console.log(`${total} cases in all, ${failed ? "with failures" : "no failures"}`);
process.exit(failed ? 1 : 0);
