import { describe, expect, it } from "vitest";
import { buildLexicon, compilePattern, LexiconError, toEnglishQuery } from "../../src/language/ru/lexicon.js";

const en = (ru: string) => toEnglishQuery(ru).english;

describe("technology names in Cyrillic and slang", () => {
  it.each([
    ["опыт с кафкой", "Kafka"],
    ["знает кубер?", "Kubernetes"],
    ["работал с кубернетесом", "Kubernetes"],
    ["пишет на питоне", "Python"],
    ["джава", "Java"],
    ["знает го?", "Go"],
    ["опыт с голангом", "Go"],
    ["постгрес", "PostgreSQL"],
    ["раст", "Rust"],
    ["пишет на плюсах", "C++"],
    ["С++", "C++"],
    ["опыт с си шарп", "C#"],
    ["докер и редис", "Docker and Redis"],
    ["гугл клауд", "GCP"],
  ])("%s → %s", (ru, name) => expect(en(ru)).toContain(name));

  it("short names match only as written: «года» is not Go, «сила» not C", () => {
    expect(en("сколько года")).not.toMatch(/\bGo\b/);
    expect(en("какие языки")).not.toMatch(/\bC\b/);
  });
});

describe("names, numbers and Latin words are kept as written", () => {
  it("keeps case and punctuation of names", () => {
    expect(en("Что он делал в ScyllaDB?")).toBe("what did he do at ScyllaDB?");
    expect(en("опыт с Node.js и C#")).toContain("Node.js and C#");
    expect(en("Работал ли он в Exit Games?")).toBe("did he work at Exit Games?");
  });
});

describe("periods", () => {
  it.each([
    ["Что он делал между 2015 и 2018?", "between 2015 and 2018"],
    ["с 2015 по 2018 год", "between 2015 and 2018"],
    ["2015–2018", "between 2015 and 2018"],
    ["Где работает с 2019 года?", "since 2019"],
    ["до 2010", "before 2010"],
    ["после 2012 г.", "after 2012"],
    ["в 2016 году", "in 2016"],
    ["в 2010-х", "in the 2010s"],
    ["за последние 4 года", "over the last 4 years"],
  ])("%s → …%s…", (ru, part) => expect(en(ru)).toContain(part));
});

describe("follow-ups read as the English follow-ups", () => {
  it.each([
    ["а до этого?", "and before that?"],
    ["А что было до этого?", "and before that?"],
    ["а после этого?", "what came next?"],
    ["а потом?", "what came next?"],
    ["сколько он там проработал?", "how long was he there?"],
    ["Как долго он там работал?", "how long was he there?"],
    ["с каких пор?", "since when?"],
    ["а Go?", "and Go?"],
    ["а как насчёт Scala?", "what about Scala?"],
    ["в каких компаниях?", "at which companies?"],
    ["расскажи подробнее", "tell me more"],
    ["третья", "tell me more about the third one"],
    ["про вторую", "tell me more about the second one"],
    ["когда это было?", "when was that?"],
    ["почему он ушёл?", "why did he leave?"],
    ["какие технологии он там использовал?", "which technologies did he use there?"],
    ["На каких языках он там писал?", "which languages did he use there?"],
    ["что он там делал?", "what did he build there?"],
    ["кем он там был?", "what was his title there?"],
  ])("%s → %s", (ru, english) => expect(en(ru)).toBe(english));
});

describe("logistics the résumé does not say", () => {
  it.each([
    ["Какая у него зарплата?", /salary/],
    ["Готов ли он к переезду?", /relocation/],
    ["Может работать удалённо?", /remote/],
    ["Может работать удаленно?", /remote/],
    ["Нужна ли виза?", /visa/],
    ["Когда может начать?", /start date/],
  ])("%s", (ru, english) => expect(en(ru)).toMatch(english));
});

describe("unknown words", () => {
  it("stay as written and are listed", () => {
    const q = toEnglishQuery("Есть ли у него водительские права?");
    expect(q.unknown).toEqual(["водительские", "права"]);
    expect(q.english).toContain("водительские права");
    expect(q.lang).toBe("ru");
  });
  it("a question the lexicon knows has none", () => {
    expect(toEnglishQuery("Знает ли он Rust?").unknown).toEqual([]);
  });
});

