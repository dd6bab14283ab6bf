// The engine on résumés that are not the bundled one: two fictional Markdown CVs in other styles and the
// JSON Resume sample. Nothing in the engine may assume the bundled candidate, nor a pronoun.
import { copyFileSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { NOW, plain } from "../helpers.js";

function engineFor(dir: string) {
  const engine = createEngine(loadKnowledge(dir), { now: NOW });
  return (q: string) => {
    const a = engine.respond(q);
    return { found: a.found, text: plain(a) };
  };
}

describe("Alice (bold-line jobs, ISO dates, skill categories)", () => {
  const ask = engineFor("test/fixtures/cv-alice");
  it("answers the usual questions, with she / they / the name alike", () => {
    expect(ask("Where does she work now?").text).toMatch(/^Alice works at Parcelwise as Senior Backend Engineer/);
    expect(ask("Where do they work now?").text).toMatch(/Parcelwise/);
    expect(ask("Has Alice used RabbitMQ?").text).toMatch(/Coinbridge/);
    expect(ask("What did she do in 2017?").text).toMatch(/Tramline Labs/);
    expect(ask("Where did she study?").text).toMatch(/Brno University of Technology/);
    expect(ask("How can I contact her?").text).toMatch(/alice\.novak@example\.com/);
    expect(ask("What languages does she speak?").text).toMatch(/Czech/);
  });
  it("says what is absent, and never calls her 'he'", () => {
    const a = ask("Does she know Haskell?");
    expect(a.found).toBe(false);
    for (const q of ["/start", "/help", "/experience", "Where does she work now?", "/skills"]) {
      expect(ask(q).text).not.toMatch(/\b(he|him|his)\b/i);
    }
  });
});

describe("Bob (setext title, ### employer then role line, 'Sept 2019 – Present')", () => {
  const ask = engineFor("test/fixtures/cv-bob");
  it("answers the usual questions", () => {
    expect(ask("current job?").text).toMatch(/Kestrel Payments/);
    expect(ask("k8s").text).toMatch(/Kestrel Payments/);
    expect(ask("Where did he work in 2016?").text).toMatch(/Sunbird Logistics/);
    expect(ask("What degree does he have?").text).toMatch(/Electrical Engineering/);
    expect(ask("phone number?").text).toMatch(/\+234 803 555 0199/);
    expect(ask("Has he given talks?").text).toMatch(/SREcon/);
    expect(ask("Does he know Rust?").found).toBe(false);
  });
});

describe("JSON Resume sample (Richard Hendriks)", () => {
  const dir = mkdtempSync(join(tmpdir(), "resume-bot-jr-"));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve("@jsonresume/schema/sample.resume.json"), join(dir, "resume.json"));
  const ask = engineFor(dir);
  it("answers the usual questions", () => {
    expect(ask("What did he do in 2014?").text).toMatch(/Pied Piper/);
    expect(ask("Where does he work now?").text).toMatch(/no current job[\s\S]*Pied Piper/);
    expect(ask("Where did he study?").text).toMatch(/University of Oklahoma/);
    expect(ask("How can I contact him?").text).toMatch(/richard\.hendriks@mail\.com/);
    expect(ask("What languages does he speak?").text).toMatch(/English/);
    expect(ask("Does he know Haskell?").found).toBe(false);
  });
});

describe("career questions answered per employer, on CVs of other shapes", () => {
  it("'what projects?' with no projects named: what each job did, found", () => {
    const carmen = engineFor("test/fixtures/cv-carmen");
    const a = carmen("What projects?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/no projects as such/);
    expect(a.text).toMatch(/Brisa Labs[^\n]*Leads a team of three designers/);
  });

  it("'what did they do before the current job?' is the previous job, not the current one", () => {
    const bob = engineFor("test/fixtures/cv-bob");
    expect(bob("What did they do before the current job?").text).toMatch(/^Systems Administrator at Sunbird Logistics/);
  });

  it("two stays at one employer are one place in 'Longest:'; 'now at' counts from the unbroken stay", () => {
    const kofi = engineFor("test/fixtures/cv-kofi");
    const yoe = kofi("yoe?").text;
    expect(yoe).toMatch(/Longest: Volta Devices \(8 years 2 months\)\.$/m);
    expect(yoe).toMatch(/Now at Volta Devices \(since 2019\)/); // the 2018 internship ended months before
  });
});

describe("Marta (CAPS headings, pipe-separated job lines, two schools in one paragraph)", () => {
  const ask = engineFor("test/fixtures/cv-marta");
  it("reads both schools of consecutive bold-led lines", () => {
    const edu = ask("education?").text;
    expect(edu).toMatch(/M\.Sc\., Computer Science/);
    expect(edu).toMatch(/B\.Sc\., Computer Science/);
    expect(ask("Does she have a bachelor degree?").found).toBe(true);
  });

  it("'what is her English level?' is the languages she lists; 'where does she work?' is the current job", () => {
    expect(ask("What is her English level?").text).toMatch(/English \(C1\)/);
    expect(ask("where does she work?").text).toMatch(/^Marta works at Allegro as Senior Data Engineer/);
  });

  it("'was she a team lead?': no by the titles, then what her jobs say of leading", () => {
    const lead = ask("Was she a team lead?").text;
    expect(lead).toMatch(/^No — no job in the résumé has that title/);
    expect(lead).toMatch(/Allegro: “Led a team of 4 engineers/);
  });
});

describe("a skill group the résumé names", () => {
  it("'what is her data stack?' / 'cloud skills?' answer from Marta's own groups", () => {
    const ask = engineFor("test/fixtures/cv-marta");
    expect(ask("what is her data stack?").text).toBe("Data: Spark, Flink, Kafka, Airflow, BigQuery and Hadoop.");
    expect(ask("cloud skills?").text).toMatch(/^Cloud: GCP and AWS\./);
    // A generic word ("languages", "skills") is not a group's name: the usual answers stand.
    expect(ask("skills?").text).toMatch(/^Marta's technologies/);
  });
});
