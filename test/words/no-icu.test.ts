// Answers in English and Russian use none of ICU's data-heavy services (plural rules, number and date
// formats, collation): their first use pages megabytes of the node binary into every bot process (issue
// 10: peak RSS). Each is replaced by one that throws while questions are answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledEngine, plain } from "../helpers.js";

const questions = [
  "Has he used Kafka?", "/experience", "/skills", "How many years of experience?", "Tell me about ScyllaDB",
  "Есть опыт с Kafka?", "Сколько лет опыта?", "Где он сейчас работает?", "/experience", "Знает ли он COBOL?",
];

const saved = { plural: Intl.PluralRules, number: Intl.NumberFormat, date: Intl.DateTimeFormat, collator: Intl.Collator, compare: String.prototype.localeCompare };
const refuse = (what: string) => function () { throw new Error(`${what} used while answering`); };

describe("answering without ICU services", () => {
  const engine = bundledEngine();
  beforeAll(() => {
    Object.assign(Intl, { PluralRules: refuse("Intl.PluralRules"), NumberFormat: refuse("Intl.NumberFormat"), DateTimeFormat: refuse("Intl.DateTimeFormat"), Collator: refuse("Intl.Collator") });
    String.prototype.localeCompare = refuse("localeCompare") as never;
  });
  afterAll(() => {
    Object.assign(Intl, { PluralRules: saved.plural, NumberFormat: saved.number, DateTimeFormat: saved.date, Collator: saved.collator });
    String.prototype.localeCompare = saved.compare;
  });

  it("answers English and Russian questions, plurals and numbers included", () => {
    const texts = questions.map((q, i) => plain(engine.handle({ text: q, lang: i < 5 ? "en" : "ru" }).answer));
    expect(texts.join("\n")).toMatch(/\d+ years?/);
    expect(texts.join("\n")).toMatch(/\d+(,\d)? (год|года|лет)/);
  });
});
