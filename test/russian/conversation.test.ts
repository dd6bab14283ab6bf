// A Russian conversation through engine.handle: follow-ups lean on the subject before, and the language of
// each answer follows the message (its script), else the /language pin, Telegram's language_code and the
// conversation's last language.
import { describe, expect, it } from "vitest";
import type { Conversation, Turn } from "../../src/engine.js";
import { bundledEngine, plain } from "../helpers.js";

const engine = bundledEngine();

/** Runs the turns as one conversation; returns each answer's plain text and the last conversation. */
function talk(turns: Turn[]): { texts: string[]; conversation: Conversation } {
  let conversation: Conversation = {};
  const texts: string[] = [];
  for (const turn of turns) {
    const handled = engine.handle(turn, conversation);
    texts.push(plain(handled.answer));
    conversation = handled.conversation;
  }
  return { texts, conversation };
}

describe("a recruiter's Russian conversation", () => {
  it("Kafka → «а сколько лет?» → «а Go?» → current job → «а до этого?» → «сколько он там проработал?»", () => {
    const { texts, conversation } = talk(
      ["Есть опыт с Kafka?", "а сколько лет?", "а Go?", "Где он сейчас работает?", "а до этого?", "сколько он там проработал?"].map((text) => ({ text, lang: "ru" })),
    );
    expect(texts[0]).toMatch(/^Да — Kafka: около 2,5 года, в Nimses/);
    expect(texts[1]).toMatch(/Kafka: около 2,5 года/);
    expect(texts[2]).toMatch(/^Да — Go: около 9 лет/);
    expect(texts[3]).toMatch(/^Ivan работает в Workato на должности Software Engineer, Rust Team, с сент\. 2023/);
    expect(texts[4]).toMatch(/^До Workato:\nSenior Software Engineer в ScyllaDB Inc\./);
    expect(texts[5]).toMatch(/^ScyllaDB Inc\.: 1 год 8 месяцев, окт\. 2019 — май 2021\./);
    expect(conversation.lang).toBe("ru");
  });

  it("«в этой компании» is the company talked about: Nimses → how long → what it does", () => {
    const { texts } = talk(["Расскажи про Nimses", "Сколько он работал в этой компании?", "Чем занимается эта компания?"].map((text) => ({ text, lang: "ru" })));
    expect(texts[1]).toMatch(/^Nimses: 2 года 7 месяцев/);
    expect(texts[2]).toMatch(/social network/);
  });

  it("«а Java?» after a technology asks about that technology", () => {
    const { texts } = talk([{ text: "Знает ли он Redis?" }, { text: "а Java?" }]);
    expect(texts[1]).toMatch(/^Да — Java/);
  });

  it("«третью» after the list of jobs picks the third", () => {
    const { texts } = talk([{ text: "/experience", lang: "ru" }, { text: "расскажи про третью" }]);
    expect(texts[1]).toMatch(/ScyllaDB Inc\./);
  });
});

describe("the language of each answer", () => {
  it("follows the message's script, whatever the Telegram language", () => {
    expect(plain(engine.handle({ text: "Has he used Kafka?", lang: "ru" }).answer)).toMatch(/^Yes — Kafka: about 2.5 years/);
    expect(plain(engine.handle({ text: "Знает ли он Kafka?", lang: "en" }).answer)).toMatch(/^Да — Kafka: около 2,5 года/);
  });

  it("a message with no words of its own takes language_code (ru, uk, be, kk → Russian), then the conversation's", () => {
    for (const lang of ["ru", "uk", "be", "kk", "ru-RU"]) expect(plain(engine.handle({ text: "/start", lang }).answer)).toMatch(/Сейчас: /);
    expect(plain(engine.handle({ text: "/start", lang: "de" }).answer)).toMatch(/Now: /);
    expect(plain(engine.handle({ text: "/start" }, { lang: "ru" }).answer)).toMatch(/Сейчас: /);
    expect(plain(engine.handle({ action: { type: "section", name: "contacts" } }, { lang: "ru" }).answer)).toMatch(/контакты/);
  });

  it("a message of names alone («Kafka», «RUST???») is answered in the user's language", () => {
    expect(plain(engine.handle({ text: "Kafka", lang: "ru" }).answer)).toMatch(/^Да — Kafka/);
    expect(plain(engine.handle({ text: "RUST???" }, { lang: "ru" }).answer)).toMatch(/^Да — Rust/);
    expect(plain(engine.handle({ text: "Kafka" }).answer)).toMatch(/^Yes — Kafka/);
  });

  it("a language pinned with /language answers every message in it", () => {
    expect(plain(engine.handle({ text: "Has he used Kafka?", pinned: "ru" }).answer)).toMatch(/^Да — Kafka/);
    expect(plain(engine.handle({ text: "Знает ли он Kafka?", pinned: "en" }).answer)).toMatch(/^Yes — Kafka/);
  });

  it("Russian plurals, months and the decimal comma", () => {
    const text = plain(engine.handle({ text: "/experience", lang: "ru" }).answer);
    expect(text).toContain("Workato — Software Engineer, Rust Team · сент. 2023 — н. в.");
    expect(text).toContain("Neodinamika — Team Lead, Software Engineer · авг. 2009 — сент. 2014");
    expect(plain(engine.handle({ text: "Сколько он работал в Neodinamika?" }).answer)).toMatch(/5 лет 2 месяца/);
    expect(plain(engine.handle({ text: "Сколько он работал в ScyllaDB?" }).answer)).toMatch(/1 год 8 месяцев/);
    expect(plain(engine.handle({ text: "опыт с Kafka" }).answer)).toMatch(/около 2,5 года/);
    // «около» takes the genitive: «около 24 лет», not «около 24 года».
    expect(plain(engine.handle({ text: "/start", lang: "ru" }).answer)).toMatch(/Опыт: около 24 лет, с 2003 года/);
  });
});

describe("counts and superlatives, in both languages", () => {
  it("the longest job and the number of jobs", () => {
    // Workato's two roles together outlast Neodinamika's one: both are said, the employer first.
    const longest = plain(engine.handle({ text: "What was his longest job?" }).answer);
    expect(longest).toMatch(/^Longest at one employer: Workato \(Jun 2021 – present, 5 years 6 months, 2 roles\)/);
    expect(longest).toMatch(/Longest in one role: Neodinamika as Team Lead, Software Engineer \(Aug 2009 – Sep 2014, 5 years 2 months\)/);
    expect(plain(engine.handle({ text: "How many companies has he worked for?" }).answer)).toMatch(/^7 jobs at 6 employers: Workato/);
    expect(plain(engine.handle({ text: "Сколько компаний он сменил?" }).answer)).toMatch(/^7 мест работы в 6 компаниях: Workato/);
  });
});
