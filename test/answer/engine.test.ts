// Answers to representative questions on the bundled résumé. Each asserts facts the résumé guarantees,
// the length budget, and `found` — phrased in several ways, because recruiters do.
import { describe, expect, it } from "vitest";
import { bundledEngine, plain } from "../helpers.js";

const engine = bundledEngine();
const ask = (q: string) => {
  const a = engine.respond(q);
  return { ...a, text: plain(a) };
};

describe("commands", () => {
  it("/start is a quick-lookup card with the name, current role and section buttons", () => {
    const a = ask("/start");
    expect(a.text).toMatch(/Ivan Prisyazhnyy/);
    expect(a.text).toMatch(/Now: Software Engineer, Rust Team at Workato/);
    expect(a.text).toMatch(/since 2003/);
    const buttons = a.messages[0]!.buttons!.flat().map((b) => b.text);
    expect(buttons.join(" ")).toMatch(/Experience.*Skills.*Education.*Contacts/);
  });

  it("/experience lists every job newest first, with one button per job", () => {
    const a = ask("/experience");
    const order = ["Workato", "ScyllaDB", "Nimses", "Exit Games", "Neodinamika", "Other companies"].map((e) => a.text.indexOf(e));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const jobButtons = a.messages[0]!.buttons!.flat().filter((b) => "action" in b && b.action.type === "job");
    expect(jobButtons).toHaveLength(7);
    expect(a.text.length).toBeLessThan(1500);
  });

  it("/experience <company> finds the company even misspelt or abbreviated", () => {
    // Each argument names one employer: the answer is that job, and no other employer is mentioned.
    const employers = ["Workato", "ScyllaDB", "Nimses", "Exit Games", "Neodinamika"];
    for (const [arg, employer] of [["scylladb", "ScyllaDB"], ["Scylla", "ScyllaDB"], ["scyla", "ScyllaDB"], ["exit", "Exit Games"]] as const) {
      const text = ask(`/experience ${arg}`).text;
      expect(text, arg).toMatch(new RegExp(`^.+ at ${employer}`));
      for (const other of employers.filter((e) => e !== employer)) expect(text, `${arg} mentions ${other}`).not.toContain(other);
    }
    expect(ask("/experience scylladb").text).toMatch(/DBaaS/);
    expect(ask("/experience@resume_bot nimses").text).toMatch(/Principal Software Engineer at Nimses/);
  });

  it("/skills groups technologies by category; /skills <tech> answers for one", () => {
    const all = ask("/skills").text;
    expect(all).toMatch(/Languages: .*\bGo\b/);
    expect(all).toMatch(/Rust/);
    expect(all.length).toBeLessThan(2500);
    expect(ask("/skills kafka").text).toMatch(/Nimses/);
  });

  it("/education, /contacts, /summary", () => {
    expect(ask("/education").text).toMatch(/Immanuel Kant Baltic Federal University[\s\S]*Computational and Applied Mathematics/);
    expect(ask("/contacts").text).toMatch(/linkedin\.com\/in\/prisyaznyy[\s\S]*github\.com\/sitano/);
    expect(ask("/summary").text).toMatch(/Distributed Systems/);
  });

  it("treats an unknown command as a search", () => {
    expect(ask("/kafka").text).toMatch(/Nimses/);
    expect(ask("/qwertyuiop").found).toBe(false);
  });

  it("opens sections from deep-link payloads", () => {
    expect(ask("/start experience").intent).toBe("command:experience");
    expect(ask("/start skills_rust").text).toMatch(/Workato/);
    expect(ask("/start contacts").text).toMatch(/github/);
    expect(ask("/start nonsense").intent).toBe("command:start");
  });
});

