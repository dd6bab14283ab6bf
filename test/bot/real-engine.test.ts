// The bot with the real engine on the bundled résumé: only content the résumé guarantees is asserted.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { callback, createTestBot, inlineQuery, message, text, type TestBot } from "./helpers.js";

const knowledge = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
const realBot = (): TestBot => createTestBot({ engine: createEngine(knowledge, { now: new Date("2026-11-26T12:00:00Z") }) });
const EMPLOYERS = ["Workato", "ScyllaDB", "Nimses", "Exit Games", "Neodinamika"];

type Keyboard = { inline_keyboard: { text: string; callback_data?: string; url?: string }[][] };
const buttons = (payload: Record<string, unknown> | undefined) => ((payload?.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

describe("bot + real engine on the bundled résumé", () => {
  it("/start introduces the candidate with buttons", async () => {
    const t = realBot();
    await t.send(text("/start"));
    const [reply] = t.sent("sendMessage");
    expect(reply?.payload.text).toContain(knowledge.resume.person.name);
    expect(buttons(reply?.payload).length).toBeGreaterThan(0);
  });

  it("/experience lists every employer with one button per job, and escapes R&D", async () => {
    const t = realBot();
    await t.send(text("/experience"));
    const replies = t.sent("sendMessage").map((c) => c.payload);
    const all = replies.map((p) => p.text as string).join("\n");
    for (const employer of EMPLOYERS) expect(all).toContain(employer);
    expect(all).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
    const jobButtons = replies.flatMap(buttons).filter((b) => b.callback_data?.startsWith("j:"));
    expect(jobButtons.map((b) => b.callback_data).sort()).toEqual(knowledge.resume.experience.map((j) => `j:${j.id}`).sort());
  });

  it("a job button shows that job in place, with a way back to the list", async () => {
    const t = realBot();
    const list = message({ text: "list", from: { id: 4242, is_bot: true, first_name: "Résumé" } });
    await t.send(callback("j:scylladb", { message: list }));
    const [edit] = t.sent("editMessageText");
    expect(edit?.payload.message_id).toBe(list.message_id);
    expect(edit?.payload.text).toContain("ScyllaDB");
    const back = buttons(edit?.payload).filter((b) => b.callback_data === "x" || b.callback_data === "s:experience");
    expect(back).toHaveLength(1);
    await t.send(callback(back[0]!.callback_data!, { message: list }));
    const [, backEdit] = t.sent("editMessageText");
    for (const employer of EMPLOYERS) expect(backEdit?.payload.text).toContain(employer);
    expect(t.sent("answerCallbackQuery")).toHaveLength(2);
  });

  it("/contacts gives URL buttons", async () => {
    const t = realBot();
    await t.send(text("/contacts"));
    const urls = t.sent("sendMessage").flatMap((c) => buttons(c.payload)).map((b) => b.url);
    expect(urls).toContain("https://github.com/sitano");
  });

  it("a deep link /start skills_rust answers about Rust", async () => {
    const t = realBot();
    await t.send(text("/start skills_rust"));
    expect(t.sent("sendMessage").map((c) => c.payload.text).join("\n")).toMatch(/Rust/);
  });

  it("every command answers with well-formed HTML", async () => {
    const t = realBot();
    for (const command of ["/start", "/help", "/experience", "/skills", "/education", "/contacts", "/summary", "/search rust", "/frobnicate"]) {
      await t.send(text(command));
    }
    const texts = t.sent("sendMessage").map((c) => c.payload.text as string);
    expect(texts.length).toBeGreaterThanOrEqual(9);
    for (const html of texts) {
      expect(html.length).toBeGreaterThan(0);
      expect(html.length).toBeLessThanOrEqual(4096);
      expect(html.replace(/<\/?(b|i|code)>|<a href="[^"]*">|<\/a>/g, "")).not.toMatch(/[<>]/);
    }
  });

  it("/timeline without a renderer still answers, in text", async () => {
    const t = realBot();
    await t.send(text("/timeline"));
    expect(t.sent("sendMessage")[0]?.payload.text).toContain("timeline");
  });

  it("inline: an empty query gives the quick-lookup cards, a query gives articles", async () => {
    const t = realBot();
    await t.send(inlineQuery(""));
    await t.send(inlineQuery("rust"));
    const [empty, rust] = t.sent("answerInlineQuery").map((c) => c.payload.results as { id: string; title: string }[]);
    expect(empty!.length).toBeGreaterThanOrEqual(2);
    expect(empty!.length).toBeLessThanOrEqual(10);
    expect(rust!.length).toBeGreaterThanOrEqual(1);
    expect(rust!.length).toBeLessThanOrEqual(10);
  });
});
