// Rich text → the plain text a Telegram user would see (link text shown, markup gone). Used by the CLI and
// by the jsonl contract.
import type { Line, Message } from "./types.js";

export function lineToPlainText(line: Line): string {
  return line.map((s) => s.text).join("");
}

export function messageToPlainText(message: Message): string {
  return message.lines.map(lineToPlainText).join("\n").trim();
}
