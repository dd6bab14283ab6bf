// The FAQ hook: résumé questions stay with the résumé; logistics and unanswered ones go to the FAQ, marked
// as the candidate's words; near ties offer both entries; /faq lists them; a question neither answers says
// so and how to ask the candidate.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageToPlainText } from "../../src/answer/plain-text.js";
import type { Answer } from "../../src/answer/types.js";
import { createEngine } from "../../src/engine.js";
import { parseFaq } from "../../src/faq/parse.js";
import { CONTACT_ACTION, withFaq } from "../../src/faq/with-faq.js";
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { NOW } from "../helpers.js";

const DIR = join(import.meta.dirname, "../fixtures/cv-faq-maria");
const faq = parseFaq(readFileSync(join(DIR, "faq.md"), "utf8"));
const base = createEngine(loadKnowledge(DIR), { now: NOW });
const engine = withFaq(base, { faq, contactEnabled: true });
const plain = (a: Answer) => a.messages.map(messageToPlainText).join("\n");
const buttons = (a: Answer) => a.messages.flatMap((m) => (m.buttons ?? []).flat());

describe("withFaq", () => {
  it("answers an FAQ paraphrase in the candidate's own words, found, with the message button", () => {
    const a = engine.respond("comp expectations?");
    expect(a.found).toBe(true);
    expect(plain(a)).toMatch(/^From Maria: Around 85,000 EUR/);
    expect(a.intent).toBe("faq:salary");
    expect(buttons(a).some((b) => "action" in b && b.action === CONTACT_ACTION)).toBe(true);
  });

  it("answers résumé questions from the résumé, never from the FAQ", () => {
    for (const q of ["Has she used Kafka?", "where did she study?", "what languages does she speak?"]) {
      const a = engine.respond(q);
      expect(plain(a), q).not.toContain("From Maria");
      expect(a).toEqual(base.respond(q));
    }
  });

  it("says honestly when neither knows, and how to ask the candidate", () => {
    const a = engine.respond("does she keep bees?");
    expect(a.found).toBe(false);
    expect(plain(a)).toMatch(/You can ask Maria directly: \/contact/);
  });

  it("/faq lists every question as a button", () => {
    const list = engine.respond("/faq");
    expect(list.found).toBe(true);
    expect(buttons(list).map((b) => b.text)).toEqual(faq.entries.map((e) => e.question));
    // Pressing an FAQ button asks its question, which lands on its own entry.
    const pressed = engine.act({ type: "ask", text: faq.entries[1]!.question });
    expect(plain(pressed)).toMatch(/^From Maria: Yes, within the EU/);
  });

  it("offers the two entries as buttons when two are equally meant", () => {
    const twins = parseFaq("# F\n\n## Do you relocate?\nMaybe.\n\n## Would you move house?\nAlso asked: relocation\nPerhaps.\n");
    const a = withFaq(base, { faq: twins, contactEnabled: false }).respond("relocation?");
    expect(a.intent).toBe("faq:choice");
    expect(buttons(a).map((b) => b.text)).toEqual(["Do you relocate?", "Would you move house?"]);
  });

  it("without an FAQ and without an owner, answers exactly as the engine does", () => {
    const plainEngine = withFaq(base, { contactEnabled: false });
    for (const q of ["does she keep bees?", "/start", "Has she used Kafka?"]) expect(plainEngine.respond(q)).toEqual(base.respond(q));
  });
});

describe("parseFaq errors", () => {
  it("names faq.md:line for an entry with no answer and a duplicate question", () => {
    const broken = readFileSync(join(import.meta.dirname, "../fixtures/cv-faq-broken/faq.md"), "utf8");
    let error: unknown;
    try {
      parseFaq(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeErrors);
    expect((error as KnowledgeErrors).errors.map((e) => e.message)).toEqual([
      'faq.md:3: answer: "When are you available?" has no answer below it',
      'faq.md:8: question: duplicate question: "Are you open to relocation?" is already asked at line 5',
    ]);
  });
});
