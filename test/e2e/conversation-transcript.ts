// Prints one conversation with the bot over real HTTP against the Bot API emulator (telegram-test-api), as
// a Telegram user would see it: `npx tsx test/e2e/conversation-transcript.ts [--lang ru]`. The turns are a
// recruiter's follow-ups (each one leans on the last answer), so the transcript shows the conversation
// surviving the transport, not just the engine.
import { createBot } from "../../src/bot/create-bot.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import { createEngine } from "../../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import { botReplies, E2E_TOKEN, startEmulator } from "./emulator.js";

const TURNS: Record<string, string[]> = {
  en: [
    "Tell me about ScyllaDB",
    "how long was he there?",
    "which languages did he use there?",
    "and before that?",
    "Was he the CTO there?",
    "Has he used Kafka?",
    "where?",
    "why did he leave?",
  ],
  ru: [
    "Расскажи про ScyllaDB",
    "сколько он там проработал?",
    "а до этого?",
    "Есть опыт с Kafka?",
    "а сколько лет?",
    "а Go?",
    "Где он учился?",
    "Какая у него зарплата?",
  ],
};

const lang = process.argv.includes("--lang") ? (process.argv[process.argv.indexOf("--lang") + 1] ?? "en") : "en";
const plain = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

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

try {
  for (const [i, text] of (TURNS[lang] ?? TURNS.en!).entries()) {
    console.log(`${i + 1}. user: ${text}`);
    await client.sendMessage(client.makeMessage(text, { from: { language_code: lang } }));
    for (const reply of await botReplies(server, E2E_TOKEN)) {
      const message = reply.message as { text?: string; reply_markup?: { inline_keyboard?: { text: string }[][] } };
      for (const line of plain(message.text ?? "").split("\n")) console.log(`   bot: ${line}`);
      const buttons = (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => `[${b.text}]`);
      if (buttons.length) console.log(`   bot: ${buttons.join(" ")}`);
    }
    console.log();
  }
} finally {
  await transport.stop();
  await server.stop();
}
