// Conversations through handle(turn, conversation): follow-ups take the subject of the last answer, a
// question naming its own subject ignores it, and the conversation holds ids and names, never raw text.
// Phrasings here are deliberately not the shared eval's.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, type Conversation } from "../../src/engine.js";
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { bundledEngine, NOW, plain } from "../helpers.js";

/** Runs the turns in one conversation; returns each reply's plain text and the last conversation. */
function talk(engine: ReturnType<typeof bundledEngine>, ...turns: string[]) {
  let conversation: Conversation = {};
  const texts: string[] = [];
  const found: boolean[] = [];
  for (const text of turns) {
    const h = engine.handle({ text }, conversation);
    conversation = h.conversation;
    texts.push(plain(h.answer));
    found.push(h.answer.found);
  }
  return { texts, last: texts[texts.length - 1]!, found: found[found.length - 1], conversation };
}

const engine = bundledEngine();

describe("follow-ups about a job", () => {
  it("'how long did he stay?' after a company is that company's tenure", () => {
    expect(talk(engine, "What was his job at Exit Games?", "how long did he stay there?").last).toMatch(/Exit Games: 2 years 6 months/);
  });

  it("'how long did he stay?' after a period is the tenure of the job it showed", () => {
    expect(talk(engine, "What was he doing in 2015 and 2016?", "how long did he stay?").last).toMatch(/^Exit Games: 2 years 6 months/);
    expect(talk(engine, "Tell me about Nimses", "how long did it last?").last).toMatch(/^Nimses: 2 years 7 months/);
  });

  it("'when did he join / leave / start?' after a job is that job's dates; with nothing talked about, the career's start", () => {
    expect(talk(engine, "Tell me about Nimses", "when did he leave?").last).toMatch(/^Nimses: 2 years 7 months, Mar 2017 – Sep 2019/);
    expect(talk(engine, "Describe his time at ScyllaDB", "and when did he join?").last).toMatch(/Oct 2019/);
    expect(talk(engine, "when did he start working?").last).toMatch(/since 2003/);
    expect(talk(engine, "when did she start?").last).toMatch(/since 2003/);
    // Why is not when: the résumé does not say.
    expect(talk(engine, "Tell me about Nimses", "why did he leave?").found).toBe(false);
  });

  it("'the second one' after a list of databases is that database; 'the first one' after 'Rust and Go?' asks no date", () => {
    const second = talk(engine, "what databases does he know?", "the second one");
    expect(second.last).toMatch(/^Yes — Ehcache/);
    const first = talk(engine, "Rust and Go?", "the first one").last;
    expect(first).toMatch(/^Yes — Rust/);
    expect(first).not.toMatch(/first appears/);
  });

  it("'first use?' after a technology is its first use; 'first job?' is still the career's first job", () => {
    expect(talk(engine, "Rust?", "first use?").last).toMatch(/^Rust first appears in Jun 2021/);
    expect(talk(engine, "Rust?", "first job?").last).toMatch(/^Software Engineer at Other companies/);
  });

  it("a question only the candidate can answer keeps the job talked about: 'why did he leave X?' → 'what came next?'", () => {
    expect(talk(engine, "why did he leave Exit Games?", "what came next?").last).toMatch(/^After Exit Games:\nPrincipal Software Engineer at Nimses/);
    expect(talk(engine, "Tell me about Nimses", "why did he leave?", "what came next?").last).toMatch(/^After Nimses:/);
  });

  it("'the one before' / 'afterwards' walk the career from the job talked about", () => {
    expect(talk(engine, "Describe his time at Neodinamika", "and what came after that?").last).toMatch(/Exit Games/);
    expect(talk(engine, "Describe his time at Neodinamika", "what was before that?").last).toMatch(/Other companies/);
    expect(talk(engine, "Describe his time at Nimses", "and the one before?").last).toMatch(/^Before Nimses:\s*Site Reliability Engineer at Exit Games/);
    expect(talk(engine, "Describe his time at ScyllaDB", "the next job?").last).toMatch(/^After ScyllaDB Inc\.:\s*Software Engineer, Infrastructure R&D Team at Workato/);
  });

  it("'which tools did he use there?' is that job's stack", () => {
    const { last } = talk(engine, "Tell me about Nimses", "which tools did he use there?");
    expect(last).toMatch(/Kafka/);
    expect(last).not.toMatch(/Photon/);
  });

  it("the kind of technology at the job: 'what databases there?'", () => {
    const { last } = talk(engine, "What did he do at Nimses?", "what databases did he use there?");
    expect(last).toMatch(/PostgreSQL|Redis|Spanner/);
    expect(last).not.toMatch(/ScyllaDB Inc\./);
  });

  it("a question naming its own subject ignores the conversation", () => {
    const { last } = talk(engine, "Tell me about ScyllaDB", "how long was he at Nimses?");
    expect(last).toMatch(/^Nimses: 2 years 7 months/);
  });
});

