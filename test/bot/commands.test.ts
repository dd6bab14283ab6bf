import { describe, expect, it } from "vitest";
import { answer, createTestBot, edited, fakeEngine, text, textMessage } from "./helpers.js";

const COMMANDS = ["/start", "/help", "/experience", "/skills", "/education", "/contacts", "/summary", "/search rust", "/timeline", "/cv"];

describe("commands", () => {
  it.each(COMMANDS)("%s goes to the engine as typed and its answer is sent as HTML", async (command) => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text(command));
    expect(engine.inputs).toEqual([command]);
    const [call] = t.sent("sendMessage");
    expect(call?.payload).toMatchObject({ chat_id: 7, text: `You said: ${command}`, parse_mode: "HTML" });
  });

  it("strips @botname, case-insensitively, and keeps the arguments", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/experience@resume_test_bot scylla"));
    await t.send(text("/help@Resume_Test_Bot"));
    expect(engine.inputs).toEqual(["/experience scylla", "/help"]);
  });

  it("ignores commands addressed to another bot", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/start@some_other_bot"));
    expect(engine.inputs).toEqual([]);
    expect(t.calls).toEqual([]);
  });

  it("passes deep-link payloads as /start <payload>", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/start experience"));
    await t.send(text("/start skills_rust"));
    expect(engine.inputs).toEqual(["/start experience", "/start skills_rust"]);
  });

  it("sends unknown commands to the engine too (it searches)", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/kubernetes"));
    expect(engine.inputs).toEqual(["/kubernetes"]);
    expect(t.sent("sendMessage")).toHaveLength(1);
  });

  it("treats text that merely starts with a slash path as a question", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(text("/usr/bin experience?"));
    expect(engine.inputs).toEqual(["/usr/bin experience?"]);
  });

  it("sends every message of a multi-message answer, in order, with disabled previews where asked", async () => {
    const engine = fakeEngine({
      respond: () =>
        answer([
          { ...textMessage("first"), disablePreview: true },
          textMessage("second"),
        ]),
    });
    const t = createTestBot({ engine });
    await t.send(text("/contacts"));
    const sent = t.sent("sendMessage").map((c) => c.payload);
    expect(sent.map((p) => p.text)).toEqual(["first", "second"]);
    expect(sent[0]?.link_preview_options).toEqual({ is_disabled: true });
    expect(sent[1]?.link_preview_options).toBeUndefined();
  });

  it("escapes engine text into HTML", async () => {
    const engine = fakeEngine({ respond: () => answer([{ lines: [[{ text: "C++ <templates> & Rust", style: "bold" }]] }]) });
    const t = createTestBot({ engine });
    await t.send(text("/skills"));
    expect(t.sent("sendMessage")[0]?.payload.text).toBe("<b>C++ &lt;templates&gt; &amp; Rust</b>");
  });

  it("splits a very long answer into several messages, buttons under the last", async () => {
    const long = Array.from({ length: 40 }, (_, i) => [[{ text: `Paragraph ${i} ` + "word ".repeat(60) }], []]).flat();
    const engine = fakeEngine({
      respond: () => answer([{ lines: long, buttons: [[{ text: "More", action: { type: "section", name: "skills" } }]] }]),
    });
    const t = createTestBot({ engine });
    await t.send(text("/experience"));
    const sent = t.sent("sendMessage").map((c) => c.payload);
    expect(sent.length).toBeGreaterThan(1);
    for (const p of sent) expect((p.text as string).length).toBeLessThanOrEqual(4096);
    expect(sent.slice(0, -1).every((p) => p.reply_markup === undefined)).toBe(true);
    expect(sent.at(-1)?.reply_markup).toEqual({ inline_keyboard: [[{ text: "More", callback_data: "s:skills" }]] });
  });

  it("answers an edited command in a private chat as a new one", async () => {
    const engine = fakeEngine();
    const t = createTestBot({ engine });
    await t.send(edited("/skills"));
    expect(engine.inputs).toEqual(["/skills"]);
    expect(t.sent("sendMessage")).toHaveLength(1);
  });
});
