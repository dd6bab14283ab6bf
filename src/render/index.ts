// What the front ends (Telegram bot, terminal) call to turn `media: "timeline" | "cv"` into a file.
// Rendering is lazy and happens once per kind, language (of the labels) and month: the résumé does not change while the process
// runs, but "now" (the timeline's present, the PDF's durations) moves, as it does in text answers.
import type { MediaKind } from "../answer/types.js";
import type { Resume } from "../knowledge/model.js";
import type { Lang } from "../language/detect.js";
import { cvFileName, renderCvPdf } from "./cv-pdf.js";
import { RenderError } from "./errors.js";
import { renderTimelinePng } from "./timeline.js";

export { RenderError } from "./errors.js";

export interface RenderedFile {
  data: Buffer;
  fileName: string;
  mimeType: string;
  /** How long the one real render took; cached results report the same number. */
  renderMs: number;
}

export interface MediaRenderer {
  /** Rejects with RenderError when drawing fails; the next call tries again. */
  render(kind: MediaKind, lang?: Lang): Promise<RenderedFile>;
}

export interface MediaRendererOptions {
  /** A fixed "present" for the picture and the PDF (tests); without it, the clock at each render. */
  now?: Date;
  /** The clock; default the system's. A new month renders afresh. */
  clock?: () => Date;
}

/** "2026-12": what a cached render (or its Telegram file id) is valid for. */
export function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function createMediaRenderer(resume: Resume, options: MediaRendererOptions = {}): MediaRenderer {
  const cache = new Map<string, Promise<RenderedFile>>();
  const clock = () => options.now ?? options.clock?.() ?? new Date();
  return {
    render(kind, lang = "en") {
      const now = clock();
      const key = `${kind}:${lang}:${monthKey(now)}`;
      let pending = cache.get(key);
      if (!pending) {
        // Last month's files are stale: drop them, so the cache holds at most one month per language.
        for (const k of cache.keys()) if (k.startsWith(`${kind}:${lang}:`)) cache.delete(k);
        // Stored before it settles, so concurrent first calls share one render.
        const rendering = renderOnce(resume, kind, now, lang);
        cache.set(key, rendering);
        // A failure is not cached: a later call may succeed (e.g. after a transient I/O error).
        rendering.catch(() => {
          if (cache.get(key) === rendering) cache.delete(key);
        });
        pending = rendering;
      }
      return pending;
    },
  };
}

async function renderOnce(resume: Resume, kind: MediaKind, now: Date, lang: Lang): Promise<RenderedFile> {
  // Yield first, so a synchronous throw still becomes a rejection and callers' handlers are in place.
  await Promise.resolve();
  const started = performance.now();
  try {
    const file = await draw(resume, kind, now, lang);
    return { ...file, renderMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (e) {
    throw e instanceof RenderError ? e : new RenderError(kind, { cause: e });
  }
}

async function draw(resume: Resume, kind: MediaKind, now: Date, lang: Lang): Promise<Omit<RenderedFile, "renderMs">> {
  switch (kind) {
    case "timeline":
      return { data: await renderTimelinePng(resume, { now, lang }), fileName: "timeline.png", mimeType: "image/png" };
    case "cv":
      return { data: await renderCvPdf(resume, { now, lang }), fileName: cvFileName(resume), mimeType: "application/pdf" };
    default: {
      const unknown: never = kind;
      throw new Error(`unknown media kind ${String(unknown)}`);
    }
  }
}
