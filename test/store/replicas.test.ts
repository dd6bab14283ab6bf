// Two `node dist/main.js` webhook replicas sharing one Redis (a redis-server of the test's own, so it can be
// killed and restarted), Telegram played by a small fake Bot API on 127.0.0.1. Updates are posted to either
// replica, as a load balancer would: a redelivery landing on both at once is handled once; one user's flood
// spread over both gets one burst and one notice; with Redis killed every update is still answered (from
// memory, one warning per replica); with Redis back, state is shared again; SIGTERM → both exit 0. A follow-up
// on the other replica keeps its conversation, and the owner's reply to a relay, posted to the other replica,
// reaches the recruiter.
// The build goes into a private folder (as in test/reliability/process.test.ts) so it races no other suite.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLOW_DOWN_NOTICE } from "../../src/bot/flood.js";
import { E2E_TOKEN } from "../e2e/emulator.js";
import { isolatedEnv, ROOT } from "../e2e/process.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { freePort, haveRedisServer, startOwnRedis, testPrefix, type OwnRedis } from "../support/redis.js";

const BUILD = join(ROOT, "node_modules/.cache/resume-bot-replicas");
const OUT = join(BUILD, "dist");
const MAIN = join(OUT, "main.js");
const TOKEN = E2E_TOKEN.replace("987654321", "987654361");
const SECRET = "replicas_test-secret";
const canRun = haveRedisServer("Replicas test");

interface Replica {
  child: ChildProcess;
  base: string;
  logs: () => { level: string; msg: string; [k: string]: unknown }[];
  exited: Promise<number | null>;
}

/** The candidate (OWNER_ID): unanswered questions are relayed to this chat. */
const OWNER = 9001;
/** The message_id the fake Bot API gave each sendMessage, by call. */
const sentIds = new WeakMap<object, number>();
let nextSentId = 5_000;

let redis: OwnRedis;
let api: FakeBotApi;
let replicas: Replica[] = [];

async function startReplica(redisUrl: string, prefix: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: isolatedEnv({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.test/hook",
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      TELEGRAM_API_ROOT: api.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      // A burst of 5 and almost no refill, so the count does not depend on how fast the test runs.
      RATE_LIMIT_BURST: "5",
      RATE_LIMIT_PER_MINUTE: "1",
      // On a crowded test machine Redis can be starved of CPU for longer than the default 150 ms; a command
      // timing out would (rightly) fall back to this replica's own bucket and change the counts.
      REDIS_COMMAND_TIMEOUT_MS: "2000",
      OWNER_ID: String(OWNER),
    }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && !(await fetch(`${base}/healthz`).then((r) => r.ok, () => false)); i++) await sleep(50);
  const logs = () =>
    stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { level: string; msg: string });
  return { child, base, logs, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let nextUpdateId = 1;
function post(replica: Replica, user: number, text: string, updateId = nextUpdateId++, extra: Record<string, unknown> = {}): Promise<number> {
  const update = { update_id: updateId, message: { message_id: updateId, date: 1_700_000_000, chat: { id: user, type: "private", first_name: "U" }, from: { id: user, is_bot: false, first_name: "U" }, text, ...extra } };
  return fetch(`${replica.base}/hook`, { method: "POST", body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } }).then((r) => r.status);
}
const warnings = (r: Replica) => r.logs().filter((l) => l.level === "warn" && l.msg.startsWith("Redis unreachable"));

