// prepareQuestion end to end into the English engine as it is on main: language, layout, commands.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { messageToPlainText } from "../../src/answer/plain-text.js";
import { prepareQuestion } from "../../src/language/index.js";

const knowledge = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
const engine = createEngine(knowledge, { now: new Date("2026-06-01T00:00:00Z") });
const englishWords = [...knowledge.vocabulary.technologies.flatMap((t) => [t.name, ...t.aliases]), ...knowledge.resume.experience.map((j) => j.employer)];
const ask = (message: string, languageCode?: string) => {
  const prepared = prepareQuestion(message, { languageCode, englishWords });
  const answer = engine.respond(prepared.query);
  return { ...prepared, answer, reply: answer.messages.map(messageToPlainText).join("\n") };
};

describe("prepareQuestion", () => {
  it("answers a wrong-layout Russian question", () => {
    const a = ask("pyftn kb jy rfarf&");
    expect(a).toMatchObject({ lang: "ru", text: "знает ли он кафка?", layoutFixed: true });
    expect(a.reply).toMatch(/Nimses/);
    expect(ask("Ult jy ctqxfc hf,jnftn&").reply).toMatch(/Workato/);
    expect(ask("jgsn c re,thjv").reply).toMatch(/Workato|Nimses/);
  });

  it("answers a Russian question with an English word typed on the Russian layout", () => {
    const a = ask("знает ли он кгые?");
    expect(a.query).toBe("does he know rust?");
    expect(a.reply).toMatch(/Workato/);
  });

  it("keeps technology names from the résumé's vocabulary as written", () => {
    for (const q of ["nginx", "k8s exp", "Has he used MariaDB?", "sql", "lxc"]) expect(ask(q)).toMatchObject({ lang: "en", query: q, layoutFixed: false });
  });

  it("commands: the name stays, a Russian argument is rewritten, the language comes from Telegram", () => {
    expect(ask("/start", "ru")).toMatchObject({ lang: "ru", query: "/start" });
    expect(ask("/start", "de")).toMatchObject({ lang: "en", query: "/start" });
    const skill = ask("/skills кафка", "en");
    expect(skill).toMatchObject({ lang: "ru", query: "/skills Kafka" });
    expect(skill.reply).toMatch(/Nimses/);
    expect(ask("/experience сцилла").reply).toMatch(/DBaaS|Field Engineering/);
    expect(ask("/skills rust", "ru")).toMatchObject({ lang: "ru", query: "/skills rust" });
  });

  it("what the résumé does not say is not found", () => {
    expect(ask("Знает ли он Haskell?").answer.found).toBe(false);
    expect(ask("Сколько он хочет получать?").answer.found).toBe(false);
  });
});
