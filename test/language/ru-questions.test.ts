// Russian questions through toEnglishQuery into the English engine as it is: each must reach the answer
// the English question we expect reaches (same intent, sources and `found`), and name the right employer
// or technology. The share that does is printed and held to a floor.
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { messageToPlainText } from "../../src/answer/plain-text.js";
import type { Answer } from "../../src/answer/types.js";
import { toEnglishQuery } from "../../src/language/ru/lexicon.js";

const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR), { now: new Date("2026-06-01T00:00:00Z") });
const text = (a: Answer) => a.messages.map(messageToPlainText).join("\n");
const same = (a: Answer, b: Answer) => a.intent === b.intent && a.found === b.found && a.sources.join() === b.sources.join();

/** [Russian question, the English question it means, what the answer must name]. None is from the shared eval set. */
const CASES: [string, string, RegExp][] = [
  ["Где сейчас работает кандидат?", "Where does he work now?", /Workato/],
  ["Кем он работает сейчас?", "What is his current position?", /Workato/],
  ["Какая у него нынешняя позиция?", "What is his current position?", /Rust/],
  ["Чем он сейчас занимается?", "What does he do now?", /Workato/],
  ["Знает ли он Kafka?", "Does he know Kafka?", /Nimses/],
  ["Работал ли он с кафкой?", "Has he worked with Kafka?", /Nimses/],
  ["Есть ли у него опыт с кубером?", "Does he have experience with Kubernetes?", /Workato|Nimses/],
  ["опыт работы с кубернетесом", "experience with Kubernetes", /Workato|Nimses/],
  ["Пишет ли он на питоне?", "Has he used Python?", /ScyllaDB/],
  ["Знает джаву?", "Does he know Java?", /Java/],
  ["Есть опыт с голангом?", "Does he have experience with Go?", /Go/],
  ["Использовал ли он постгрес?", "Has he used PostgreSQL?", /Nimses/],
  ["Насколько хорошо он знает раст?", "Does he know Rust?", /Workato/],
  ["Писал ли на плюсах?", "Has he used C++?", /C\+\+/],
  ["Работал с Redis?", "Has he worked with Redis?", /Nimses|Neodinamika/],
  ["Опыт с Consul есть?", "Has he used Consul?", /Exit Games/],
  ["Трогал ли он MariaDB?", "Did he work with MariaDB?", /Workato/],
  ["Есть ли опыт с докером и номадом?", "Has he used Docker and Nomad?", /Docker[\s\S]*Nomad|Nomad[\s\S]*Docker/],
  ["Какие облака он использовал?", "What cloud providers has he used?", /AWS/],
  ["С какими базами данных работал?", "Which databases?", /Redis|PostgreSQL|MariaDB/],
  ["Что он делал в ScyllaDB?", "What did he do at ScyllaDB?", /ScyllaDB/],
  ["Расскажи про Nimses", "Tell me about Nimses", /Nimses/],
  ["Чем занимался в Exit Games?", "What did he do at Exit Games?", /Exit Games/],
  ["Какая у него была роль в Exit Games?", "What was his role at Exit Games?", /Site Reliability/],
  ["Работал ли он в Google?", "Did he work at Google?", /Google/],
  ["Где он работал в 2012 году?", "Where did he work in 2012?", /Neodinamika/],
  ["Что он делал в 2018?", "What did he do in 2018?", /Nimses/],
  ["Где работал между 2016 и 2018?", "Where did he work between 2016 and 2018?", /Nimses|Exit Games/],
  ["Где работал с 2020 года?", "Where has he worked since 2020?", /ScyllaDB|Workato/],
  ["Чем занимался до 2009?", "What did he do before 2009?", /\d{4}/],
  ["Сколько времени он проработал в Nimses?", "How long did he work at Nimses?", /Nimses/],
  ["Как долго работал в Workato?", "How long did he work at Workato?", /Workato/],
  ["Какой у него общий стаж?", "How many years of experience does he have?", /2003/],
  ["Сколько лет опыта у кандидата?", "How many years of experience does he have?", /2003/],
  ["Когда он начал карьеру?", "When did his career start?", /2003/],
  ["Что было перед Workato?", "Which job came right before Workato?", /ScyllaDB/],
  ["Где он получил образование?", "Where did he study?", /Kant/],
  ["Какое у него образование?", "What is his education?", /Kant/],
  ["Какая у него степень?", "What degree does he have?", /Specialist/],
  ["Контакты кандидата", "contacts", /linkedin/],
  ["Дай ссылку на гитхаб", "github link", /github\.com\/sitano/],
  ["Как ему написать?", "How can I contact him?", /linkedin/],
  ["Его твиттер?", "twitter?", /JohnKoepi/],
  ["Какие языки программирования он знает?", "What programming languages does he know?", /Rust/],
  ["Расскажи о нём кратко", "Tell me about him", /Distributed Systems/],
  ["На чём он специализируется?", "What is his specialization?", /Distributed Systems/],
  ["Какие у него достижения?", "What are his achievements?", /\d+\s*%|x2|GB/],
  ["Руководил ли он командой?", "Has he managed teams?", /Nimses|Neodinamika|[Ll]ead/],
  ["Вклад в опенсорс?", "Open source contributions?", /YCSB|javassist|hibernate/i],
  ["Выступал ли он на конференциях?", "Has he given talks at conferences?", /Hydra/],
  ["Опыт с блокчейном", "Blockchain experience", /Nimses/],
  ["Знает ли он PHP?", "Does he know PHP?", /PHP/],
  ["Какие у него зарплатные ожидания?", "What are his salary expectations?", /./],
  ["Готов ли к переезду?", "Is he open to relocation?", /./],
  ["Нужна ли ему виза?", "Does he need a visa?", /./],
  ["Когда он может выйти на работу?", "What is his start date?", /./],
  ["Привет!", "Hello!", /./],
  ["Спасибо большое", "thanks", /./],
];

const outcomes: { ru: string; english: string; ok: boolean }[] = [];

describe("Russian questions answered as their English counterparts", () => {
  it.each(CASES)("%s", (ru, expected, names) => {
    const { english } = toEnglishQuery(ru);
    const got = engine.respond(english);
    const want = engine.respond(expected);
    const ok = same(got, want) && names.test(text(got));
    outcomes.push({ ru, english, ok });
    expect({ english, intent: got.intent, found: got.found, sources: got.sources }).toEqual({
      english,
      intent: want.intent,
      found: want.found,
      sources: want.sources,
    });
    expect(text(got)).toMatch(names);
  });

  afterAll(() => {
    const passed = outcomes.filter((o) => o.ok).length;
    console.log(`Russian → English: ${passed} of ${CASES.length} questions reach the expected English answer`);
    for (const o of outcomes.filter((x) => !x.ok)) console.log(`  missed: ${o.ru} → ${o.english}`);
  });
});

describe("what the résumé does not say stays not found in Russian", () => {
  it.each(["Знает ли он Haskell?", "Работал ли он с PHP?", "Какая у него зарплата?", "Готов работать удалённо?", "Есть ли у него водительские права?"])(
    "%s",
    (ru) => expect(engine.respond(toEnglishQuery(ru).english).found).toBe(false),
  );
});