describe.skipIf(!canRun)("two webhook replicas, one Redis", () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    if (!existsSync(join(BUILD, "knowledge"))) symlinkSync(join(ROOT, "knowledge"), join(BUILD, "knowledge"), "dir");
    await new Promise<void>((done) =>
      execFile("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", OUT, "--tsBuildInfoFile", join(OUT, ".tsbuildinfo")], { cwd: ROOT }, () => done()),
    );
    expect(existsSync(MAIN)).toBe(true);
    redis = await startOwnRedis();
    // Every sendMessage gets a message_id the test can read back (the owner replies to the relay by it).
    api = await startFakeBotApi((call) => {
      if (call.method !== "sendMessage") return undefined;
      const id = nextSentId++;
      sentIds.set(call, id);
      return { ok: true, result: { message_id: id, date: 1_700_000_000, chat: { id: Number(call.payload.chat_id), type: "private", first_name: "U" }, text: String(call.payload.text ?? "") } };
    });
    const prefix = testPrefix("replicas");
    replicas = await Promise.all([startReplica(redis.url, prefix), startReplica(redis.url, prefix)]);
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null) r.child.kill("SIGKILL");
    await redis?.kill();
    await api?.close();
  });

  it("the same update posted to both at once is handled once", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const statuses = await Promise.all([post(a, 501, "Has he used Kafka?", 1_000), post(b, 501, "Has he used Kafka?", 1_000)]);
    expect(statuses).toEqual([200, 200]);
    expect(api.sentTo(501)).toHaveLength(1);
  });

  it("30 messages from one user spread over both: one burst (5) and one notice", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => post(i % 2 ? a : b, 502, `question ${i} about rust`)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(replicas.flatMap(warnings)).toEqual([]); // Redis answered every call: the counts are the shared bucket's
    const texts = api.sentTo(502).map((c) => String(c.payload.text));
    expect(texts.filter((t) => t === SLOW_DOWN_NOTICE)).toHaveLength(1);
    expect(texts.filter((t) => t !== SLOW_DOWN_NOTICE)).toHaveLength(5);
    console.log(`replicas: 30 messages from one user over 2 replicas → ${texts.length - 1} answered + 1 notice`);
  });

  it("a follow-up posted to the other replica keeps its conversation", async () => {
    const [a, b] = replicas as [Replica, Replica];
    expect(await post(a, 503, "Tell me about ScyllaDB")).toBe(200);
    expect(await post(b, 503, "how long was he there?")).toBe(200);
    const [, followUp] = api.sentTo(503).map((c) => String(c.payload.text));
    expect(followUp).toMatch(/ScyllaDB/);
    expect(followUp).toMatch(/1 year 8 months/);
  });

  it("the owner's reply to a relay, posted to the other replica, reaches the recruiter", async () => {
    const [a, b] = replicas as [Replica, Replica];
    expect(await post(a, 504, "What are his salary expectations?")).toBe(200);
    const relay = api.sentTo(OWNER).find((c) => String(c.payload.text).includes("What are his salary expectations?"));
    expect(relay).toBeDefined();
    const reply_to_message = { message_id: sentIds.get(relay!), date: 1_700_000_000, chat: { id: OWNER, type: "private" }, text: String(relay!.payload.text) };
    expect(await post(b, OWNER, "Open to talk, write me on LinkedIn", nextUpdateId++, { reply_to_message })).toBe(200);
    expect(api.sentTo(504).map((c) => String(c.payload.text))).toContainEqual(expect.stringMatching(/replied: Open to talk, write me on LinkedIn/));
  });

  it("Redis killed: every update still answered (one warning per replica); Redis back: shared again", async () => {
    const [a, b] = replicas as [Replica, Replica];
    await redis.kill();
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const user = 600 + i;
      const t0 = performance.now();
      expect(await post(i % 2 ? a : b, user, "Where did he work in 2016?")).toBe(200);
      const reply = api.sentTo(user)[0];
      expect(reply).toBeDefined();
      latencies.push(reply!.at - t0);
    }
    expect(warnings(a)).toHaveLength(1);
    expect(warnings(b)).toHaveLength(1);
    console.log(`replicas: Redis killed → 10/10 answered, reply after max ${Math.max(...latencies).toFixed(0)} ms (first ${latencies[0]!.toFixed(0)} ms)`);

    const t0 = performance.now();
    await redis.start();
    for (let i = 0; i < 200 && !replicas.every((r) => r.logs().some((l) => l.msg.startsWith("Redis is back"))); i++) await sleep(50);
    expect(replicas.every((r) => r.logs().some((l) => l.msg.startsWith("Redis is back")))).toBe(true);
    console.log(`replicas: Redis restarted → both shared again after ${(performance.now() - t0).toFixed(0)} ms`);
    const statuses = await Promise.all([post(a, 701, "Has he used Go?", 2_000), post(b, 701, "Has he used Go?", 2_000)]);
    expect(statuses).toEqual([200, 200]);
    expect(api.sentTo(701)).toHaveLength(1);
    const flood = await Promise.all(Array.from({ length: 12 }, (_, i) => post(i % 2 ? a : b, 702, `again ${i}`)));
    expect(flood.every((s) => s === 200)).toBe(true);
    expect(api.sentTo(702)).toHaveLength(6); // 5 + 1 notice, counted across both again
    expect(warnings(a)).toHaveLength(1);
    expect(warnings(b)).toHaveLength(1);
  }, 30_000);

  it("SIGTERM → both exit 0", async () => {
    for (const r of replicas) r.child.kill("SIGTERM");
    expect(await Promise.all(replicas.map((r) => r.exited))).toEqual([0, 0]);
    for (const r of replicas) expect(r.logs().some((l) => l.msg === "stopped")).toBe(true);
  }, 20_000);
});