describe("the lexicon data", () => {
  it("compiles patterns with Unicode word edges", () => {
    const p = compilePattern("знает ли");
    expect("узнает ли он".replace(p, "X")).toBe("узнает ли он");
    expect("он знает ли".replace(p, "X")).toBe("он X");
    expect(compilePattern("\\bго\\w*", {}).test("года")).toBe(true);
  });
  it("a broken pattern is a LexiconError naming it", () => {
    expect(() => buildLexicon({ macros: {}, phrases: [["(oops", "x"]], words: {} }, { aliases: {} })).toThrow(LexiconError);
    expect(() => buildLexicon({ macros: {}, phrases: [["(oops", "x"]], words: {} }, { aliases: {} })).toThrow(/oops/);
  });
  it("the bundled files build", () => {
    const lex = buildLexicon();
    expect(lex.rules.length).toBeGreaterThan(50);
    expect(lex.techWords.get("кафка")).toBe("Kafka");
  });
});

describe("the phrase rules' literal prefilter (Rule.anyOf)", () => {
  // A rule is skipped when the text contains none of its literals, so a literal must be in every text the
  // rule's regex matches — checked on every rule against held-out questions and every rule's own English
  // (what earlier rules leave in the text), and on cases built to hit optional parts.
  it("never skips a rule whose regex would match", async () => {
    const { buildLexicon } = await import("../../src/language/ru/lexicon.js");
    const { HELD_OUT } = await import("./ru-heldout.cases.js");
    const { foldRussian } = await import("../../src/language/ru/stem.js");
    const lexicon = buildLexicon();
    const texts = [
      ...HELD_OUT.map(([ru]) => ru),
      "привет!", "спасибо большое", "а до этого?", "а что было перед этим", "сколько он там проработал?", "как долго он там был",
      "с каких пор?", "когда это было", "расскажи подробнее про третью", "а что насчет Go?", "почему он ушел?", "какие технологии он там использовал",
    ].map((t) => t.toLowerCase().replace(/\p{Script=Cyrillic}+/gu, foldRussian));
    let checked = 0;
    for (const rule of [...lexicon.rules, ...lexicon.techPhrases]) {
      if (!rule.anyOf) continue;
      for (const text of texts) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(text)) continue;
        checked++;
        expect(rule.anyOf.some((l) => text.includes(l)), `${rule.pattern.source} on «${text}»`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("gives the same English as trying every rule on every text", async () => {
    // applyRules tries only the rules whose literals' first three letters occur in the text, looked up once
    // per text: that holds because no rule writes Russian letters (checked here too).
    const { HELD_OUT } = await import("./ru-heldout.cases.js");
    const lexicon = buildLexicon();
    for (const r of [...lexicon.rules, ...lexicon.techPhrases]) expect(r.english, r.pattern.source).not.toMatch(/\p{Script=Cyrillic}/u);
    const bare = (rules: typeof lexicon.rules) => rules.map(({ pattern, english }) => ({ pattern, english }));
    const everyRule = { ...lexicon, rules: bare(lexicon.rules), techPhrases: bare(lexicon.techPhrases) };
    const texts = [...HELD_OUT.map(([ru]) => ru), "С 2015 по 2018 он работал в Nimses?", "в 2010-х годах", "а до 2019?", "языки программирования", "а Go?", "Работал ли он в Workato до ScyllaDB?"];
    for (const text of texts) expect(toEnglishQuery(text, lexicon), text).toEqual(toEnglishQuery(text, everyRule));
  });

  it("reads literals through groups but not through optional parts", async () => {
    const { requiredLiterals } = await import("../../src/language/ru/lexicon.js");
    expect(requiredLiterals("(?:привет\\w*|здравствуй)[!.]*$")).toEqual(["привет", "здравствуй"]);
    expect(requiredLiterals("(?:а )?сколько(?: лет)?")).toEqual(["сколько"]);
    expect(requiredLiterals("работал?")).toEqual(["работа"]);
    expect(requiredLiterals("(?:про)?(?:шел)?")).toBeUndefined();
    expect(requiredLiterals("^а (?=[^\\s]+$)")).toBeUndefined();
    expect(requiredLiterals("с каких пор|как давно")).toEqual(["каких", "давно"]);
  });
});
