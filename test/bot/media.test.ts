import { InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import type { MediaKind } from "../../src/answer/types.js";
import type { MediaRenderer } from "../../src/bot/media.js";
import { answer, createTestBot, fakeEngine, text, textMessage } from "./helpers.js";

function fakeRenderer(fail = false): MediaRenderer & { renders: MediaKind[] } {
  const renders: MediaKind[] = [];
  return {
    renders,
    async render(kind) {
      renders.push(kind);
      if (fail) throw Object.assign(new Error(`could not draw ${kind}`), { name: "RenderError" });
      return kind === "timeline"
        ? { data: Buffer.from("png"), fileName: "timeline.png", mimeType: "image/png", renderMs: 5 }
        : { data: Buffer.from("%PDF"), fileName: "Ivan_CV.pdf", mimeType: "application/pdf", renderMs: 9 };
    },
  };
}

const mediaEngine = (caption = "Career timeline") =>
  fakeEngine({
    respond: (input) =>
      answer([
        {
          ...textMessage(caption),
          media: input === "/cv" ? "cv" : "timeline",
          buttons: [[{ text: "Experience", action: { type: "section", name: "experience" } }]],
        },
      ]),
  });

describe("media answers", () => {
  it("/timeline sends a photo with the message as caption and buttons, then re-uses the file_id", async () => {
    const renderer = fakeRenderer();
    const t = createTestBot({ engine: mediaEngine(), renderer });
    await t.send(text("/timeline"));
    const [first] = t.sent("sendPhoto");
    expect(first?.payload.photo).toBeInstanceOf(InputFile);
    expect(first?.payload).toMatchObject({
      caption: "Career timeline",
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "Experience", callback_data: "s:experience" }]] },
    });
    expect(t.sent("sendChatAction")[0]?.payload.action).toBe("upload_photo");
    await t.send(text("/timeline"));
    expect(t.sent("sendPhoto")[1]?.payload.photo).toBe("photo-file-id");
    expect(renderer.renders).toEqual(["timeline"]);
    expect(t.sent("sendMessage")).toHaveLength(0);
  });

  it("/cv sends a document", async () => {
    const t = createTestBot({ engine: mediaEngine("The CV"), renderer: fakeRenderer() });
    await t.send(text("/cv"));
    const [doc] = t.sent("sendDocument");
    expect(doc?.payload.document).toBeInstanceOf(InputFile);
    expect(doc?.payload.caption).toBe("The CV");
  });

  it("'send me his resume' in free text sends the same document, from the real engine", async () => {
    const { bundledEngine } = await import("../helpers.js");
    const t = createTestBot({ engine: bundledEngine(), renderer: fakeRenderer() });
    await t.send(text("send me his resume"));
    const [doc] = t.sent("sendDocument");
    expect(doc?.payload.document).toBeInstanceOf(InputFile);
    expect(doc?.payload.caption).toMatch(/Ivan Prisyazhnyy — CV \(PDF\)/);
  });

  it("falls back to the text when rendering fails", async () => {
    const t = createTestBot({ engine: mediaEngine(), renderer: fakeRenderer(true) });
    await t.send(text("/timeline"));
    expect(t.sent("sendPhoto")).toHaveLength(0);
    expect(t.sent("sendMessage")[0]?.payload).toMatchObject({ text: "Career timeline", reply_markup: { inline_keyboard: [[{ text: "Experience", callback_data: "s:experience" }]] } });
    expect(t.logs.some((l) => l.level === "warn" && /render failed/.test(l.msg))).toBe(true);
  });

  it("falls back to the text without a renderer, or when Telegram refuses the upload", async () => {
    const a = createTestBot({ engine: mediaEngine() });
    await a.send(text("/timeline"));
    expect(a.sent("sendMessage")).toHaveLength(1);

    const b = createTestBot({ engine: mediaEngine(), renderer: fakeRenderer() });
    b.fail("sendPhoto", { error_code: 400, description: "Bad Request: PHOTO_INVALID_DIMENSIONS" });
    await b.send(text("/timeline"));
    expect(b.sent("sendMessage")[0]?.payload.text).toBe("Career timeline");
  });

  it("a failing sendChatAction does not block the file", async () => {
    const t = createTestBot({ engine: mediaEngine(), renderer: fakeRenderer() });
    t.fail("sendChatAction", { error_code: 500, description: "Internal" });
    await t.send(text("/timeline"));
    expect(t.sent("sendPhoto")).toHaveLength(1);
  });

  it("a caption too long for Telegram (1024) goes in its own message after the file", async () => {
    const t = createTestBot({ engine: mediaEngine("word ".repeat(400)), renderer: fakeRenderer() });
    await t.send(text("/timeline"));
    expect(t.sent("sendPhoto")[0]?.payload.caption).toBeUndefined();
    expect(t.sent("sendMessage")).toHaveLength(1);
    expect(t.calls.map((c) => c.method).filter((m) => m !== "sendChatAction")).toEqual(["sendPhoto", "sendMessage"]);
  });
});
