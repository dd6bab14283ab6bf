import { describe, expect, it } from "vitest";
import type { Action } from "../../src/answer/types.js";
import { BACK_BUTTON, FAILED_BUTTON_NOTICE, STALE_BUTTON_NOTICE } from "../../src/bot/features/callbacks.js";
import { answer, callback, createTestBot, fakeEngine, message, text, textMessage } from "./helpers.js";

const list = () =>
  answer([
    {
      lines: [[{ text: "Experience", style: "bold" }]],
      buttons: [
        [{ text: "Acme", action: { type: "job", id: "acme" } }],
        [{ text: "Globex", action: { type: "job", id: "globex" } }],
      ],
    },
  ]);

describe("buttons", () => {
  it("turns engine buttons into callback buttons and URL buttons", async () => {
    const engine = fakeEngine({
      respond: () =>
        answer([
          {
            ...textMessage("Contacts"),
            buttons: [
              [{ text: "GitHub", url: "https://github.com/someone" }, { text: "Telegram", url: "tg://resolve?domain=someone" }],
              [{ text: "Email", url: "mailto:someone@example.com" }],
              [{ text: "Skills", action: { type: "section", name: "skills" } }, { text: "Rust", action: { type: "skill", name: "Rust" } }],
            ],
          },
        ]),
    });
    const t = createTestBot({ engine });
    await t.send(text("/contacts"));
    expect(t.sent("sendMessage")[0]?.payload.reply_markup).toEqual({
      inline_keyboard: [
        [
          { text: "GitHub", url: "https://github.com/someone" },
          { text: "Telegram", url: "tg://resolve?domain=someone" },
        ],
        // mailto: is not allowed on a button (Telegram would refuse the whole message): dropped, row gone.
        [
          { text: "Skills", callback_data: "s:skills" },
          { text: "Rust", callback_data: "k:Rust" },
        ],
      ],
    });
  });

  it("a job button edits the list in place into the job's details with a « Back button, and answers the query once", async () => {
    const engine = fakeEngine({ act: (a) => (a.type === "job" ? answer([textMessage(`Details of ${a.id}`)]) : list()) });
    const t = createTestBot({ engine });
    const pressed = message({ text: "Experience", from: { id: 4242, is_bot: true, first_name: "Résumé" } });
    await t.send(callback("j:globex", { message: pressed }));
    expect(engine.actions).toEqual([{ type: "job", id: "globex" }]);
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
    expect(t.sent("answerCallbackQuery")[0]?.payload.text).toBeUndefined();
    expect(t.sent("sendMessage")).toHaveLength(0);
    const [edit] = t.sent("editMessageText");
    expect(edit?.payload).toMatchObject({
      chat_id: 7,
      message_id: pressed.message_id,
      text: "Details of globex",
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: BACK_BUTTON.text, callback_data: "x" }]] },
    });
  });

  it("« Back edits the details back into the list", async () => {
    const engine = fakeEngine({ act: () => list() });
    const t = createTestBot({ engine });
    await t.send(callback("x"));
    expect(engine.actions).toEqual([{ type: "experience" }]);
    const [edit] = t.sent("editMessageText");
    expect(edit?.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: "Acme", callback_data: "j:acme" }], [{ text: "Globex", callback_data: "j:globex" }]],
    });
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
  });

  it("does not add a second Back button when the engine gave one", async () => {
    const engine = fakeEngine({ act: () => answer([{ ...textMessage("Acme"), buttons: [[{ text: "All jobs", action: { type: "section", name: "experience" } }]] }]) });
    const t = createTestBot({ engine });
    await t.send(callback("j:acme"));
    expect(t.sent("editMessageText")[0]?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "All jobs", callback_data: "s:experience" }]] });
  });

  it("pressing the same button twice is fine (Telegram's 'message is not modified' is not an error)", async () => {
    const t = createTestBot();
    t.fail("editMessageText", { error_code: 400, description: "Bad Request: message is not modified" });
    await t.send(callback("j:acme"));
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
    expect(t.sent("sendMessage")).toHaveLength(0);
    expect(t.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("falls back to a new message when the old one cannot be edited", async () => {
    const t = createTestBot();
    t.fail("editMessageText", { error_code: 400, description: "Bad Request: message can't be edited" });
    await t.send(callback("j:acme"));
    expect(t.sent("sendMessage")).toHaveLength(1);
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
  });

  it.each<[string, Action]>([
    ["s:skills", { type: "section", name: "skills" }],
    ["k:Rust", { type: "skill", name: "Rust" }],
    ["a:what about Go?", { type: "ask", text: "what about Go?" }],
  ])("%s answers with a new message", async (data, action) => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(callback(data));
    expect(engine.actions).toEqual([action]);
    expect(t.sent("sendMessage")).toHaveLength(1);
    expect(t.sent("editMessageText")).toHaveLength(0);
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
  });

  it.each(["", "garbage", "j:no-such-job", "s:secrets", "h:forgotten123456", "j:" + "a".repeat(62)])(
    "stale or forged data %j gets the out-of-date notice, once, and nothing else",
    async (data) => {
      const engine = fakeEngine();
      const t = createTestBot({ engine });
      await t.send(callback(data));
      expect(engine.actions).toEqual([]);
      expect(t.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(t.calls[0]?.payload.text).toBe(STALE_BUTTON_NOTICE);
    },
  );

  it("when the engine throws on a button, the query is still answered once, with an apology notice", async () => {
    const engine = fakeEngine({
      act: () => {
        throw new Error("boom");
      },
    });
    const t = createTestBot({ engine });
    await t.send(callback("s:skills"));
    expect(t.sent("answerCallbackQuery").map((c) => c.payload.text)).toEqual([FAILED_BUTTON_NOTICE]);
    expect(t.logs.some((l) => l.level === "error" && l.msg === "handler failed" && l.error === "boom")).toBe(true);
  });

  it("when sending fails after the query was answered, it is not answered again", async () => {
    const t = createTestBot();
    t.fail("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await t.send(callback("s:skills"));
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
    expect(t.sent("answerCallbackQuery")[0]?.payload.text).toBeUndefined();
  });

  it("a failing answerCallbackQuery does not stop the answer", async () => {
    const t = createTestBot();
    t.fail("answerCallbackQuery", { error_code: 400, description: "Bad Request: query is too old" });
    await t.send(callback("s:skills"));
    expect(t.sent("sendMessage")).toHaveLength(1);
  });

  it("a callback query without data (a game button) still gets answered", async () => {
    const t = createTestBot();
    const update = callback("x");
    delete (update.callback_query as { data?: string }).data;
    (update.callback_query as { game_short_name?: string }).game_short_name = "g";
    await t.send(update);
    expect(t.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
  });

  it("a button under an inline-mode message (no chat) is edited through inline_message_id", async () => {
    const t = createTestBot();
    await t.send(callback("s:skills", { message: undefined, inline_message_id: "inline-1" }));
    expect(t.sent("editMessageText")[0]?.payload).toMatchObject({ inline_message_id: "inline-1" });
    expect(t.sent("answerCallbackQuery")).toHaveLength(1);
  });

  it("free text without an answer still shows the engine's suggestion buttons", async () => {
    const engine = fakeEngine({
      respond: () =>
        answer([{ ...textMessage("The résumé does not mention that."), buttons: [[{ text: "Rust", action: { type: "skill", name: "Rust" } }]] }], {
          found: false,
          intent: "not-found",
        }),
    });
    const t = createTestBot({ engine });
    await t.send(text("Does he know COBOL?"));
    expect(t.sent("sendMessage")[0]?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "Rust", callback_data: "k:Rust" }]] });
  });
});
