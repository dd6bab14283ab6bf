// The candidate's name in a Russian question, declined and in Cyrillic letters for a Latin name: the
// lexicon knows no one's name, so «у Алисы» is matched against the résumé's own name (src/language/ru/names.ts).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { isNameForm } from "../../src/language/ru/names.js";
import { NOW, plain } from "../helpers.js";

describe("isNameForm", () => {
  it.each([
    ["алисы", "alice"],
    ["алисой", "alice"],
    ["ивана", "ivan"],
    ["джона", "john"],
    ["анной", "анна"],
    ["смирновой", "смирнова"],
    ["новака", "novak"],
  ])("«%s» is a form of %s", (word, name) => {
    expect(isNameForm(word, [name])).toBe(true);
  });

  it.each([
    ["она", "anna"], // a pronoun, not Anna: another first letter
    ["алгоритм", "alice"],
    ["иначе", "ivan"],
    ["ли", "li"], // too short to tell from the particle
  ])("«%s» is not a form of %s", (word, name) => {
    expect(isNameForm(word, [name])).toBe(false);
  });
});

describe("the candidate named in a question", () => {
  const alice = createEngine(loadKnowledge("test/fixtures/cv-alice"), { now: NOW });
  const anna = createEngine(loadKnowledge("test/fixtures/real-md-ru"), { now: NOW });
  const ask = (engine: typeof alice, text: string) => {
    const a = engine.respond(text);
    return { intent: a.intent, found: a.found, text: plain(a) };
  };

  it("'Tell me about Alice', 'Alice?' and «Расскажи про Алису» are who the candidate is", () => {
    for (const q of ["Tell me about Alice", "Alice?", "what about Alice Novak?", "Расскажи про Алису"]) {
      expect(ask(alice, q), q).toMatchObject({ intent: "summary", found: true });
    }
    expect(ask(anna, "Tell me about Anna")).toMatchObject({ intent: "summary", found: true });
    expect(ask(anna, "Расскажи про Анну")).toMatchObject({ intent: "summary", found: true });
  });

  it("a declined name is the candidate, not a word the résumé lacks", () => {
    const kafka = ask(alice, "Есть ли у Алисы опыт с Kafka?");
    expect(kafka).toMatchObject({ intent: "tech", found: true });
    expect(kafka.text).not.toMatch(/алис/i);
    expect(ask(anna, "Есть ли у Анны опыт с PostgreSQL?")).toMatchObject({ intent: "tech", found: true });
    expect(ask(alice, "Когда Алиса сможет выйти на работу?")).toMatchObject({ intent: "logistics", found: false });
  });
});
