// A sample of the bot fuzzing `npm run fuzz` does at scale (test/fuzz/bot-properties.ts): any update a
// user can produce, through bot.handleUpdate, with every sent text checked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledEngine } from "../helpers.js";
import { botProperty, checkRun, materialise, runBot, updateDraft } from "./bot-properties.js";

describe("fuzzing through the bot", () => {
  it("any sequence of updates: no throw, valid bounded HTML, callbacks and inline queries answered once, deterministic", async () => {
    await fc.assert(botProperty(bundledEngine()), { numRuns: 300, seed: 42 });
  }, 60_000);

  it("the checker catches a broken run (it is not vacuous)", async () => {
    const [draft] = fc.sample(updateDraft.filter((d) => d.kind === "callback query"), { numRuns: 1, seed: 1 });
    const updates = materialise([draft!]);
    const run = await runBot(bundledEngine(), updates);
    expect(() => checkRun(updates, run)).not.toThrow();
    const unanswered = { ...run, calls: run.calls.filter((c) => c.method !== "answerCallbackQuery") };
    expect(() => checkRun(updates, unanswered)).toThrow(/answered 0 times/);
    const tooLong = { ...run, calls: [...run.calls, { method: "sendMessage", payload: { chat_id: updates[0]!.callback_query!.message?.chat.id ?? 7, text: "x".repeat(4097) } }] };
    expect(() => checkRun(updates, tooLong)).toThrow(/4097 > 4096/);
    const badHtml = { ...run, calls: [...run.calls, { method: "sendMessage", payload: { chat_id: updates[0]!.callback_query!.message?.chat.id ?? 7, text: "<b>a", parse_mode: "HTML" } }] };
    expect(() => checkRun(updates, badHtml)).toThrow(/unclosed/);
  });
});
