// What the front ends (Telegram bot, terminal) call to turn `media: "timeline" | "cv"` into a file.
// Rendering is lazy and happens once per kind: the résumé does not change while the process runs.
import type { MediaKind } from "../answer/types.js";
import type { Resume } from "../knowledge/model.js";
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
  render(kind: MediaKind): Promise<RenderedFile>;
}

export interface MediaRendererOptions {
  /**
   * What "present" means in the picture and the PDF's date. Defaults to when the renderer is made:
   * results are cached for the renderer's life, so make a new one when the résumé is reloaded.
   */
  now?: Date;
}

export function createMediaRenderer(resume: Resume, options: MediaRendererOptions = {}): MediaRenderer {
  const cache = new Map<MediaKind, Promise<RenderedFile>>();
  const now = options.now ?? new Date();
  return {
    render(kind) {
      let pending = cache.get(kind);
      if (!pending) {
        // Stored before it settles, so concurrent first calls share one render.
        const rendering = renderOnce(resume, kind, now);
        cache.set(kind, rendering);
        // A failure is not cached: a later call may succeed (e.g. after a transient I/O error).
        rendering.catch(() => {
          if (cache.get(kind) === rendering) cache.delete(kind);
        });
        pending = rendering;
      }
      return pending;
    },
  };
}

async function renderOnce(resume: Resume, kind: MediaKind, now: Date): Promise<RenderedFile> {
  // Yield first, so a synchronous throw still becomes a rejection and callers' handlers are in place.
  await Promise.resolve();
  const started = performance.now();
  try {
    const file = await draw(resume, kind, now);
    return { ...file, renderMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (e) {
    throw e instanceof RenderError ? e : new RenderError(kind, { cause: e });
  }
}

async function draw(resume: Resume, kind: MediaKind, now: Date): Promise<Omit<RenderedFile, "renderMs">> {
  switch (kind) {
    case "timeline":
      return { data: await renderTimelinePng(resume, { now }), fileName: "timeline.png", mimeType: "image/png" };
    case "cv":
      return { data: await renderCvPdf(resume, { now }), fileName: cvFileName(resume), mimeType: "application/pdf" };
    default: {
      const unknown: never = kind;
      throw new Error(`unknown media kind ${String(unknown)}`);
    }
  }
}
