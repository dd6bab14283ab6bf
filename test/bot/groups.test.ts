import { describe, expect, it } from "vitest";
import { nonTextHint } from "../../src/bot/features/non-text.js";
import { BOT_INFO, createTestBot, edited, fakeEngine, GROUP_CHAT, message, messageUpdate, text } from "./helpers.js";

const inGroup = { chat: GROUP_CHAT };
const botMessage = () => message({ chat: GROUP_CHAT, from: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé" }, text: "earlier answer" });

describe("groups", () => {
  it("answers commands, quoting the question", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    const update = text("/experience", inGroup);
    await t.send(update);
    expect(engine.inputs).toEqual(["/experience"]);
    expect(t.sent("sendMessage")[0]?.payload).toMatchObject({
      chat_id: GROUP_CHAT.id,
      reply_parameters: { message_id: update.message!.message_id, allow_sending_without_reply: true },
    });
  });

  it("answers /cmd@ourbot but not /cmd@otherbot", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/skills@resume_test_bot", inGroup));
    await t.send(text("/skills@other_bot", inGroup));
    expect(engine.inputs).toEqual(["/skills"]);
  });

  it("answers a mention, without the mention in the question", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("@resume_test_bot what did he do at ScyllaDB?", inGroup));
    await t.send(text("Hey @Resume_Test_Bot, Rust?", inGroup));
    expect(engine.inputs).toEqual(["what did he do at ScyllaDB?", "Hey Rust?"]);
  });

  it("a bare mention gets the help", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("@resume_test_bot", inGroup));
    expect(engine.inputs).toEqual(["/help"]);
  });

  it("answers a reply to one of its messages", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("and before that?", { ...inGroup, reply_to_message: botMessage() as never }));
    expect(engine.inputs).toEqual(["and before that?"]);
  });

  it("ignores other chatter, other mentions, replies to others and edits", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("lunch at noon?", inGroup));
    await t.send(text("@someone_else look", inGroup));
    await t.send(text("agreed", { ...inGroup, reply_to_message: message({ chat: GROUP_CHAT, text: "x" }) as never }));
    await t.send(edited("@resume_test_bot skills?", inGroup));
    await t.send(messageUpdate({ chat: GROUP_CHAT, new_chat_members: [{ id: 9, is_bot: false, first_name: "N" }] }));
    expect(engine.inputs).toEqual([]);
    expect(t.calls).toEqual([]);
  });

  it("ignores stickers in groups unless they reply to the bot", async () => {
    const t = createTestBot();
    await t.send(messageUpdate({ chat: GROUP_CHAT, sticker: { file_id: "s" } as never }));
    expect(t.calls).toEqual([]);
    await t.send(messageUpdate({ chat: GROUP_CHAT, sticker: { file_id: "s" } as never, reply_to_message: botMessage() as never }));
    expect(t.sent("sendMessage")[0]?.payload.text).toMatch(/^I can only read text\./);
  });

  it("ignores its own inline results posted into a chat (private or group)", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    const via = { via_bot: { id: BOT_INFO.id, is_bot: true, first_name: "Résumé", username: BOT_INFO.username } } as never;
    await t.send(text("Ivan's experience, newest first: …", via));
    await t.send(text("@resume_test_bot answer", { chat: GROUP_CHAT, ...(via as object) }));
    expect(engine.inputs).toEqual([]);
    expect(t.calls).toEqual([]);
  });

  it("never answers in channels", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send({ channel_post: { message_id: 1, date: 1, chat: { id: -1001, type: "channel", title: "News" }, text: "/start" } as never });
    expect(t.calls).toEqual([]);
  });
});

describe("non-text messages in private chats", () => {
  it.each([
    ["photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }],
    ["sticker", { sticker: { file_id: "s" } }],
    ["voice", { voice: { file_id: "v", duration: 1 } }],
    ["document", { document: { file_id: "d" } }],
    ["location", { location: { latitude: 1, longitude: 2 } }],
    ["contact", { contact: { phone_number: "1", first_name: "A" } }],
    ["video_note", { video_note: { file_id: "n", length: 1, duration: 1 } }],
  ])("a %s gets the text-only hint", async (_kind, fields) => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(messageUpdate(fields as never));
    expect(engine.inputs).toEqual([]);
    expect(t.sent("sendMessage").map((c) => c.payload.text)).toEqual([nonTextHint(engine)]);
  });
});

describe("edited messages in private chats", () => {
  it("an edited question is answered as a new question", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(edited("what about Rust?"));
    expect(engine.inputs).toEqual(["what about Rust?"]);
    expect(t.sent("sendMessage")).toHaveLength(1);
  });
});
