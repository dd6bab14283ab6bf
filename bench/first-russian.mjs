#!/usr/bin/env node
// What the first Russian answer costs over the first English one (issue 11). Each run is a fresh node
// process (nothing warm, nothing cached), which builds the engine on the bundled résumé and times its
// first answer: an English question, or a Russian one (that first Russian answer loads the Snowball
// stemmer, builds the lexicon and reads the Russian word data). Runs alternate, the median of each is shown.
//   npm run --silent build && node bench/first-russian.mjs [--runs 15] [--json]
// Runs on the compiled dist/; never part of `npm test`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const runsArg = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 15;
if (!Number.isInteger(runsArg) || runsArg < 1) {
  console.error("--runs must be a whole number of at least 1");
  process.exit(2);
}
const runs = runsArg;

const QUESTIONS = { en: "Has he worked with Kafka?", ru: "Работал ли он с кафкой?" };

/** The child: build the engine, answer one question, print the timings as JSON. */
const CHILD = `
const t0 = performance.now();
const { createEngine } = await import("./dist/engine.js");
const { loadKnowledge, BUNDLED_KNOWLEDGE_DIR } = await import("./dist/knowledge/load.js");
const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
const t1 = performance.now();
const answer = engine.handle({ text: process.argv[1] }).answer;
const t2 = performance.now();
const again = engine.handle({ text: process.argv[1] }).answer;
const t3 = performance.now();
if (!answer.found || !again.found) process.exit(3);
console.log(JSON.stringify({ startup: t1 - t0, first: t2 - t1, second: t3 - t2 }));
`;

function once(question) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, question], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = { en: [], ru: [] };
for (let i = 0; i < runs; i++) for (const lang of i % 2 ? ["ru", "en"] : ["en", "ru"]) samples[lang].push(once(QUESTIONS[lang]));

const summary = {};
for (const lang of ["en", "ru"]) {
  const s = samples[lang];
  summary[lang] = { startup: median(s.map((x) => x.startup)), first: median(s.map((x) => x.first)), second: median(s.map((x) => x.second)) };
}
const extra = summary.ru.first - summary.en.first;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`first answer, median of ${runs} fresh processes each (engine built first: en ${fmt(summary.en.startup)}, ru ${fmt(summary.ru.startup)})`);
console.log(`  English  "${QUESTIONS.en}": first ${fmt(summary.en.first)}, second ${fmt(summary.en.second)}`);
console.log(`  Russian  "${QUESTIONS.ru}": first ${fmt(summary.ru.first)}, second ${fmt(summary.ru.second)}`);
console.log(`  the first Russian answer costs ${fmt(extra)} more than the first English one (${(summary.ru.first / summary.en.first).toFixed(1)}×)`);
if (args.includes("--json")) console.log(JSON.stringify({ runs, ...summary, extraFirstRussianMs: extra }));
