// Everyday phrasings of section questions, typos of section words, seasons and company descriptions: each
// once failed on the bundled CV (phrasings chosen here, not the shared eval's).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { askerFor, bundledEngine, NOW, plain } from "../helpers.js";

const engine = bundledEngine();
const ask = askerFor(engine);

describe("a section asked in other words", () => {
  it.each([
    ["what are his skills?", "command:skills"],
    ["what is his stack?", "command:skills"],
    ["his technical skills", "command:skills"],
    ["experience?", "command:experience"],
    ["what's his experience?", "command:experience"],
    ["work history?", "command:experience"],
    ["previous employers?", "command:experience"],
    ["edu?", "education"],
  ])("%s → %s", (q, intent) => {
    expect(ask(q)).toMatchObject({ intent, found: true });
  });

  it("a question that names more stays what it is", () => {
    expect(ask("experience with Rust?").intent).toBe("tech");
    expect(ask("years of experience?").intent).toBe("duration:total");
    expect(ask("Какие у него навыки?", "ru").intent).toBe("command:skills");
  });
});

describe("typos of section words", () => {
  it.each([
    ["educaton?", "education"],
    ["what is his eduction?", "education"],
    ["skils?", "command:skills"],
    ["his expirience", "command:experience"],
    ["contcts?", "contacts"],
    ["githb?", "contacts:github"],
  ])("%s → %s", (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it("a word two edits from a section word is not its typo: 'contract' is not 'contacts'", () => {
    expect(ask("Is he open to contract work?")).toMatchObject({ intent: "logistics", found: false });
    expect(ask("is he a freelancer?").found).toBe(false);
  });

  it("another form of the same word is not a typo", () => {
    expect(ask("Does he have AWS certification?").text).toMatch(/doesn't mention “certification”/);
  });
});

describe("seasons and company descriptions", () => {
  it("'spring 2020' is a season: the jobs of those months, not the Spring framework", () => {
    expect(ask("what was he doing in spring 2020?").text).toMatch(/ScyllaDB/);
    const spring2019 = ask("where was he in 2019 spring?").text;
    expect(spring2019).toMatch(/Nimses/);
    expect(spring2019).not.toMatch(/ScyllaDB/); // ScyllaDB began in October 2019
    expect(ask("has he used Spring?").text).toMatch(/doesn't mention Spring/);
  });

  it("'the social network' is the employer that is one; 'social networks' are his profiles", () => {
    expect(ask("tell me about the social network").text).toMatch(/^.*Nimses/);
    expect(ask("what social networks is he on?").intent).toBe("contacts");
  });

  it("filler words do not hide the subject", () => {
    expect(ask("did he do any blockchain stuff?")).toMatchObject({ found: true, text: expect.stringMatching(/Nimses/) });
  });
});

describe("superlatives over the dated jobs", () => {
  it("the longest stay counts one employer's roles together, and names the longest single role too", () => {
    const a = ask("which company did he stay at the longest?").text;
    expect(a).toMatch(/^Longest at one employer: Workato \(Jun 2021 – present, .*2 roles\)/);
    expect(a).toMatch(/Longest in one role: Neodinamika/);
    expect(ask("shortest stint?").text).toMatch(/^Shortest at one place: ScyllaDB/);
  });

  it("'which job used the most languages?' is the job with the most, not the list of languages", () => {
    expect(ask("Which job used the most languages?").text).toMatch(/^Most languages in one job \(6\): Neodinamika/);
    expect(ask("which languages has he used the most?").text).toMatch(/^Languages in the résumé, most used first/);
  });

  it("'previous company' is the newest job at another employer; 'previous job' the newest that ended; shorthand co/prev/tw", () => {
    expect(ask("what was his previous company?").text).toMatch(/^Senior Software Engineer at ScyllaDB Inc\./);
    expect(ask("prev co?").text).toMatch(/^Senior Software Engineer at ScyllaDB Inc\./);
    expect(ask("what was his previous job?").text).toMatch(/^Software Engineer, Infrastructure R&D Team at Workato/);
    expect(ask("curr co?").intent).toBe("current");
    expect(ask("tw?").intent).toBe("contacts:twitter");
  });

  it("his current stack is the current job's; his stack is all of it; the shortest job in Russian", () => {
    expect(ask("his current stack?").text).toBe("Workato (Sep 2023 – present): Rust, MariaDB and AWS.");
    expect(ask("which languages does he use now?").text).toBe("Workato (Sep 2023 – present), languages: Rust.");
    expect(ask("его текущий стек?").text).toBe("Workato (сент. 2023 — н. в.): Rust, MariaDB и AWS.");
    expect(ask("what's his stack?").intent).toBe("command:skills");
    expect(ask("самая короткая работа?").text).toMatch(/^Меньше всего на одном месте: ScyllaDB Inc\./);
    expect(ask("предыдущая компания?").text).toMatch(/Senior Software Engineer в ScyllaDB Inc\./);
  });

  it("'what projects has he done?' lists each job's projects; a Projects section, when the résumé has one, wins", () => {
    const a = ask("what projects has he done?");
    expect(a.intent).toBe("projects");
    expect(a.text).toMatch(/^Projects, by job:\n• Workato \(Sep 2023 – present\): internal database/);
    expect(a.text).toMatch(/Neodinamika \(Aug 2009 – Sep 2014\): MusicWars MMO/);
    expect(ask("Какие у него проекты?").text).toMatch(/^Проекты по местам работы:/);
  });

  it("technologies asked for a year are the stack of the jobs held then, not where he was", () => {
    expect(ask("which languages in 2020?").text).toBe("ScyllaDB Inc. (Oct 2019 – May 2021), languages: C++, Go, Python, Bash and Java.");
    expect(ask("what databases did he use in 2012?").text).toMatch(/^Neodinamika \(Aug 2009 – Sep 2014\), databases & storage: Redis/);
    expect(ask("Какие технологии он использовал в 2016?").text).toMatch(/^Exit Games \(нояб\. 2014 — апр\. 2017\): Unity, Photon, Go/);
    expect(ask("where did he work in 2016?").intent).toBe("year");
  });

  it("the first and the last use of a technology come from its dated jobs, and open the answer", () => {
    // Go: Exit Games (2014) is the earliest of four jobs; Java ended with ScyllaDB (May 2021); Rust is current.
    expect(ask("When did he start using Go?").text).toMatch(/^Go first appears in Nov 2014, at Exit Games \(Site Reliability Engineer\)\.\nYes — Go/);
    expect(ask("earliest use of Java?").text).toMatch(/^Java first appears in Aug 2009, at Neodinamika/);
    expect(ask("When did he last use Java?").text).toMatch(/^Java was last used at ScyllaDB Inc\., until May 2021/);
    expect(ask("has he used Rust recently?").text).toMatch(/^Rust is in use now, at Workato \(Software Engineer, Rust Team\)/);
    expect(ask("Когда он последний раз писал на Java?").text).toMatch(/^Последний раз Java — в ScyllaDB Inc\., по май 2021/);
    expect(ask("Когда он впервые столкнулся с Kubernetes?").text).toMatch(/^Впервые Kubernetes — март 2017, в Nimses/);
    // Without "first" or "last" the answer is as before.
    expect(ask("Has he used Go?").text).toMatch(/^Yes — Go/);
  });
});

describe("recruiters' shorthand and requests", () => {
  it.each([
    ["yoe?", "duration:total"],
    ["yrs of exp?", "duration:total"],
    ["curr title?", "current"],
    ["gh?", "contacts:github"],
    ["li?", "contacts:linkedin"],
    ["yrs w/ go?", "tech"],
    ["how many years has he been programming?", "duration:total"],
    ["cv?", "media:cv"],
    ["send me his resume", "media:cv"],
    ["most senior title?", "mostSenior"],
  ])("%s → %s", (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it("the most senior title is the highest of all the titles, in either language", () => {
    expect(ask("what's the highest position he reached?").text).toMatch(/^Most senior title: Principal Software Engineer at Nimses/);
    expect(ask("Какая у него самая высокая должность?", "ru").text).toMatch(/^Самая старшая должность: Principal Software Engineer в Nimses/);
    expect(ask("Пришли резюме", "ru").intent).toBe("media:cv");
    expect(ask("Сколько лет он работает программистом?", "ru").intent).toBe("duration:total");
  });

  it("a shorthand word is expanded only as a whole word", () => {
    expect(ask("Has he used Expo?").text).toMatch(/doesn't mention “expo”/);
    expect(ask("what did he do at Cos Systems?").text).not.toMatch(/companies/);
  });
});

describe("on another person's CV", () => {
  it("ranks Russian titles too: a founder above a team lead", async () => {
    const { createEngine } = await import("../../src/engine.js");
    const { loadKnowledge } = await import("../../src/knowledge/load.js");
    const maria = createEngine(loadKnowledge("test/fixtures/real-md-ru-table"));
    expect(plain(maria.handle({ text: "Какая у неё самая высокая должность?", lang: "ru" }).answer)).toMatch(/^Самая старшая должность: Основатель в ИП Воронцова/);
  });
});

describe("what a company does", () => {
  it("is the company's own description, for a named employer or the one talked about", () => {
    expect(ask("what does Workato do?").text).toBe("Workato makes one of the best no-code automation platforms.");
    const conversation = engine.handle({ text: "Tell me about Nimses" }).conversation;
    expect(plain(engine.handle({ text: "what does that company do?" }, conversation).answer)).toBe("Nimses is a social network with blockchain capabilities.");
    // In Russian, the English sentence of the résumé comes with a Russian frame; a Russian one would not.
    expect(plain(engine.handle({ text: "а чем занимается эта компания?", lang: "ru" }, conversation).answer)).toMatch(/^Чем занимается Nimses, по резюме: Nimses is a social network/);
    expect(ask("Чем занимается Exit Games?", "ru").text).toMatch(/^Чем занимается Exit Games, по резюме: Exit Games makes most popular Unity/);
    // "What did he do at …" is still the job.
    expect(ask("what did he do at Nimses?").text).toMatch(/^Principal Software Engineer at Nimses/);
  });
});

describe("the whole career asked in the middle of a conversation", () => {
  it("'yoe?' after a technology is the career, 'how many years?' that technology's", () => {
    const { conversation } = engine.handle({ text: "Has he used Go?" });
    expect(plain(engine.handle({ text: "yoe?" }, conversation).answer)).toMatch(/^About \d+ years of professional experience/);
    expect(plain(engine.handle({ text: "how many years?" }, conversation).answer)).toMatch(/^Yes — Go: about 9 years/);
  });
});

describe("his experience: the jobs, or how many years", () => {
  it.each([
    ["How much experience does he have?", "duration:total"],
    ["Какой у него стаж?", "duration:total"],
    ["Сколько у него опыта?", "duration:total"],
    ["Какой у него опыт?", "command:experience"],
    ["Какой у него опыт работы?", "command:experience"],
    ["Расскажи про его опыт", "command:experience"],
    ["tell about his experience", "command:experience"],
  ])("%s → %s", (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it("experience with a technology is still about the technology", () => {
    expect(ask("Какой у него опыт с Kafka?").intent).toBe("tech");
    expect(ask("how much experience with Go?").intent).toBe("tech");
  });
});

describe("a verb does not outrank what was built", () => {
  it("'has he built a blockchain?' leads with the blockchain, and 'when was that?' is that job", () => {
    const first = engine.handle({ text: "Has he built a blockchain?" });
    expect(plain(first.answer).split("\n")[0]).toMatch(/Nimses/);
    const next = engine.handle({ text: "when was that?" }, first.conversation);
    expect(plain(next.answer)).toMatch(/Nimses/);
    expect(plain(next.answer)).toMatch(/2017/);
  });
});

describe("an employer named by what it does", () => {
  const employersOf = (q: string) => engine.handle({ text: q }).answer.sources.filter((s) => s.startsWith("experience/"));
  it.each([
    ["How long was he at the NoSQL database company?", "duration:employer", ["experience/scylladb"]],
    ["How long at the db company?", "duration:employer", ["experience/scylladb"]],
    ["What did he do at the no-code company?", "employer", ["experience/workato-2023", "experience/workato-2021"]],
    ["Tell me about the MMO company", "employer", ["experience/neodinamika"]],
    ["When did he work at the gaming company?", "duration:employer", ["experience/exit-games", "experience/neodinamika"]],
  ])("%s → %s %j", (q, intent, sources) => {
    expect(ask(q).intent).toBe(intent);
    expect(employersOf(q)).toEqual(sources);
  });

  it("of two roles at one employer, the one the question's words are about comes alone; none named, both", () => {
    expect(employersOf("Tell me about the serverless platform he built")).toEqual(["experience/workato-2021"]);
    expect(employersOf("What did he do for Workato's infrastructure?")).toEqual(["experience/workato-2021"]);
    expect(employersOf("What did he do at Workato?")).toEqual(["experience/workato-2023", "experience/workato-2021"]);
  });

  it("'which company did he work at the longest?' ranks the employers; it names no company", () => {
    const a = ask("Which company did he work at the longest?");
    expect(a.intent).toBe("longest");
    expect(a.text).toMatch(/^Longest at one employer: Workato/);
    expect(ask("Did he work at Google?").intent).toBe("not-employer");
  });

  it("the words that describe the company are not a technology category", () => {
    expect(ask("When was he at the NoSQL database company?").intent).toBe("duration:employer");
    expect(ask("What databases did he use at the NoSQL company?").intent).toBe("category:employer");
  });

  it("a description that fits no employer is still no job there", () => {
    expect(ask("Did he work at a bank?")).toMatchObject({ intent: "not-employer", found: false });
  });
});

describe("words that rank or compare", () => {
  it("'strongest language' lists the languages most used first (the résumé ranks by years, not by strength)", () => {
    const a = ask("What is his strongest language?");
    expect(a).toMatchObject({ intent: "category", found: true });
    expect(a.text).toMatch(/most used first/);
  });

  it("'a Telegram-like messenger' is a product, not his Telegram account", () => {
    const a = ask("the telegram-like messenger - where was that?");
    expect(a.intent).not.toMatch(/^contacts/);
    expect(a.text).toMatch(/Nimses/);
    expect(ask("telegram?").intent).toBe("contacts:telegram");
  });
});

describe("roles at one employer", () => {
  it("'how many roles at Workato?' counts that employer's jobs, then lists them", () => {
    expect(ask("How many roles did he have at Workato?").text).toBe(
      "2 roles at Workato:\n• Software Engineer, Rust Team (Sep 2023 – present)\n• Software Engineer, Infrastructure R&D Team (Jun 2021 – Sep 2023)",
    );
    expect(ask("how many positions at nimses?").text).toMatch(/^1 role at Nimses:/);
    expect(ask("Сколько должностей у него было в Workato?", "ru").text).toMatch(/^2 должности в Workato:/);
  });
  it("counting companies stays counting companies", () => {
    expect(ask("How many companies has he worked for?").intent).toBe("count");
    expect(ask("How many companies did he work for before Workato?").intent).not.toBe("count:roles");
  });
});

describe("what only the candidate can say, in more words", () => {
  it.each([
    ["Can he start next month?", /start date/],
    ["Is he looking for a job?", /looking for a job/],
    ["Is he actively job hunting?", /looking for a job/],
    ["can he work in the US?", /right to work/],
    ["Is he eligible to work in the EU?", /right to work/],
    ["is he willing to travel?", /travel/],
    ["how much does he want?", /salary/],
    ["does he prefer startups or big companies?", /preferences/],
  ])("%s → logistics, not found, named plainly", (q, subject) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent: "logistics", found: false });
    expect(a.text).toMatch(subject);
    expect(a.text).toMatch(/linkedin\.com/);
  });

  it.each([["Ищет ли он работу?"], ["Готов ли он к командировкам?"], ["Может ли он работать в США?"], ["Открыт ли он к предложениям?"]])("%s → logistics in Russian", (q) => {
    expect(ask(q, "ru")).toMatchObject({ intent: "logistics", found: false });
  });

  it("a question that only shares a word stays answerable: 'when did he start at Workato?'", () => {
    expect(ask("When did he start at Workato?")).toMatchObject({ found: true });
    expect(ask("When did he start his career?")).toMatchObject({ intent: "duration:total", found: true });
  });
});

describe("'what does he do?' is the current job", () => {
  it.each([["what does he do?"], ["what does he do for a living?"], ["What does Ivan do?"]])("%s", (q) => {
    expect(ask(q)).toMatchObject({ intent: "current", found: true });
  });
  it("naming an employer keeps it about that job", () => {
    expect(ask("what does he do at Nimses?").text).toMatch(/Principal Software Engineer at Nimses/);
  });
});

describe("what the résumé doesn't mention is quoted as asked", () => {
  it("'frontend developer', not 'developer frontend'", () => {
    expect(ask("Is he a frontend developer?").text).toMatch(/doesn't mention “frontend developer”/);
  });
});

describe("the career in one answer", () => {
  it("Workato's two roles are one stay: 'Longest:' and 'Now at' count them together", () => {
    const yoe = ask("yoe?").text;
    expect(yoe).toMatch(/Now at Workato \(since Jun 2021\)/);
    expect(yoe).toMatch(/Longest: Workato \(5 years 6 months\), Neodinamika/);
  });
});

describe("recruiter shorthand and typos of question words", () => {
  it.each([
    ["how lng at workato?", "duration:employer"],
    ["his tehc stack", "command:skills"],
    ["go yoe", "tech"],
    ["c developer?", "tech"],
    ["tz?", "logistics"],
    ["wfh?", "logistics"],
    ["ctc?", "logistics"],
  ])("%s → %s", (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  it("a common English word is meant as written, not as a section word one edit away", () => {
    expect(ask("did he teach?").text).toMatch(/doesn't mention “teach”/);
  });
});

describe("a phrase the résumé never uses is not found through one of its words", () => {
  it.each([["Has he done machine learning?"], ["ml exp?"], ["Did he build payment systems?"], ["Has he built a trading platform?"]])("%s → not found", (q) => {
    expect(ask(q).found).toBe(false);
  });

  it("a phrase it does use still is: 'distributed systems'", () => {
    expect(ask("Did he work on distributed systems?")).toMatchObject({ found: true });
    expect(ask("Did he work on distributed systems?").text).toMatch(/Distributed Systems/);
  });

  it("'on-call' and 'call stack' are work, not the phone; 'how can I call him?' is", () => {
    expect(ask("Has he done on-call?").intent).not.toMatch(/^contacts/);
    expect(ask("call stack?").intent).not.toMatch(/^contacts/);
    expect(ask("mobile development experience?").intent).not.toMatch(/^contacts/);
    expect(ask("how can I call him?").intent).toBe("contacts:phone");
  });
});

describe("a company described by what it makes", () => {
  it("'the company that makes Photon' / 'behind Photon' / 'the Unity networking company' is Exit Games, not the technology", () => {
    for (const q of ["What did he do at the company that makes Photon?", "tell me about the company behind Photon", "Tell me about the Unity networking company"]) {
      expect(ask(q).text, q).toMatch(/^Site Reliability Engineer at Exit Games/);
    }
  });

  it("a technology asked about at a described company is still the subject", () => {
    expect(ask("Did he use Go at the NoSQL database company?").text).toMatch(/^Yes — Go at ScyllaDB Inc\./);
    expect(ask("Did he use Kafka at the company that built a blockchain?").text).toMatch(/^Yes — Kafka at Nimses/);
  });

  it("'at which company did he build a blockchain?' ranks the passage that says it, not 'Other companies'", () => {
    expect(ask("at which company did he build a blockchain?").text).toMatch(/^• Nimses/);
  });

  it("'which job had the most technologies?' counts every kind", () => {
    expect(ask("which job had the most technologies?").text).toMatch(/^Most technologies in one job \(\d+\): Neodinamika/);
  });
});

describe("counts", () => {
  it("'how many companies before Workato?' counts the jobs on that side of it", () => {
    expect(ask("How many companies before Workato?").text).toBe("Before Workato: 5 jobs at 5 employers: ScyllaDB Inc., Nimses, Exit Games, Neodinamika and Other companies.");
    expect(ask("how many employers after Nimses?").text).toBe("After Nimses: 3 jobs at 2 employers: Workato and ScyllaDB Inc.");
    expect(ask("how many positions did he hold at Workato?").intent).toBe("count:roles");
  });

  it("'how many languages?' puts the number first; 'how many technologies?' counts them by kind", () => {
    expect(ask("how many languages does he know?").text).toMatch(/^Languages in the résumé: 12, most used first:/);
    expect(ask("which languages?").text).toMatch(/^Languages in the résumé, most used first:/);
    expect(ask("how many technologies does he list?").text).toMatch(/^Technologies in the résumé: \d+\.\n• Languages: 12\n/);
    expect(ask("Сколько языков программирования он знает?", "ru").text).toMatch(/^Языки программирования в резюме: 12,/);
  });
});

describe("periods in more words", () => {
  it.each([
    ["in the 90s?", /no job 1990–1999/, false],
    ["in the early 2010s?", /jobs 2010–2013:\n• Neodinamika/, true],
    ["in the last decade?", /jobs 2016–2026:/, true],
    ["in the late 00s?", /jobs 2007–2009:/, true],
  ])("%s", (q, must, found) => {
    const a = ask(q);
    expect(a.text).toMatch(must);
    expect(a.found).toBe(found);
  });

  it("a month, a quarter or a part of a year picks the jobs of those months", () => {
    expect(ask("what was he doing in March 2021?").text).toMatch(/^In 2021 Ivan worked at ScyllaDB Inc\./);
    expect(ask("in Q3 2019?").text).toMatch(/^In 2019 Ivan worked at Nimses/);
    expect(ask("in late 2019?").text).toMatch(/Nimses[\s\S]*ScyllaDB/);
  });
});

describe("more typos and glued names", () => {
  it.each([
    ["Exitgames role?", /^Site Reliability Engineer at Exit Games/],
    ["how long at exitgames", /^Exit Games: 2 years 6 months/],
    ["hw long at nimses?", /^Nimses: 2 years 7 months/],
    ["rust langauge?", /^Yes — Rust/],
    ["the Go programming language?", /^Yes — Go/],
  ])("%s", (q, must) => {
    expect(ask(q).text).toMatch(must);
  });
});

describe("did-you-mean", () => {
  it("a common English word is not offered as a misspelt technology ('license' is not 'Lucene')", () => {
    expect(ask("Does he have a driving license?").text).not.toMatch(/Did you mean/);
  });
});

describe("the timeline and the place, asked in words", () => {
  it("'timeline?' / 'show me his career timeline' is the picture, as /timeline sends it", () => {
    expect(ask("timeline?").intent).toBe("media:timeline");
    expect(ask("show me his career timeline").intent).toBe("media:timeline");
    expect(ask("what was his timeline at Nimses?").intent).not.toBe("media:timeline");
  });

  it("'is he in Europe?' asks where he is based", () => {
    expect(ask("is he in Europe?")).toMatchObject({ intent: "location", found: false });
    const alice = createEngine(loadKnowledge("test/fixtures/cv-alice"), { now: NOW });
    expect(plain(alice.respond("is she in Europe?"))).toBe("Alice is based in Prague, Czech Republic.");
  });
});

describe("interests and plans", () => {
  it("'what is he interested in?' is the summary; 'what does he want to do next?' is for the candidate", () => {
    expect(ask("what is he interested in?").intent).toBe("summary");
    for (const q of ["what does he want to do next?", "what are his career goals?"]) expect(ask(q), q).toMatchObject({ intent: "logistics", found: false });
    expect(ask("how much does he want?").text).toMatch(/salary expectations/);
  });
});
