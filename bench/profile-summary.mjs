#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time and by total
// (inclusive) time, with file:line. Usage: node bench/profile-summary.mjs FILE.cpuprofile [N] [filter]
// `filter` keeps only frames whose url contains it (e.g. "dist/").
import { readFileSync } from "node:fs";

const [file, nArg, filter] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary.mjs FILE.cpuprofile [N] [url filter]");
const n = Number(nArg ?? 25);
const prof = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const selfUs = new Map();
prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const key = (node) => {
  const f = node.callFrame;
  const url = f.url.replace(/^file:\/\//, "").replace(/^.*?\/(dist|node_modules|bench)\//, "$1/");
  return `${f.functionName || "(anonymous)"} ${url ? `${url}:${f.lineNumber + 1}` : ""}`.trim();
};
const self = new Map();
const incl = new Map();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  self.set(key(node), (self.get(key(node)) ?? 0) + us);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (seen.has(k)) continue; // recursion counts once
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const show = (title, map) => {
  console.log(`${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  [...map]
    .filter(([k]) => !filter || k.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, us]) => console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`));
};
show("self time", self);
show("total time", incl);
