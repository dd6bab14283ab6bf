// Issue 16, items 1 and 15: `ask --jsonl` is a scripting contract. Every input line gets exactly one JSON
// line, in order, even through a pipe whose reader is slow to start, and whatever characters the input holds.
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { inputLines, jsonLine } from "../../src/jsonl-io.js";
import { ROOT } from "../e2e/process.js";
import { Readable } from "node:stream";

// The built CLI (test/support/build.ts compiles dist/ once per run and fails the run when tsc fails).
const CLI = ["dist/cli.js", "--jsonl"];

interface Row {
  input: string;
  replies: string[];
  found: boolean;
}

describe("item 1: ask --jsonl through a pipe to a slow reader", () => {
  it("a reader that waits until the writer is done (or 4 s) still gets every line, in order", async () => {
    const count = 6_000;
    const inputs = Array.from({ length: count }, (_, i) => `question ${i} about kafka`);
    const child = spawn(process.execPath, CLI, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    child.stdin.end(inputs.join("\n") + "\n");
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    // Do not read: the pipe fills and the writer must wait. Resume once the child has exited (the old
    // writer did, with most lines still queued) or after 4 s (a writer that respects backpressure cannot
    // exit before its reader reads).
    child.stdout.pause();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 4_000))]);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    await new Promise((r) => child.stdout.once("end", r));
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
    const lines = Buffer.concat(chunks).toString("utf8").split("\n");
    expect(lines.pop()).toBe(""); // ends with a newline
    expect(lines).toHaveLength(count);
    expect(lines.map((l) => (JSON.parse(l) as Row).input)).toEqual(inputs);
  }, 60_000);

  it("a reader that leaves early (`| head -1`) ends the writer quietly, exit 0", () => {
    const run = spawnSync("bash", ["-c", `yes "has he used kafka" | head -3000 | node ${CLI.join(" ")} | head -1`], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe("item 15: one JSON object per input line, always", () => {
  it("a bare CR inside an input, CRLF line ends, U+2028/U+2029/U+0085: 20 lines in, 20 objects out, each one line", () => {
    const inputs = Array.from({ length: 20 }, (_, i) => `kafka ${i}`);
    inputs[3] = "has he used\rkafka"; // bare CR inside one input
    inputs[7] = "rust\u2028go"; // LINE SEPARATOR
    inputs[9] = "java\u0085c++"; // NEXT LINE
    inputs[11] = "redis\u2029aws"; // PARAGRAPH SEPARATOR
    // Every line but the last ends in CRLF; the last has no line end at all.
    const stdin = inputs.slice(0, -1).map((l) => `${l}\r\n`).join("") + inputs.at(-1);
    const run = spawnSync(process.execPath, CLI, { cwd: ROOT, input: stdin, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).not.toMatch(/[\r\u0085\u2028\u2029]/); // no raw line-break characters anywhere
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(20);
    expect(lines.map((l) => (JSON.parse(l) as Row).input)).toEqual(inputs);
  });

  it("inputLines splits on LF only; jsonLine escapes U+0085/U+2028/U+2029 and stays valid JSON", async () => {
    const lines: string[] = [];
    // Split across chunk boundaries, with a multi-byte character cut in half.
    const bytes = Buffer.from("a\rb\r\nc\u2028d\nété\n\nlast");
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 13), bytes.subarray(13)];
    for await (const line of inputLines(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(["a\rb", "c\u2028d", "été", "", "last"]);
    const encoded = jsonLine({ s: "x\u2028y\u0085z\u2029" });
    expect(encoded).toBe('{"s":"x\\u2028y\\u0085z\\u2029"}');
    expect(JSON.parse(encoded)).toEqual({ s: "x\u2028y\u0085z\u2029" });
  });
});
