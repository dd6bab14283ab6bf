// Questions that state a fact to check get the verdict first ("Yes — " / "No — "), computed from the dated
// jobs, then the facts that decide it. Phrasings of our own; the bundled CV, then another.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { claimedYears } from "../../src/understanding/claims.js";
import { askerFor, bundledEngine, NOW, plain } from "../helpers.js";

const engine = bundledEngine();
const ask = askerFor(engine);

describe("claimedYears", () => {
  it.each([
    ["has he used java for 10 years?", { years: 10, more: false }],
    ["does he have more than 8 years of go?", { years: 8, more: true }],
    ["has he got 5+ years of rust?", { years: 5, more: false }],
    ["has he used go for over two years", { years: 2, more: true }],
    ["does he have 10 years experience with java?", { years: 10, more: false }],
    ["did he work at scylladb 5 years?", { years: 5, more: false }],
  ])("%s", (q, claim) => {
    expect(claimedYears(q)).toEqual(claim);
  });

  it.each([["how many years of java?"], ["did he work there 2 years ago?"], ["years of experience?"]])("%s claims nothing", (q) => {
    expect(claimedYears(q)).toBeUndefined();
  });
});

describe("years claimed", () => {
  it("a technology: no when the dated jobs give fewer, yes when they give as many", () => {
    expect(ask("Has he used Java for 10 years?").text).toMatch(/^No — Java: about 7 years, less than 10 years\./);
    expect(ask("Has he got 5+ years of Rust?").text).toMatch(/^Yes — Rust: about 5\.5 years/);
    expect(ask("Есть ли у него 10 лет опыта с Java?", "ru").text).toMatch(/^Нет — Java: около 7 лет, меньше, чем 10 лет\./);
  });

  it("an employer: the tenure decides", () => {
    expect(ask("Did he work at ScyllaDB for 5 years?").text).toMatch(/^No — ScyllaDB Inc\.: 1 year 8 months/);
    expect(ask("Was he at Workato for more than 5 years?").text).toMatch(/^Yes — Workato: 5 years 6 months/);
  });
});

describe("a job's place in the career", () => {
  it("'still at …?' and 'is X his current employer?'", () => {
    expect(ask("Is he still at ScyllaDB?").text).toMatch(/^No — ScyllaDB Inc\.: Oct 2019 – May 2021\.\nNow at Workato \(since Jun 2021\)\./);
    expect(ask("Is Workato his current employer?").text).toMatch(/^Yes — Workato, since Jun 2021 \(Software Engineer, Rust Team\)\./);
    expect(ask("Он всё ещё работает в ScyllaDB?", "ru").text).toMatch(/^Нет — ScyllaDB Inc\./);
    expect(ask("Работает ли он сейчас в Workato?", "ru").text).toMatch(/^Да — Workato, с июня 2021/);
  });

  it("'was X his first job?'", () => {
    expect(ask("Was Nimses his first job?").text).toMatch(/^No — the first job in the résumé is Software Engineer at Other companies/);
  });

  it("'did he work at X in <year>?': no, with X's dates and where he was that year", () => {
    const a = ask("Did he work at Nimses in 2020?").text;
    expect(a).toMatch(/^No — Nimses: Mar 2017 – Sep 2019\./);
    expect(a).toMatch(/In 2020 Ivan worked at ScyllaDB Inc\./);
    expect(ask("Did he work at Nimses in 2018?").text).toMatch(/^Yes — in 2018, Nimses: Principal Software Engineer/);
  });

  it("a question that claims nothing is answered as before", () => {
    expect(ask("How long has he been at Workato now?").intent).toBe("duration:employer");
    expect(ask("Where did he work in 2020?").intent).toBe("year");
  });
});

describe("a school named that the résumé does not list", () => {
  it("is a no, said before what it does list", () => {
    const mit = ask("Did he study at MIT?");
    expect(mit.found).toBe(false);
    expect(mit.text).toMatch(/^No — the résumé lists no study at “MIT”\. It lists:\nImmanuel Kant/);
    expect(ask("Учился ли он в МГУ?", "ru")).toMatchObject({ found: false });
  });

  it("a school it does list, by a word of its name or its initials, is a plain answer", () => {
    expect(ask("Did he study at the Baltic Federal University?").found).toBe(true);
    const bob = createEngine(loadKnowledge("test/fixtures/cv-bob"), { now: NOW });
    expect(bob.respond("Did he study at the University of Lagos?").found).toBe(true);
    expect(bob.respond("Did he study at UL?").found).toBe(true);
  });
});

describe("leading people and gaps", () => {
  it("'did he lead a team (at X)?' checks the titles for any leading one, then says what the jobs say of leading", () => {
    expect(ask("Did he lead a team?").text).toMatch(/^Yes — Team Lead, Software Engineer at Neodinamika\.\n[\s\S]*Nimses: “Effectively managed teams/);
    expect(ask("Did he lead the team at ScyllaDB?").text).toMatch(/^No — Senior Software Engineer at ScyllaDB Inc\./);
    const carmen = createEngine(loadKnowledge("test/fixtures/cv-carmen"), { now: NOW });
    expect(plain(carmen.respond("Did she lead a team?"))).toMatch(/^Yes — Lead Product Designer at Brisa Labs/);
  });

  it("gaps are computed from the dated jobs: none of three months or more here, one at Kofi's", () => {
    expect(ask("Does he have gaps in his employment?").text).toBe("No gap of three months or more between the dated jobs since 2003.");
    expect(ask("Есть ли перерывы в работе?", "ru").text).toMatch(/^Перерывов от трёх месяцев/);
    const kofi = createEngine(loadKnowledge("test/fixtures/cv-kofi"), { now: NOW });
    expect(plain(kofi.respond("any gaps?"))).toMatch(/Sep 2018 – Dec 2018 \(4 months\)/);
  });

  it("'has he been fired?' is for the candidate to answer", () => {
    expect(ask("Has he been fired?")).toMatchObject({ intent: "logistics", found: false });
  });
});
