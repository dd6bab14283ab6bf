// End to end over real HTTP: the bot (createBot + runner long polling) against the telegram-test-api
// emulator, driven by the emulator's client like a user would.
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { registerCommands } from "../../src/bot/commands-menu.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import type { Transport } from "../../src/bot/transports/transport.js";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import { createMediaRenderer } from "../../src/render/index.js";
import { botMessageWhere, botReplies, callbackButtons, E2E_TOKEN, replyText, startEmulator } from "./emulator.js";

const EMPLOYERS = ["Workato", "ScyllaDB", "Nimses", "Exit Games", "Neodinamika"];

let server: TelegramServer;
let transport: Transport;
const logs: string[] = [];

beforeAll(async () => {
  server = await startEmulator();
  const knowledge = loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  const logger = createLogger({ level: "info", secrets: [E2E_TOKEN], write: (l) => logs.push(l) });
  const bot = createBot({
    token: E2E_TOKEN,
    engine: createEngine(knowledge),
    apiRoot: server.config.apiURL,
    renderer: createMediaRenderer(knowledge.resume),
    logger,
    // The emulator answers setMyCommands 500 for good: quick retries, not the production minute.
    network: { delayMs: 10, deadlineMs: 500 },
  });
  await bot.init();
  transport = await startPolling(bot, { logger });
  await registerCommands(bot.api, logger); // the emulator refuses it: logged, not fatal
});

afterAll(async () => {
  await transport?.stop();
  await server?.stop();
});

describe("bot against the Bot API emulator (long polling)", () => {
  it("a failed setMyCommands was logged and the bot is still running", () => {
    expect(logs.join("\n")).toMatch(/could not register the command menu/);
    expect(logs.join("\n")).not.toContain(E2E_TOKEN);
  });

  it("/start, /experience, a job button, « back, a question and an unknown command", async () => {
    const client = server.getClient(E2E_TOKEN, { timeout: 5000 });

    await client.sendCommand(client.makeCommand("/start"));
    const [start] = await botReplies(server, E2E_TOKEN);
    expect(replyText(start!)).toContain("Ivan Prisyazhnyy");
    expect(start!.message.parse_mode).toBe("HTML");

    await client.sendCommand(client.makeCommand("/experience"));
    const [list] = await botReplies(server, E2E_TOKEN);
    for (const employer of EMPLOYERS) expect(replyText(list!)).toContain(employer);
    const jobs = callbackButtons(list!).filter((b) => b.callback_data.startsWith("j:"));
    expect(jobs).toHaveLength(7);

    const scylla = jobs.find((b) => b.callback_data === "j:scylladb")!;
    await client.sendCallback(client.makeCallbackQuery(scylla.callback_data, { message: { message_id: list!.messageId } }));
    const edited = await botMessageWhere(server, (m) => m.messageId === list!.messageId && !replyText(m).includes("Nimses"));
    expect(replyText(edited)).toContain("ScyllaDB");
    const back = callbackButtons(edited).find((b) => b.callback_data === "x")!;
    expect(back).toBeDefined();

    await client.sendCallback(client.makeCallbackQuery(back.callback_data, { message: { message_id: list!.messageId } }));
    const restored = await botMessageWhere(server, (m) => m.messageId === list!.messageId && replyText(m).includes("Nimses"));
    expect(callbackButtons(restored).filter((b) => b.callback_data.startsWith("j:"))).toHaveLength(7);

    await client.sendMessage(client.makeMessage("Did he work with Rust?"));
    const [rust] = await botReplies(server, E2E_TOKEN);
    expect(replyText(rust!)).toMatch(/Rust/);

    await client.sendCommand(client.makeCommand("/frobnicate"));
    const [unknown] = await botReplies(server, E2E_TOKEN);
    expect(replyText(unknown!)).toMatch(/frobnicate/);
  });

  it("a forged button gets a notice and no message; the bot keeps answering", async () => {
    const client = server.getClient(E2E_TOKEN, { timeout: 5000 });
    const before = server.storage.botMessages.length;
    await client.sendCallback(client.makeCallbackQuery("j:does-not-exist"));
    await client.sendCommand(client.makeCommand("/help"));
    const [help] = await botReplies(server, E2E_TOKEN);
    expect(replyText(help!).length).toBeGreaterThan(0);
    expect(server.storage.botMessages.length).toBe(before + 1);
  });

  it("/timeline falls back to text when the API refuses the photo", async () => {
    const client = server.getClient(E2E_TOKEN, { timeout: 5000 });
    await client.sendCommand(client.makeCommand("/timeline"));
    const [timeline] = await botReplies(server, E2E_TOKEN, 1, 15_000);
    expect(replyText(timeline!)).toMatch(/timeline/i);
    expect(logs.join("\n")).toMatch(/media upload failed; sending text instead/);
  });
});
