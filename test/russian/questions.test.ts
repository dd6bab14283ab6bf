// Russian questions, in phrasings of our own (none is from the shared eval set), on the bundled English CV
// and on the Russian fixture CV: each is answered in Russian, names the right facts, and its frame has no
// English words (the résumé's own text is quoted as written, so only the frame is checked).
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { bundledEngine, knowledgeDir, NOW, plain } from "../helpers.js";

/** English words a Russian frame must never use (the résumés quoted here use none of them). */
const ENGLISH_FRAME = /\b(doesn't|does not|didn't|isn't|not|mentions?|he|his|him|yes|says|about|worked)\b|r[ée]sum[ée]/i;
const RUSSIAN = /[а-яё]{4,}/i;

/** [question, what the answer must say, found]. */
const BUNDLED: [string, RegExp, boolean][] = [
  ["Где сейчас трудится Иван?", /Workato/, true],
  ["Какая нынешняя работа?", /Workato[\s\S]*Rust Team/, true],
  ["На какой он сейчас позиции?", /Rust Team/, true],
  ["Был ли у него опыт с Kafka?", /Kafka: около 2,5 года, в Nimses/, true],
  ["Кафка есть?", /Kafka/, true],
  ["Писал ли на расте?", /Rust: около 5,5 года/, true],
  ["Знаком ли с кубернетесом?", /Kubernetes: около 5 лет/, true],
  ["Пользовался ли он питоном?", /Python/, true],
  ["Опыт с джавой?", /Java/, true],
  ["Работал с постгресом?", /PostgreSQL[\s\S]*Nimses/, true],
  ["Знает ли плюсы?", /C\+\+/, true],
  ["А го он знает?", /Go: около 9 лет/, true],
  ["Умеет в голанг?", /Go/, true],
  ["Знает ли он Erlang?", /не упоминается Erlang/, false],
  ["Работал ли он с COBOL?", /COBOL/, false],
  ["Что было в 2012 году?", /Neodinamika/, true],
  ["Где он был в 2018?", /Nimses/, true],
  ["Где работал между 2015 и 2018?", /Exit Games[\s\S]*Nimses/, true],
  ["Места работы с 2019 года", /ScyllaDB[\s\S]*Workato/, true],
  ["Где он работал до 2005 года?", /Other companies/, true],
  ["Сколько лет он в профессии?", /около 24 лет/, true],
  ["Какой общий стаж работы?", /с 2003/, true],
  ["Как долго он работал в Nimses?", /Nimses: 2 года 7 месяцев/, true],
  ["Сколько времени провёл в Exit Games?", /2 года 6 месяцев/, true],
  ["Какое у него образование?", /Kant/, true],
  ["В каком вузе учился?", /Kant/, true],
  ["Как с ним можно связаться?", /linkedin\.com\/in\/prisyaznyy/, true],
  ["Дай его гитхаб", /github\.com\/sitano/, true],
  ["Его линкедин?", /LinkedIn/, true],
  ["Расскажи о нём кратко", /Distributed Systems/, true],
  ["Чем он гордится? Какие достижения?", /x2|30%|100GBs/, true],
  ["Руководил ли он людьми?", /Nimses|Neodinamika/, true],
  ["Выступал ли на конференциях?", /Hydra/, true],
  ["Какие базы данных он знает?", /Базы данных[\s\S]*Redis/, true],
  ["Какие облака использовал?", /AWS/, true],
  ["Какая у него зарплата?", /о зарплате[\s\S]*linkedin/, false],
  ["Рассмотрит ли переезд?", /о переезде/, false],
  ["Удалёнка возможна?", /об удал[её]нной работе/, false],
  ["Нужна ли виза?", /о визе/, false],
  ["Работал ли он в Яндексе?", /нет работы в «Яндексе»[\s\S]*Workato/i, false],
  ["Был ли он тимлидом в Nimses?", /Нет — /, true],
  ["раскажи про нимзес", /Nimses/, true],
  ["Чем он занимался в вократо?", /Workato/, true],
  ["rfarf", /Понял как «кафка»[\s\S]*Kafka/, true],
  ["pyftn kb jy Rust", /Понял как[\s\S]*Rust/, true],
  ["Какие технологии использовал в Exit Games?", /Exit Games[\s\S]*PowerShell/, true],
  ["Какие языки программирования он использовал в Nimses?", /Nimses[\s\S]*Go/, true],
  ["Что было перед Nimses?", /До Nimses[\s\S]*Exit Games/, true],
  ["Что было после Nimses?", /После Nimses[\s\S]*ScyllaDB/, true],
  ["/experience", /сент\. 2023 — н\. в\./, true],
  ["Где он проработал дольше всего?", /Дольше всего в одной должности: Neodinamika[\s\S]*5 лет 2 месяца/, true],
  ["Сколько у него было мест работы?", /7 мест работы в 6 компаниях/, true],
  ["Какой язык он использует дольше всего?", /Языки программирования[\s\S]*C\+\+ — около 9 лет/, true],
  // Jobs named by what the company does: Russian has no article, so «про игровую компанию» is "the games company".
  ["Расскажи про игровую компанию", /Exit Games/, true],
  ["Расскажи про соцсеть", /Principal Software Engineer в Nimses/, true],
  ["Сколько он проработал в социальной сети?", /^Nimses: 2 года 7 месяцев/, true],
  ["Расскажи про no-code компанию", /Workato/, true],
  ["Что он делал в компании, которая делает NoSQL базу данных?", /ScyllaDB/, true],
  ["Ищет ли он работу?", /ищет ли кандидат работу/, false],
  ["Готов ли он к командировкам?", /о командировках/, false],
  ["Что он делал последние четыре года?", /2022–2026[\s\S]*Workato/, true],
  ["Опыт с к8с?", /Kubernetes: около 5 лет/, true],
  ["Сколько он проработал в нимзесе?", /^Nimses: 2 года 7 месяцев/, true],
  ["предыдущее место?", /^Предыдущее место работы:/, true],
  ["гх?", /github\.com\/sitano/, true],
  ["Что он за специалист?", /^Кратко о кандидате:/, true],
  ["Где он работал в 90-х?", /нет мест работы в 1990–1999 годах/, false],
  ["Что он делал в марте 2021?", /^В 2021 году Ivan — в ScyllaDB Inc\./, true],
  ["В конце 2019 где работал?", /^В 2019 году Ivan — в ScyllaDB Inc\./, true],
];

describe("Russian questions on the bundled CV", () => {
  const engine = bundledEngine();
  it.each(BUNDLED)("%s", (question, must, found) => {
    const a = engine.handle({ text: question, lang: "ru" }).answer;
    const text = plain(a);
    expect(text).toMatch(RUSSIAN);
    expect(text).toMatch(must);
    expect(text).not.toMatch(ENGLISH_FRAME);
    expect(a.found).toBe(found);
  });

  it("ё and е are the same letter; a question is the same with or without it", () => {
    const a = plain(engine.handle({ text: "Удалённо работает?" }).answer);
    expect(a).toBe(plain(engine.handle({ text: "Удаленно работает?" }).answer));
  });
});

describe("Russian questions on a Russian CV", () => {
  const engine = createEngine(loadKnowledge("test/fixtures/real-md-ru"), { now: NOW });
  it.each([
    ["Где она сейчас работает?", /Яндекс/],
    ["Знает ли она ClickHouse?", /ClickHouse/],
    ["Есть опыт с постгресом?", /PostgreSQL[\s\S]*Тинькофф/],
    ["Сколько она проработала в Тинькофф?", /4 года 1 месяц/],
    ["Где она училась?", /Казанский федеральный университет/],
    ["На каких языках она говорит?", /Английский/],
    ["Какие у неё проекты?", /go-ratelimit/],
    ["Какой у неё уровень английского?", /Английский \(B2\)/],
    ["Сколько она проработала в Пикселе?", /^Студия «Пиксель»: 3 года/],
    ["Она всё ещё работает в Яндексе?", /^Да — ООО «Яндекс»/],
    ["Училась ли она в КФУ?", /^Образование:\nКазанский федеральный университет/],
    ["Училась ли она в МГУ?", /Нет — учёбы в «МГУ» в резюме нет/],
    ["Расскажи про Смирнову", /Анна Сергеевна Смирнова/],
    ["Была ли она тимлидом?", /^Нет — /],
  ] as [string, RegExp][])("%s", (question, must) => {
    const text = plain(engine.handle({ text: question }).answer);
    expect(text).toMatch(must);
    expect(text).not.toMatch(ENGLISH_FRAME);
  });

  it("an English question about the Russian CV is answered in English", () => {
    expect(plain(engine.handle({ text: "When did she work at Тинькофф?" }).answer)).toMatch(/4 years 1 month, Mar 2017 – Mar 2021/);
  });
});

describe("title claims on a CV with Russian titles", () => {
  const engine = createEngine(loadKnowledge("test/fixtures/real-md-ru-table"), { now: NOW });
  it("«Руководитель группы разработки» is a team lead, «Основатель» a founder", () => {
    expect(plain(engine.handle({ text: "Была ли она тимлидом?" }).answer)).toMatch(/^Да — Руководитель группы разработки в ООО «СибФинТех»/);
    expect(plain(engine.handle({ text: "Was she a team lead?" }).answer)).toMatch(/^Yes — Руководитель группы разработки/);
    expect(plain(engine.handle({ text: "Была ли она основателем?" }).answer)).toMatch(/^Да — Основатель/);
    expect(plain(engine.handle({ text: "Была ли она архитектором?" }).answer)).toMatch(/^Нет — /);
  });
});

describe("what a Russian CV's jobs say of leading", () => {
  it("follows a no on a lead title", () => {
    const dir = knowledgeDir("# Иван Петров\n\n## Опыт работы\n\n### ООО «Ромашка» — Старший разработчик\n2019 — 2022\n\n- Руководил командой из пяти разработчиков.\n");
    const a = plain(createEngine(loadKnowledge(dir), { now: NOW }).handle({ text: "Был ли он тимлидом?" }).answer);
    expect(a).toMatch(/^Нет — /);
    expect(a).toMatch(/Что в резюме сказано о руководстве:\n• ООО «Ромашка»: «Руководил командой из пяти разработчиков\.»/);
  });
});
