// Action ⇄ callback_data (Telegram allows 1-64 bytes). Compact and mostly stateless: "j:scylladb",
// "s:skills", "k:Rust", "a:<question>", "m:cv", "x". A free-text question is cut at a UTF-8 boundary
// (the engine searches the shortened text just as well). An id or skill name too long to fit goes into the
// store under its hash ("h:…" ⇄ key `cb:<hash>`, kept for BUTTON_TTL_MS), so any replica can read a button
// another one sent; with the embedded store, after a restart such buttons read as out of date.
import { createHash } from "node:crypto";
import type { Action, MediaKind, SectionName } from "../answer/types.js";
import { MemoryStore } from "../store/memory.js";
import type { Store } from "../store/types.js";

export const CALLBACK_DATA_LIMIT = 64;
/** How long a long button id is remembered: buttons older than a month may read as out of date. */
export const BUTTON_TTL_MS = 30 * 86_400_000;

const SECTIONS: ReadonlySet<string> = new Set<SectionName>([
  "start",
  "help",
  "skills",
  "education",
  "contacts",
  "summary",
  "experience",
]);
const MEDIA: ReadonlySet<string> = new Set<MediaKind>(["timeline", "cv"]);
const JOB_ID = /^[a-z0-9][a-z0-9-]*$/;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let out = "";
  let size = 0;
  for (const ch of text) {
    const n = byteLength(ch);
    if (size + n > maxBytes) break;
    out += ch;
    size += n;
  }
  return out;
}

/** Action ⇄ callback_data; long ids are kept in `store` (the same hash on every replica). */
export class CallbackCodec {
  constructor(private readonly store: Store = new MemoryStore()) {}

  encode(action: Action): string {
    switch (action.type) {
      case "experience":
        return "x";
      case "section":
        return `s:${action.name}`;
      case "media":
        return `m:${action.kind}`;
      case "ask":
        return `a:${truncateUtf8(action.text, CALLBACK_DATA_LIMIT - 2)}`;
      case "job":
        return this.fit(`j:${action.id}`, action);
      case "skill":
        return this.fit(`k:${action.name}`, action);
    }
  }

  /** The action a button carries, or undefined when the data is not ours, malformed, or forgotten. */
  async decode(data: string): Promise<Action | undefined> {
    if (data === "x") return { type: "experience" };
    const colon = data.indexOf(":");
    if (colon !== 1) return undefined;
    const tag = data[0];
    const value = data.slice(2);
    if (!value) return undefined;
    switch (tag) {
      case "s":
        return SECTIONS.has(value) ? { type: "section", name: value as SectionName } : undefined;
      case "m":
        return MEDIA.has(value) ? { type: "media", kind: value as MediaKind } : undefined;
      case "a":
        return { type: "ask", text: value };
      case "j":
        return JOB_ID.test(value) ? { type: "job", id: value } : undefined;
      case "k":
        return { type: "skill", name: value };
      case "h":
        return this.store.get<Action>(`cb:${value}`);
      default:
        return undefined;
    }
  }

  private fit(data: string, action: Action): string {
    if (byteLength(data) <= CALLBACK_DATA_LIMIT) return data;
    const key = createHash("sha256").update(JSON.stringify(action)).digest("base64url").slice(0, 16);
    // Not awaited: the write is queued before the message carrying the button is even sent, and a store
    // that cannot keep it makes the button answer "out of date" later, which is honest.
    void this.store.set(`cb:${key}`, action, BUTTON_TTL_MS).catch(() => undefined);
    return `h:${key}`;
  }
}
