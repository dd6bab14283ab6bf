// A small HTTP proxy in front of the Bot API emulator that injects real network faults into sendMessage
// calls (429, 502, a reset connection, a request that never gets an answer) and can slow them down. The 429
// asks for retry_after 0: the wait itself is tested on a fake clock (faults.test.ts), not slept through here.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FaultKind = "429" | "502" | "reset" | "hang";

/** A proxy to the emulator that spoils the next sendMessage requests as scripted, and delays the rest. */
export async function faultProxy(target: string, script: FaultKind[], delayMs = 0): Promise<{ url: string; server: Server; seen: string[] }> {
  const seen: string[] = [];
  const proxy = createServer((req: IncomingMessage, res: ServerResponse) => {
    const isSend = /\/sendMessage$/.test(req.url ?? "");
    const fault = isSend ? script.shift() : undefined;
    if (isSend) seen.push(fault ?? "ok");
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (fault === "429") {
        res.writeHead(429, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } }));
        return;
      }
      if (fault === "502") {
        res.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 502, description: "Bad Gateway" }));
        return;
      }
      if (fault === "reset") return void req.socket.destroy();
      if (fault === "hang") return; // never answers; the bot's per-call timeout must end it
      setTimeout(() => forward(), isSend ? delayMs : 0);
    });
    function forward() {
      const up = request(target + req.url, { method: req.method, headers: req.headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on("error", () => res.destroy());
      up.end(Buffer.concat(chunks));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, server: proxy, seen };
}

export async function closeProxy(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