describe("free-text questions", () => {
  it.each([
    ["Where does he work now?", /Workato/],
    ["Who is his current employer?", /Workato/],
    ["What's his job title?", /Software Engineer/],
  ])("current job: %s", (q, re) => {
    const a = ask(q);
    expect(a.intent).toBe("current");
    expect(a.text).toMatch(re);
  });

  it.each([
    ["Has he worked with Kafka?", /Nimses/],
    ["k8s", /Workato[\s\S]*Nimses/],
    ["Does he know golang?", /Exit Games/],
    ["Has he worked with kuberentes?", /Kubernetes/],
    ["postgres experience", /PostgreSQL[\s\S]*Nimses/],
    ["Has he used Google Cloud?", /Nimses/],
    ["RUST???", /Workato/],
    ["wasm", /WebAssembly/],
  ])("technologies by any name: %s", (q, re) => {
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(re);
  });

  it("counts a technology's years across jobs, overlaps once", () => {
    // Go: Exit Games (Nov 2014) … Workato (Sep 2023), with no overlaps: about 9 years.
    expect(ask("How many years of Go?").text).toMatch(/Go: about 9 years, at Workato, ScyllaDB Inc\., Nimses and Exit Games/);
  });

  it("answers a technology at one employer, yes or no", () => {
    expect(ask("Did he use Kafka at Nimses?").text).toMatch(/^Yes — Kafka at Nimses/);
    expect(ask("Did he use Rust at Nimses?").text).toMatch(/^Not at Nimses.*Rust appears at Workato/);
  });

  it.each([
    ["What did he do at ScyllaDB?", /DBaaS/],
    ["Tell me about Nimses", /blockchain/],
    ["What was his role at Exit Games?", /Site Reliability Engineer/],
    ["wokrato", /Workato/],
    ["What did he do at Scyla?", /ScyllaDB/],
  ])("employers, misspelt too: %s", (q, re) => {
    const a = ask(q);
    expect(a.text).toMatch(re);
    expect(a.text.length).toBeLessThanOrEqual(1200);
  });

  it("answers years and durations from the dates", () => {
    expect(ask("Where was he working in 2015?").text).toMatch(/Exit Games/);
    expect(ask("What did he do in 2018?").text).toMatch(/Nimses/);
    expect(ask("How long did he work at ScyllaDB?").text).toMatch(/1 year 8 months, Oct 2019 – May 2021/);
    expect(ask("How long has he been at Workato?").text).toMatch(/5 years 6 months so far, since Jun 2021/);
    expect(ask("How many years of experience does he have?").text).toMatch(/About 24 years of professional experience, since 2003/);
    expect(ask("What did he do before Workato?").text).toMatch(/ScyllaDB/);
  });

  it("a year without a job is not found", () => {
    const a = ask("Where did he work in 1999?");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/no job in 1999/);
  });

  it("answers topics from the résumé's own sentences", () => {
    expect(ask("What performance improvements did he achieve?").text).toMatch(/x2|30%/);
    expect(ask("Has he managed teams?").text).toMatch(/Nimses/);
    expect(ask("Open source contributions?").text).toMatch(/YCSB|javassist/);
    expect(ask("Is he involved in any conferences?").text).toMatch(/Hydra/);
    expect(ask("data encryption at rest").text).toMatch(/BYOK/);
    expect(ask("Has he done cloud migration?").text).toMatch(/migration from AWS to the Google Cloud Platform/);
    expect(ask("Does he have DevOps experience?").text).toMatch(/Infrastructure and Operations/);
    expect(ask("Has he reduced costs?").text).toMatch(/-30% of total production CPU usage/);
    // "tuning" is another word for optimisation, not a word the résumé must contain.
    const tuning = ask("Has he done performance tuning?");
    expect(tuning.found).toBe(true);
    expect(tuning.text).toMatch(/Performance optimizations/);
  });

  it("lists a category of technologies", () => {
    const langs = ask("What programming languages does he use?").text;
    for (const l of ["Rust", "C++", "Go", "Java"]) expect(langs).toContain(l);
    expect(ask("Which cloud providers?").text).toMatch(/AWS[\s\S]*Google Cloud Platform/);
  });

  it("contacts, in general or one channel", () => {
    expect(ask("How can I contact him?").text).toMatch(/linkedin/);
    expect(ask("What is his GitHub?").text).toMatch(/github\.com\/sitano/);
    expect(ask("Where can I see his code?").text).toMatch(/github\.com\/sitano/);
    const email = ask("What's his email?");
    expect(email.found).toBe(false);
    expect(email.text).toMatch(/no E-mail[\s\S]*linkedin/);
  });
});