describe("follow-ups about a technology", () => {
  it("'at which jobs?' / 'how many years?' after a technology", () => {
    expect(talk(engine, "Did he ever use Kubernetes?", "at which jobs?").last).toMatch(/Kubernetes/);
    expect(talk(engine, "does he know Lua", "for how many years?").last).toMatch(/Lua/);
  });

  it("'and X?' asks the same about another technology", () => {
    const { last, conversation } = talk(engine, "Has he worked with Docker?", "and Consul?");
    expect(last).toMatch(/Consul/);
    expect(conversation.techs).toEqual(["Consul"]);
  });

  it("'what is his experience?' after a technology is the job list, not that technology's years", () => {
    const { last } = talk(engine, "Does he know Java?", "what is his work experience?");
    expect(last).toMatch(/experience, newest first/);
    expect(last).toMatch(/Workato/);
    // «Какой у неё опыт?» in Russian, the same.
    const ru = engine.handle({ text: "Какой у нее опыт?" }, engine.handle({ text: "Знает ли он Java?" }).conversation).answer;
    expect(plain(ru)).toMatch(/Workato[\s\S]*ScyllaDB/);
  });
});

  it("'there' / 'the job after' after a technology is the job it was used at, not the technology again", () => {
    // Photon is Exit Games' product: after it, 'there' is Exit Games.
    const photon = talk(engine, "What about Exit Games?", "what's Photon?", "which languages there?", "and the job after?");
    expect(photon.texts[2]).toMatch(/^Exit Games \(Nov 2014 – Apr 2017\), languages: Go, PowerShell, C# and Lua/);
    expect(photon.last).toMatch(/^After Exit Games:\nPrincipal Software Engineer at Nimses/);
    expect(talk(engine, "Kafka?", "how long was he there?").last).toMatch(/^Nimses: 2 years 7 months/);
    // 'where?' still asks about the technology.
    expect(talk(engine, "Rust?", "where?").last).toMatch(/^Yes — Rust/);
  });

  it("'what else did he use there?' is the stack of the job talked about; 'for monitoring' is that kind only", () => {
    expect(talk(engine, "Does he know Scala?", "what else did he use there?").last).toMatch(/^Neodinamika \(Aug 2009 – Sep 2014\): Linux, Java, Node\.js, Scala/);
    expect(talk(engine, "Tell me about Exit Games", "what did he use there?").last).toMatch(/^Exit Games \(Nov 2014 – Apr 2017\): .*Consul/);
    expect(plain(engine.respond("what did he use for monitoring at Exit Games?"))).toBe("Exit Games (Nov 2014 – Apr 2017), monitoring: Stackify, PagerDuty and VictorOps.");
  });

  it("'what was the project?' after a company is that company's, and 'there' stays with it", () => {
    const { texts } = talk(engine, "Tell me about Neodinamika", "what was the project?", "which databases did he use there?", "what came before?");
    expect(texts[1]).toMatch(/^Team Lead, Software Engineer at Neodinamika/);
    expect(texts[2]).toMatch(/^Neodinamika \(Aug 2009 – Sep 2014\), databases & storage: Redis/);
    expect(texts[3]).toMatch(/^Before Neodinamika:/);
  });

  it("«сколько он там работает?» (present tense) is the tenure of the job talked about", () => {
    const { conversation } = engine.handle({ text: "Расскажи про Workato" });
    expect(plain(engine.handle({ text: "сколько он там работает?" }, conversation).answer)).toMatch(/^Workato: \d+ (года|лет) \d+ месяц[а-я]* на сегодня, с июня 2021/);
  });

describe("lists and sections", () => {
  it("'the fourth one' after the job list opens that job", () => {
    const { last } = talk(engine, "/experience", "open the fourth one");
    expect(last).toMatch(/Principal Software Engineer at Nimses/);
    expect(talk(engine, "/experience", "more about the fourth").last).toMatch(/^Principal Software Engineer at Nimses/);
  });

  it("'which degree?' after education stays on education", () => {
    expect(talk(engine, "what is his education?", "which degree?").last).toMatch(/Applied Mathematics/);
  });

  it("a job picked from a list is answered as briefly as any free text", () => {
    const picked = talk(engine, "Where has he worked?", "the second one");
    expect(picked.last).toMatch(/Infrastructure R&D Team at Workato/);
    expect(picked.last.length).toBeLessThanOrEqual(1200);
  });

  it("'the second one' after a compound answer about two technologies is the second, asked alone", () => {
    const a = talk(engine, "Python or Scala?", "the second one please");
    expect(a.last).toMatch(/^(Yes|No)\b.*Scala/);
    expect(a.last).not.toMatch(/Python|doesn't mention/);
    expect(talk(engine, "Kubernetes and Terraform?", "and the last one?").last).toMatch(/Terraform/);
    expect(talk(engine, "Kubernetes and Terraform?", "the 5th one").found).toBe(false);
    // In Russian the same, through the lexicon.
    const ru = engine.handle({ text: "а второй?" }, engine.handle({ text: "Docker или Rust?" }).conversation).answer;
    expect(plain(ru)).toMatch(/Rust/);
  });

  it("without a conversation, an elliptical question is not given a made-up subject", () => {
    expect(engine.handle({ text: "how long was he there?" }, {}).answer.intent).not.toBe("duration:employer");
    expect(engine.handle({ text: "the third one" }, {}).answer.intent).not.toMatch(/^job:/);
  });

  it("'what did he do before?' with nothing talked about is before now: the job before the newest", () => {
    expect(plain(engine.handle({ text: "What did he do before?" }, {}).answer)).toMatch(/^Before Workato:\s*Senior Software Engineer at ScyllaDB/);
    expect(plain(engine.handle({ text: "what did he do previously?" }, {}).answer)).toMatch(/^Before Workato:/);
    // A question with a subject of its own keeps it.
    expect(engine.handle({ text: "Has he used Kafka before?" }, {}).answer.intent).toBe("tech");
  });
});

describe("what the résumé cannot say", () => {
  it.each(["What salary does he expect?", "how long is his notice?", "Would he relocate to Berlin?", "Can he work remotely?", "Does he need visa sponsorship?", "how soon can he start?", "what's his level of English?", "which time zone does he work in?", "why did he quit Nimses?", "was he happy at Exit Games?", "did he enjoy the work at Nimses?"])(
    "%s → found:false, pointing to the contacts",
    (q) => {
      const a = engine.respond(q);
      expect(a.found).toBe(false);
      expect(plain(a)).toMatch(/contact/i);
      expect(plain(a)).not.toMatch(/^\W*yes\b/i);
    },
  );

  it("a figure the résumé never gives (team size, reports) is not found; what it says on the subject follows", () => {
    for (const q of ["How big were the teams he led?", "How many people did he manage?", "Сколько человек было в его команде?"]) {
      const a = engine.respond(q);
      expect(a.found, q).toBe(false);
      expect(plain(a), q).toMatch(/^(The résumé gives no figure for that|Цифр об этом в резюме нет)[\s\S]*(Neodinamika|Nimses)[\s\S]*\/contacts/);
    }
    expect(engine.respond("how many engineers reported to him?").found).toBe(false);
    // A passage with a figure answers: "hundreds of Windows servers".
    const servers = engine.respond("how many servers did he update?");
    expect(servers.found).toBe(true);
    expect(plain(servers)).toMatch(/hundreds of Windows servers/);
  });
});

describe("traps and periods", () => {
  it("a claimed title with no employer named is checked against every job", () => {
    expect(plain(engine.respond("Was he ever a CTO?"))).toMatch(/^No — no job in the résumé has that title\. The titles it lists: .*Principal Software Engineer/);
    expect(plain(engine.respond("Has he been a team lead?"))).toBe("Yes — Team Lead, Software Engineer at Neodinamika.");
    expect(plain(engine.respond("Was he a senior engineer?"))).toBe("Yes — Senior Software Engineer at ScyllaDB Inc.");
    // A developer is an engineer as far as titles go.
    expect(plain(engine.respond("Is he a developer?"))).toMatch(/^Yes — Software Engineer/);
    expect(plain(engine.handle({ text: "Был ли он CTO?" }).answer)).toMatch(/^Нет — такой должности в резюме нет/);
  });

  it("a claimed title is answered yes or no against the résumé", () => {
    expect(plain(engine.respond("Was he a director at Exit Games?"))).toMatch(/^No — Site Reliability Engineer/);
    expect(plain(engine.respond("was he a team lead at Neodinamika?"))).toMatch(/^Yes — Team Lead/);
  });

  it("periods: from–to, after, the 2000s, the past N years", () => {
    expect(plain(engine.respond("What did he do from 2015 to 2016?"))).toMatch(/Exit Games/);
    const after = plain(engine.respond("which companies after 2020"));
    expect(after).toMatch(/Workato/);
    expect(after).not.toMatch(/Nimses/);
    expect(plain(engine.respond("jobs in the 2000s"))).toMatch(/Other companies/);
    expect(plain(engine.respond("where did he work in the past two years?"))).toMatch(/Workato/);
  });

  it("free-text answers stay within 1200 characters", () => {
    for (const q of ["tech stack?", "what are all his skills", "tell me everything about his work"]) {
      expect(plain(engine.respond(q)).length).toBeLessThanOrEqual(1200);
    }
  });
});

describe("the conversation value", () => {
  it("is small JSON of ids and names, never what was typed", () => {
    const secret = "zebra-unicorn-42";
    const { conversation } = talk(engine, "Tell me about ScyllaDB", `what did he build there ${secret}?`);
    const json = JSON.stringify(conversation);
    expect(json).not.toContain(secret);
    expect(json.length).toBeLessThan(400);
    expect(conversation.jobs).toEqual(["scylladb"]);
  });

  it("is pure: the same turn and conversation give the same answer", () => {
    const c: Conversation = { jobs: ["nimses"], focus: "jobs" };
    const a = engine.handle({ text: "how long was he there?" }, c);
    const b = engine.handle({ text: "how long was he there?" }, c);
    expect(a).toEqual(b);
    expect(c).toEqual({ jobs: ["nimses"], focus: "jobs" });
  });

  it("a button press updates it", () => {
    const { conversation } = engine.handle({ action: { type: "job", id: "exit-games" } }, {});
    expect(conversation.jobs).toEqual(["exit-games"]);
    expect(plain(engine.handle({ text: "how long was he there?" }, conversation).answer)).toMatch(/^Exit Games/);
  });
});

describe("any CV", () => {
  it("follow-ups work on a fictional résumé too", () => {
    const alice = createEngine(loadKnowledge("test/fixtures/cv-alice"), { now: NOW });
    const { last } = talk(alice, "Tell me about Coinbridge", "how long was she there?");
    expect(last).toMatch(/Coinbridge/);
  });
});

describe("intents.json in KNOWLEDGE_DIR", () => {
  const withIntents = (edit: (json: Record<string, any>) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "intents-"));
    cpSync("test/fixtures/cv-alice", dir, { recursive: true });
    const json = JSON.parse(readFileSync("knowledge/intents.json", "utf8"));
    edit(json);
    writeFileSync(join(dir, "intents.json"), JSON.stringify(json));
    return dir;
  };

  it("is read: a greeting added there is understood", () => {
    const dir = withIntents((j) => (j.intents.greeting = "^(hi|ahoj)[!. ]*$"));
    const a = createEngine(loadKnowledge(dir), { now: NOW }).respond("ahoj");
    expect(a.intent).toBe("greeting");
  });

  it("a broken one stops the start with the file named", () => {
    const dir = withIntents((j) => (j.intents.greeting = "(unclosed"));
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeErrors);
    expect(() => loadKnowledge(dir)).toThrow(/intents\.json/);
  });
});
