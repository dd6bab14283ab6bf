// Shared test helpers: the bundled engine with "now" pinned, and a throwaway knowledge folder.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messageToPlainText } from "../src/answer/plain-text.js";
import type { Answer } from "../src/answer/types.js";
import { createEngine, type Engine } from "../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../src/knowledge/load.js";

/** 26 Nov 2026: the day these tests were written; durations "so far" are computed to it. */
export const NOW = new Date("2026-11-26T12:00:00Z");

let bundled: Engine | undefined;
export function bundledEngine(): Engine {
  bundled ??= createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR), { now: NOW });
  return bundled;
}

/** A knowledge folder holding one Markdown résumé. */
export function knowledgeDir(markdown: string, file = "resume.md"): string {
  const dir = mkdtempSync(join(tmpdir(), "resume-bot-"));
  writeFileSync(join(dir, file), markdown);
  return dir;
}

export function plain(a: Answer): string {
  return a.messages.map(messageToPlainText).join("\n");
}

/** Asks an engine one message (with the user's language, when given): the intent, found and plain text. */
export function askerFor(engine: Engine): (text: string, lang?: string) => { intent: string; found: boolean; text: string } {
  return (text, lang) => {
    const a = engine.handle({ text, ...(lang ? { lang } : {}) }).answer;
    return { intent: a.intent, found: a.found, text: plain(a) };
  };
}