describe("what the résumé does not say", () => {
  it.each([
    "Does he know Haskell?",
    "Has he worked with PHP?",
    "What are his salary expectations?",
    "What is the capital of France?",
    "asdfghjkl",
    "Is he open to remote work?",
    "Has he worked in a startup?",
    "Does he speak German?",
  ])("%s → found is false, said plainly", (q) => {
    const a = ask(q);
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/doesn't|does not|no /);
    expect(a.text.length).toBeLessThanOrEqual(500);
  });

  it("offers real neighbours for a missing technology", () => {
    expect(ask("Does he know JavaScript?").text).toMatch(/Related in the résumé: Node\.js/);
    expect(ask("Does he know SQL?").text).toMatch(/PostgreSQL/);
  });

  it("says no to what is asked beyond the facts, then gives the facts", () => {
    const phd = ask("Does he have a PhD?");
    expect(phd.found).toBe(false);
    expect(phd.text).toMatch(/^The résumé lists no PhD\. It lists:\nImmanuel Kant/);
    expect(ask("Does he have a bachelor degree?").found).toBe(true); // "like a Bachelor but 5 years"
    const google = ask("Did he work at Google?");
    expect(google.found).toBe(false);
    expect(google.text).toMatch(/no job at “Google”\. Employers: Workato, ScyllaDB Inc\., Nimses/);
    const cert = ask("Does he have AWS certification?");
    expect(cert.found).toBe(false);
    expect(cert.text).toMatch(/doesn't mention “certification”[\s\S]*AWS/);
    expect(ask("Where does he live?").found).toBe(false);
  });

  it("does not turn ordinary words into technologies", () => {
    // "reach" is one edit from "React", "describe" two from "Scribe": both are question words.
    expect(ask("How do I reach Ivan?").intent).toBe("contacts");
    expect(ask("describe his role at scylla db").text).toMatch(/ScyllaDB/);
    expect(ask("Did he go to university?").intent).toBe("education");
    // "scale" is a common English word, not a misspelt "Scala".
    expect(ask("Did he work at scale?").text).not.toMatch(/^Yes — Scala/);
  });
});

describe("robustness", () => {
  it("answers empty, emoji-only and huge inputs without throwing", () => {
    for (const q of ["", "   ", "🤔🤔", "???", "/", "x".repeat(10_000), "Kafka ".repeat(2000)]) {
      const a = engine.respond(q);
      expect(a.messages.length).toBeGreaterThan(0);
      expect(plain(a).length).toBeGreaterThan(0);
    }
  });

  it("is deterministic", () => {
    expect(engine.respond("Has he used Redis?")).toEqual(engine.respond("Has he used Redis?"));
  });

  it("answers every button it offers", () => {
    for (const q of ["/start", "/experience", "/skills", "Has he used Kafka?", "Does he know Haskell?"]) {
      for (const b of engine.respond(q).messages.flatMap((m) => m.buttons?.flat() ?? [])) {
        if ("action" in b) expect(engine.act(b.action).messages.length).toBeGreaterThan(0);
      }
    }
  });

  it("answers a stale job button with the current list", () => {
    const a = engine.act({ type: "job", id: "no-such-job" });
    expect(a.found).toBe(false);
    expect(plain(a)).toMatch(/no longer in the résumé[\s\S]*Workato/);
  });
});

describe("inline mode", () => {
  it("an empty query gives the card, current job and contacts", () => {
    const items = engine.inline("");
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(["card", "current", "contacts"]));
  });
  it("a query gives the answer first, then the jobs it drew on; at most 10, ids ≤ 64 bytes", () => {
    const items = engine.inline("go");
    expect(items[0]!.title).toMatch(/go/i);
    expect(items.length).toBeGreaterThan(1);
    expect(items.length).toBeLessThanOrEqual(10);
    for (const i of items) expect(Buffer.byteLength(i.id)).toBeLessThanOrEqual(64);
  });
});
