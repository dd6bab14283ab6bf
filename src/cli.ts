#!/usr/bin/env node
// The same bot in a terminal, no Telegram token needed.
//   npm run chat                         interactive chat (type a number to press a button)
//   npm run chat -- --lang ru            the same, as a user whose Telegram language is Russian
//   npm run ask -- "Has he used Kafka?"  one answer, printed
//   npm run --silent ask -- --jsonl      one message per stdin line → one JSON object per line:
//                                        {"input": string, "replies": string[], "found": boolean}
//                                        a line {"chat","text","lang"?} belongs to that chat's conversation
//                                        (its output adds "chat"); in the chat, /new starts over
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { messageToPlainText } from "./answer/plain-text.js";
import type { Action, Answer, Button, MediaKind } from "./answer/types.js";
import { createEngine, type Conversation, type Engine, type Turn } from "./engine.js";
import { KnowledgeError, KnowledgeErrors } from "./knowledge/errors.js";
import { loadKnowledgeQuickly } from "./knowledge/load-quickly.js";
import { inputLines, jsonLine, LineWriter, OutputClosed } from "./jsonl-io.js";
import type { MediaRenderer } from "./render/index.js";
import { runAsProgram } from "./entry.js";
import type { Lang } from "./language/detect.js";

interface CliArgs {
  jsonl: boolean;
  knowledge?: string;
  /** The user's language, as Telegram's language_code would give it ("ru", "en"). */
  lang?: Lang;
  question: string[];
}

/** A command-line mistake: printed with the usage, exit code 2. */
class UsageError extends Error {}

const LANGS: readonly Lang[] = ["en", "ru"];

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { jsonl: false, question: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--jsonl") args.jsonl = true;
    else if (a === "--knowledge") args.knowledge = argv[++i];
    else if (a === "--lang" || a.startsWith("--lang=")) args.lang = parseLang(a.includes("=") ? a.slice(7) : argv[++i]);
    else args.question.push(a);
  }
  return args;
}

function parseLang(value: string | undefined): Lang {
  const lang = LANGS.find((l) => l === value?.trim().toLowerCase());
  if (!lang) throw new UsageError(`--lang must be one of ${LANGS.join(", ")}${value ? `, not “${value}”` : ""}`);
  return lang;
}

/** The plain text a Telegram user would see, one string per message. */
export function replies(a: Answer): string[] {
  return a.messages.map(messageToPlainText);
}

function flatButtons(a: Answer): Button[] {
  return a.messages.flatMap((m) => m.buttons?.flat() ?? []);
}

/** One jsonl input line: plain text (a fresh conversation) or {"chat","text","lang"?} (that chat's conversation). */
function parseJsonlLine(line: string): { chat?: string; text: string; lang?: string } {
  if (!line.trimStart().startsWith("{")) return { text: line };
  try {
    const v = JSON.parse(line) as Record<string, unknown>;
    if (typeof v.text !== "string") return { text: line };
    const chat = typeof v.chat === "string" || typeof v.chat === "number" ? String(v.chat) : undefined;
    return { chat, text: v.text, lang: typeof v.lang === "string" ? v.lang : undefined };
  } catch {
    return { text: line };
  }
}

/** Answers one jsonl line; conversations are kept per chat id, in order. */
export function jsonlAnswer(engine: Engine, line: string, conversations: Map<string, Conversation>, defaultLang?: string): string {
  const { chat, text, lang = defaultLang } = parseJsonlLine(line);
  const { answer: a, conversation } = engine.handle({ text, lang }, chat === undefined ? undefined : conversations.get(chat));
  if (chat !== undefined) conversations.set(chat, conversation);
  return jsonLine({ input: chat === undefined ? line : text, replies: replies(a), found: a.found, ...(chat === undefined ? {} : { chat }) });
}

/** One JSON line per input line (see jsonl-io.ts): every line reaches even a slow reader, in order. */
async function runJsonl(engine: Engine, lang?: Lang): Promise<void> {
  const out = new LineWriter(process.stdout);
  const conversations = new Map<string, Conversation>();
  try {
    for await (const line of inputLines(process.stdin)) {
      await out.write(jsonlAnswer(engine, line, conversations, lang));
    }
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e; // the reader left (`| head`): nothing more to deliver
  }
  await out.flush();
}

/** Renders a picture or PDF into out/, as the bot would send it; loaded on first use to keep start-up lean. */
async function writeMedia(engine: Engine, kind: MediaKind): Promise<string> {
  const { createMediaRenderer } = await import("./render/index.js");
  renderer ??= createMediaRenderer(engine.knowledge.resume);
  try {
    const file = await renderer.render(kind);
    mkdirSync("out", { recursive: true });
    const path = join("out", file.fileName);
    writeFileSync(path, file.data);
    return `[${kind === "timeline" ? "picture" : "PDF"} written to ${path}, ${Math.round(file.data.length / 1024)} KB]`;
  } catch (e) {
    return `[could not render the ${kind}: ${(e as Error).message}]`;
  }
}
let renderer: MediaRenderer | undefined;

async function print(a: Answer, engine?: Engine): Promise<Button[]> {
  const buttons = flatButtons(a);
  for (const m of a.messages) {
    console.log(messageToPlainText(m));
    if (m.media) console.log(engine ? await writeMedia(engine, m.media) : "[run `npm run chat` or `npm run render` to get the file]");
  }
  if (buttons.length) {
    console.log(buttons.map((b, i) => `[${i + 1}] ${b.text}${"url" in b ? ` → ${b.url}` : ""}`).join("  "));
  }
  return buttons;
}

async function runChat(engine: Engine, lang?: Lang): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "you › " });
  let conversation: Conversation = {};
  const turn = async (t: Turn) => {
    const handled = engine.handle({ ...t, lang }, conversation);
    conversation = handled.conversation;
    return print(handled.answer, engine);
  };
  let buttons = await turn({ text: "/start" });
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === "/quit" || input === "/exit") break;
    if (input === "/new") {
      // One conversation in the terminal; /new forgets what it was about.
      conversation = {};
      buttons = [];
      console.log("(new conversation)");
    } else if (input) {
      const pressed = /^\d+$/.test(input) ? buttons[Number(input) - 1] : undefined;
      console.log();
      if (pressed && "action" in pressed) buttons = await turn({ action: pressed.action as Action });
      else if (pressed && "url" in pressed) console.log(pressed.url);
      else if (/^\d+$/.test(input) && !/^(19|20)\d\d$/.test(input)) {
        console.log(buttons.length ? `Press 1 to ${buttons.length}, or ask a question.` : "No buttons here: ask a question, or /help.");
      } else buttons = await turn({ text: input });
      console.log();
    }
    rl.prompt();
  }
  rl.close();
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\nUsage: npm run chat -- [--lang ru|en] [--knowledge DIR] | npm run ask -- [--lang ru|en] [--jsonl] [question]`);
    return 2;
  }
  let engine: Engine;
  try {
    engine = createEngine(await loadKnowledgeQuickly(args.knowledge ?? process.env.KNOWLEDGE_DIR ?? "knowledge"));
  } catch (e) {
    if (e instanceof KnowledgeErrors || e instanceof KnowledgeError) {
      console.error(`Cannot load the résumé:\n${e.message}`);
      return 1;
    }
    throw e;
  }
  if (args.jsonl) await runJsonl(engine, args.lang);
  else if (args.question.length) await print(engine.handle({ text: args.question.join(" "), lang: args.lang }).answer);
  else await runChat(engine, args.lang);
  return 0;
}

runAsProgram(import.meta.url, () => main());
