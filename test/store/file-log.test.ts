// The on-disk question log: survives a reopen, rotates by day, drops what retention says, forgets a user.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileQuestionLog } from "../../src/store/file-log.js";

const DAY = 86_400_000;
const T0 = Date.parse("2026-11-20T10:00:00Z");

describe("FileQuestionLog", () => {
  it("keeps entries across a reopen, one file per day, and forgets a user everywhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qlog-"));
    const now = () => T0 + 2 * DAY;
    const log = await FileQuestionLog.open(dir, { retentionDays: 90, now });
    await log.append({ at: T0, userId: 1, kind: "question", found: false, text: "salary?" });
    await log.append({ at: T0 + DAY, userId: 2, kind: "question", found: true });
    await log.append({ at: T0 + DAY, userId: 1, kind: "message", found: true, text: "call me" });
    await log.flush();
    expect(readdirSync(dir).sort()).toEqual(["questions-2026-11-20.jsonl", "questions-2026-11-21.jsonl"]);

    const reopened = await FileQuestionLog.open(dir, { retentionDays: 90, now });
    expect((await reopened.since(0)).map((e) => e.userId)).toEqual([1, 2, 1]);
    expect(await reopened.forget(1)).toBe(2);
    const again = await FileQuestionLog.open(dir, { retentionDays: 90, now });
    expect((await again.since(0)).map((e) => e.userId)).toEqual([2]);
    expect(readdirSync(dir).join()).not.toContain("2026-11-20");
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")).join()).not.toContain("call me");
  });

  it("drops entries older than the retention at open, and skips a torn last line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qlog-"));
    const log = await FileQuestionLog.open(dir, { retentionDays: 90, now: () => T0 });
    await log.append({ at: T0 - 100 * DAY, userId: 7, kind: "question", found: false, text: "old" });
    await log.append({ at: T0, userId: 8, kind: "question", found: false, text: "new" });
    await log.flush();
    const later = await FileQuestionLog.open(dir, { retentionDays: 90, now: () => T0 + DAY });
    expect((await later.since(0)).map((e) => e.text)).toEqual(["new"]);
    expect(readdirSync(dir)).toEqual(["questions-2026-11-20.jsonl"]);
  });

  it("writes in the background: a reopen in this process sees every append, and a failed write is reported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qlog-"));
    const log = await FileQuestionLog.open(dir, { retentionDays: 90, now: () => T0 });
    for (let i = 0; i < 50; i++) void log.append({ at: T0, userId: i, kind: "question", found: true });
    const again = await FileQuestionLog.open(dir, { retentionDays: 90, now: () => T0 });
    expect((await again.since(0)).map((e) => e.userId)).toEqual([...Array(50).keys()]);
    rmSync(dir, { recursive: true, force: true });
    await log.append({ at: T0, userId: 99, kind: "question", found: true });
    await expect(log.flush()).rejects.toThrow();
    await expect(log.flush()).resolves.toBeUndefined();
  });
});
