// The held-out set: the share that reaches the expected English answer is printed; the floor is lower
// than for the tuned set, since these phrasings had no rule written for them.
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { messageToPlainText } from "../../src/answer/plain-text.js";
import type { Answer } from "../../src/answer/types.js";
import { toEnglishQuery } from "../../src/language/ru/lexicon.js";
import { HELD_OUT } from "./ru-heldout.cases.js";

const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR), { now: new Date("2026-06-01T00:00:00Z") });
const text = (a: Answer) => a.messages.map(messageToPlainText).join("\n");

describe("held-out Russian questions", () => {
  const misses: string[] = [];
  it("most reach the English answer they mean", () => {
    for (const [ru, expected, names] of HELD_OUT) {
      const { english } = toEnglishQuery(ru);
      const got = engine.respond(english);
      const want = engine.respond(expected);
      const ok = got.intent === want.intent && got.found === want.found && got.sources.join() === want.sources.join() && names.test(text(got));
      if (!ok) misses.push(`${ru} → ${english} (${got.intent}, want ${want.intent})`);
    }
    expect(HELD_OUT.length - misses.length).toBeGreaterThanOrEqual(Math.ceil(HELD_OUT.length * 0.8));
  });
  afterAll(() => {
    console.log(`Held-out Russian → English: ${HELD_OUT.length - misses.length} of ${HELD_OUT.length}`);
    for (const m of misses) console.log(`  missed: ${m}`);
  });
});
