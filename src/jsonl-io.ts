// Line I/O for `ask --jsonl`, the scripting contract: one JSON object per input line, every line delivered,
// in order, to however slow a reader.
//   - Input lines end at "\n" only (a "\r\n" loses its "\r"); a bare "\r" inside a line is part of it, so it
//     cannot split one input into two answers.
//   - Output escapes the characters some line readers treat as line breaks (U+0085, U+2028, U+2029), so
//     one object is always exactly one line whatever reads it.
//   - Writes wait for the pipe to drain (backpressure), and the program exits only once stdout is flushed:
//     a process.exit() with writes still queued used to drop most of the output through a pipe.
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/** The input's lines, split on "\n" only; a trailing "\r" (CRLF files) is dropped, a bare "\r" is kept. */
export async function* inputLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let newline: number;
    while ((newline = pending.indexOf("\n")) >= 0) {
      yield stripCr(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.end();
  if (pending !== "") yield stripCr(pending);
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

const LINE_BREAKS_JSON_KEEPS = /[\u0085\u2028\u2029]/g;

/** JSON.stringify, with U+0085, U+2028 and U+2029 escaped as \uXXXX (valid JSON, and no reader splits it). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(LINE_BREAKS_JSON_KEEPS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The reader went away (EPIPE): nothing more can be delivered, and that is not our failure. */
export class OutputClosed extends Error {
  override readonly name = "OutputClosed";
}

/** Writes lines with backpressure: `write` resolves once the stream can take more. */
export class LineWriter {
  private closedError: Error | undefined;

  constructor(private readonly out: Writable) {
    out.on("error", (e: Error) => (this.closedError = e));
  }

  /** Writes `line` and a newline; waits for "drain" when the stream's buffer is full. */
  async write(line: string): Promise<void> {
    this.throwIfClosed();
    if (this.out.write(`${line}\n`)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.out.off("drain", done);
        this.out.off("error", done);
        this.out.off("close", done);
        resolve();
      };
      this.out.once("drain", done);
      this.out.once("error", done);
      this.out.once("close", done);
    });
    this.throwIfClosed();
  }

  /** Resolves once everything written so far has been handed to the operating system. */
  flush(): Promise<void> {
    if (this.closedError || this.out.writableEnded || this.out.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.out.write("", () => resolve()));
  }

  private throwIfClosed(): void {
    if (this.closedError) throw new OutputClosed("the output was closed by its reader", { cause: this.closedError });
  }
}
