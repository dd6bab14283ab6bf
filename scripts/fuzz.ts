// npm run fuzz [-- --runs 100000 --seed N --bot-runs N]: the fuzz properties of test/fuzz at scale: the
// engine and HTML renderer, then whole update sequences through the bot (bot.handleUpdate with a recording
// fake Telegram; --bot-runs, default = --runs). Reports the number of cases per property, the updates by
// kind and the time; exits non-zero with the shrunk counterexample on a failure.
import fc from "fast-check";
import { createEngine } from "../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../src/knowledge/load.js";
import { botProperty, kinds } from "../test/fuzz/bot-properties.js";
import { engineProperties } from "../test/fuzz/properties.js";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg("--runs", 100_000);
const seed = arg("--seed", Date.now() % 1_000_000);
const botRuns = arg("--bot-runs", runs);

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
{
  // The updates the property actually ran, by kind.
  const byKind = new Map<string, number>();
  let updates = 0;
  const observe = (drafts: Parameters<typeof kinds>[0]) => {
    for (const kind of kinds(drafts)) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    updates += drafts.length;
  };
  const name = "bot.handleUpdate (update sequences; every call checked; run twice)";
  const t0 = performance.now();
  const result = await fc.check(botProperty(engine, observe), { numRuns: botRuns, seed });
  const ms = performance.now() - t0;
  total += result.numRuns;
  console.log(`${result.failed ? "FAIL" : "ok  "} ${name}: ${result.numRuns} cases, ${updates} updates in ${(ms / 1000).toFixed(1)} s`);
  console.log(`     updates by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  if (result.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(result));
  }
}
console.log(`${total} cases in all, ${failed ? "with failures" : "no failures"}`);
process.exit(failed ? 1 : 0);
