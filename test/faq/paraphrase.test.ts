// Paraphrase accuracy of the FAQ matcher on the fictional candidate's faq.md: questions that share few
// words with the headings must reach the right entry. The figure is printed and bounded below.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FaqMatcher } from "../../src/faq/match.js";
import { parseFaq } from "../../src/faq/parse.js";
import { TopicMatcher } from "../../src/faq/topics.js";

const DIR = join(import.meta.dirname, "../fixtures/cv-faq-maria");
const faq = parseFaq(readFileSync(join(DIR, "faq.md"), "utf8"));
const matcher = new FaqMatcher(faq, new TopicMatcher(undefined, ["Maria", "Lindqvist"]));
const id = (prefix: string) => faq.entries.find((e) => e.id.startsWith(prefix))!.id;

const AVAIL = id("when-are-you-available");
const RELOC = id("are-you-open-to-relocation");
const REMOTE = id("do-you-work-remotely");
const SALARY = id("what-are-your-salary");
const PERMIT = id("do-you-need-a-visa");
const LANG = id("which-languages");
const TZ = id("what-time-zone");
const INTERVIEW = id("what-does-your-interview");
const CONTRACT = id("are-you-looking-for-contract");

/** [question, the entry it means]. None repeats a heading; most share one word or none with it. */
export const PARAPHRASES: [string, string][] = [
  ["would she move to Berlin?", RELOC],
  ["comp expectations?", SALARY],
  ["when could she start?", AVAIL],
  ["does she need sponsorship?", PERMIT],
  ["how long is her notice?", AVAIL],
  ["earliest start date?", AVAIL],
  ["can she join next month?", AVAIL],
  ["is she willing to relocate to Amsterdam", RELOC],
  ["happy moving abroad?", RELOC],
  ["would Maria consider living in another country", RELOC],
  ["hybrid ok?", REMOTE],
  ["does she want to be in the office every day", REMOTE],
  ["fully remote only?", REMOTE],
  ["can she work from home", REMOTE],
  ["how much does she want to earn", SALARY],
  ["what pay is she after", SALARY],
  ["what's her day rate", SALARY],
  ["budget is 70k, is that fine?", SALARY],
  ["is she an EU citizen", PERMIT],
  ["does she have the right to work in Germany", PERMIT],
  ["any work authorization issues?", PERMIT],
  ["which passport does she hold", PERMIT],
  ["does she speak German?", LANG],
  ["is her English fluent", LANG],
  ["what's her native tongue", LANG],
  ["which tz is she in", TZ],
  ["how much overlap with New York hours", TZ],
  ["is she in UTC?", TZ],
  ["can we set up a call this week", INTERVIEW],
  ["when can we schedule a screening", INTERVIEW],
  ["is she ok with freelance?", CONTRACT],
  ["full-time employee or contractor?", CONTRACT],
  ["b2b possible?", CONTRACT],
  ["она готова к переезду?", RELOC],
  ["какие зарплатные ожидания?", SALARY],
  ["нужна ли ей виза?", PERMIT],
];

describe("FAQ paraphrases", () => {
  it(`reach the right entry (${PARAPHRASES.length} questions)`, () => {
    const misses: string[] = [];
    for (const [question, expected] of PARAPHRASES) {
      const m = matcher.match(question);
      const got = m.kind === "one" ? m.entry.id : m.kind === "tie" ? `tie(${m.entries.map((e) => e.id).join(",")})` : "none";
      if (got !== expected) misses.push(`${question} → ${got} (want ${expected})`);
    }
    const accuracy = (PARAPHRASES.length - misses.length) / PARAPHRASES.length;
    console.log(`FAQ paraphrase accuracy: ${PARAPHRASES.length - misses.length}/${PARAPHRASES.length} = ${(accuracy * 100).toFixed(1)}%${misses.length ? `\n  misses:\n  ${misses.join("\n  ")}` : ""}`);
    expect(PARAPHRASES.length).toBeGreaterThanOrEqual(30);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("questions about the résumé or off-topic ones match no entry", () => {
    for (const q of ["has she used Kafka?", "where did she study", "what is the capital of France", "tell me about Tidewater"]) {
      expect(matcher.match(q).kind, q).toBe("none");
    }
  });
});
