// Redis for tests: the server of REDIS_URL (or 127.0.0.1:6379), a key prefix of the test's own whose keys
// are removed afterwards, and redis-server processes a test starts and kills itself. Under CI=true a missing
// server fails the run; elsewhere the Redis tests are skipped with a visible notice, so `npm test` passes on
// a laptop without Redis.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, Socket } from "node:net";
import { Redis } from "ioredis";

const DEFAULT_URL = "redis://127.0.0.1:6379";

/** Answers PING within `timeoutMs`? Raw RESP over a socket: no client, no retries, no waiting. */
export function pingRedis(url: string, timeoutMs = 500): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.connect(Number(u.port || 6379), u.hostname, () => {
      const auth = u.password ? `AUTH ${decodeURIComponent(u.password)}\r\n` : "";
      socket.write(`${auth}PING\r\n`);
    });
    socket.on("data", (d) => {
      if (d.toString().includes("PONG")) done(true);
      else if (d.toString().startsWith("-")) done(false);
    });
  });
}

/** The URL of a reachable Redis, or undefined (after a warning) when there is none and CI is not set. */
export async function testRedisUrl(suite: string): Promise<string | undefined> {
  const url = process.env.REDIS_URL || DEFAULT_URL;
  if (await pingRedis(url)) return url;
  if (process.env.CI === "true") throw new Error(`${suite}: no Redis server answers at ${url} (CI=true requires one; set REDIS_URL or start redis-server)`);
  console.warn(`⚠ ${suite}: SKIPPED — no Redis server at ${url}. Start redis-server or set REDIS_URL to run these tests.`);
  return undefined;
}

/** Whether `redis-server` can be started here (for the tests that kill and restart their own server). */
export function haveRedisServer(suite: string): boolean {
  const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
  if (found) return true;
  if (process.env.CI === "true") throw new Error(`${suite}: redis-server is not installed (CI=true requires it)`);
  console.warn(`⚠ ${suite}: SKIPPED — redis-server is not installed.`);
  return false;
}

/** A key prefix no other test (or run) uses. */
export function testPrefix(name: string): string {
  return `test:${name}:${process.pid}:${randomBytes(4).toString("hex")}:`;
}

/** Deletes every key under `prefix` (SCAN, not KEYS, so a shared server is not blocked). */
export async function removeKeys(url: string, prefix: string): Promise<number> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  let removed = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) removed += await client.del(...keys);
    } while (cursor !== "0");
  } finally {
    client.disconnect();
  }
  return removed;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server of the test's own (no persistence), to kill and restart. */
export interface OwnRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  /** SIGKILL: like a crash, connections reset at once. */
  kill(): Promise<void>;
}

/** Starts a redis-server on `port` (default: a free one) and waits until it answers PING. */
export async function startOwnRedis(port?: number): Promise<OwnRedis> {
  port ??= await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url,
    port,
    async start() {
      child = spawn("redis-server", ["--port", String(port!), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      for (let i = 0; i < 100; i++) {
        if (await pingRedis(url, 200)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`redis-server on port ${port} did not start`);
    },
    async kill() {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once("exit", r));
      c.kill("SIGKILL");
      await exited;
    },
  };
  await own.start();
  return own;
}
