import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/render/cli.js";
import { decodePng } from "./png.js";

describe("npm run render", () => {
  let dir: string;
  let out: string[];
  let err: string[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "render-cli-"));
    out = [];
    err = [];
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes timeline.png and '<Name> - CV.pdf' and prints paths, sizes and times", async () => {
    const target = join(dir, "out");
    expect(await main(["--knowledge", "knowledge", "--out", target, "--now", "2026-11-26"])).toBe(0);
    const png = readFileSync(join(target, "timeline.png"));
    expect(decodePng(png).width).toBe(1080);
    expect(readFileSync(join(target, "Ivan Prisyazhnyy - CV.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/timeline\.png\s+[\d.]+ KB\s+\d+ ms$/);
    expect(out[1]).toMatch(/Ivan Prisyazhnyy - CV\.pdf\s+[\d.]+ KB\s+\d+ ms$/);
  });

  it("names the file, line and field of a broken résumé, exits 1, no stack trace", async () => {
    const knowledge = join(dir, "knowledge");
    mkdirSync(knowledge);
    // Issue 14: an unreadable field is only a warning now; a file that is not UTF-8 still stops.
    writeFileSync(join(knowledge, "resume.md"), Buffer.concat([Buffer.from("# Bad\n\n## EXPERIENCE\n\n### Dev at F"), Buffer.from([0xff]), Buffer.from("oo\n")]));
    expect(await main(["--knowledge", knowledge, "--out", join(dir, "out")])).toBe(1);
    const message = err.join("\n");
    expect(message).toMatch(/resume\.md:5: \(file\): not valid UTF-8 at bytes ff/);
    expect(message).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("says what is missing when the folder does not exist", async () => {
    expect(await main(["--knowledge", join(dir, "nope")])).toBe(1);
    expect(err.join("\n")).toContain("no such folder");
  });

  it("rejects unknown arguments with the usage", async () => {
    expect(await main(["--bogus"])).toBe(2);
    expect(err.join("\n")).toContain("usage: npm run render");
  });
});
