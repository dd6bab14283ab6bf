#!/usr/bin/env node
// The same bot in a terminal, no Telegram token needed.
//   npm run chat                         interactive chat (type a number to press a button)
//   npm run ask -- "Has he used Kafka?"  one answer, printed
//   npm run --silent ask -- --jsonl      one message per stdin line → one JSON object per line:
//                                        {"input": string, "replies": string[], "found": boolean}
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { messageToPlainText } from "./answer/plain-text.js";
import type { Action, Answer, Button } from "./answer/types.js";
import { createEngine, type Engine } from "./engine.js";
import { KnowledgeError, KnowledgeErrors } from "./knowledge/errors.js";
import { loadKnowledge } from "./knowledge/load.js";

interface CliArgs {
  jsonl: boolean;
  knowledge?: string;
  question: string[];
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { jsonl: false, question: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--jsonl") args.jsonl = true;
    else if (a === "--knowledge") args.knowledge = argv[++i];
    else args.question.push(a);
  }
  return args;
}

/** The plain text a Telegram user would see, one string per message. */
export function replies(a: Answer): string[] {
  return a.messages.map(messageToPlainText);
}

function flatButtons(a: Answer): Button[] {
  return a.messages.flatMap((m) => m.buttons?.flat() ?? []);
}

async function runJsonl(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const a = engine.respond(line);
    process.stdout.write(`${JSON.stringify({ input: line, replies: replies(a), found: a.found })}\n`);
  }
}

function print(a: Answer): Button[] {
  const buttons = flatButtons(a);
  for (const m of a.messages) {
    console.log(messageToPlainText(m));
    if (m.media) console.log(`[${m.media === "timeline" ? "picture" : "PDF"}: run \`npm run render\` to write it to out/]`);
  }
  if (buttons.length) {
    console.log(buttons.map((b, i) => `[${i + 1}] ${b.text}${"url" in b ? ` → ${b.url}` : ""}`).join("  "));
  }
  return buttons;
}

async function runChat(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "you › " });
  let buttons = print(engine.respond("/start"));
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === "/quit" || input === "/exit") break;
    if (input) {
      const pressed = /^\d+$/.test(input) ? buttons[Number(input) - 1] : undefined;
      console.log();
      if (pressed && "action" in pressed) buttons = print(engine.act(pressed.action as Action));
      else if (pressed && "url" in pressed) console.log(pressed.url);
      else buttons = print(engine.respond(input));
      console.log();
    }
    rl.prompt();
  }
  rl.close();
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const args = parseArgs(argv);
  let engine: Engine;
  try {
    engine = createEngine(loadKnowledge(args.knowledge ?? process.env.KNOWLEDGE_DIR ?? "knowledge"));
  } catch (e) {
    if (e instanceof KnowledgeErrors || e instanceof KnowledgeError) {
      console.error(`Cannot load the résumé:\n${e.message}`);
      return 1;
    }
    throw e;
  }
  if (args.jsonl) await runJsonl(engine);
  else if (args.question.length) print(engine.respond(args.question.join(" ")));
  else await runChat(engine);
  return 0;
}

// Run only as the entry point, so tests can import this file without starting a chat.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
