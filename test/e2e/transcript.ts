// Prints a session with the bot as a Telegram user would see it, over real HTTP against the Bot API
// emulator: npx tsx test/e2e/transcript.ts
import { createBot } from "../../src/bot/create-bot.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import { botMessageWhere, botReplies, E2E_TOKEN, startEmulator } from "./emulator.js";

const plain = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

function show(who: string, message: { text?: string; reply_markup?: unknown }): void {
  console.log(`${who}:`);
  for (const line of plain(message.text ?? "").split("\n")) console.log(`  ${line}`);
  const rows = (message.reply_markup as { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] } | undefined)?.inline_keyboard ?? [];
  for (const row of rows) console.log(`  ${row.map((b) => `[${b.text} → ${b.callback_data ?? b.url}]`).join(" ")}`);
  console.log();
}

const server = await startEmulator();
const bot = createBot({
  token: E2E_TOKEN,
  engine: createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR)),
  apiRoot: server.config.apiURL,
  logger: createLogger({ level: "silent" }),
});
await bot.init();
const transport = await startPolling(bot, { logger: createLogger({ level: "silent" }) });
const client = server.getClient(E2E_TOKEN, { timeout: 5000 });

async function say(text: string) {
  console.log(`user: ${text}\n`);
  await (text.startsWith("/") ? client.sendCommand(client.makeCommand(text)) : client.sendMessage(client.makeMessage(text)));
  const replies = await botReplies(server, E2E_TOKEN);
  for (const r of replies) show("bot", r.message as never);
  return replies;
}

try {
  await say("/start");
  const [list] = await say("/experience");
  console.log("user: (presses [ScyllaDB Inc.])\n");
  await client.sendCallback(client.makeCallbackQuery("j:scylladb", { message: { message_id: list!.messageId } }));
  const edited = await botMessageWhere(server, (m) => m.messageId === list!.messageId && !(m.message.text ?? "").includes("Nimses"));
  show("bot (edits the list in place)", edited.message as never);
  await say("What did he do at ScyllaDB?");
  await say("/frobnicate");
} finally {
  await transport.stop();
  await server.stop();
}
