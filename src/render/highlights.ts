// What a one-or-two-page CV says about each job: the strongest few lines, each short enough to read.
import type { Job } from "../knowledge/model.js";

/** Recent jobs earn more lines; a recruiter reads the top of a CV, not the bottom. */
export function highlightCount(jobIndex: number): number {
  return jobIndex < 3 ? 5 : 3;
}

export const MAX_HIGHLIGHT_CHARS = 240;

/**
 * Achievements first (outcomes), then areas, then the free paragraphs, then responsibilities:
 * the order a reader values them in. Duplicates and empty lines are dropped; each is trimmed.
 */
export function jobHighlights(job: Job, count: number, maxChars = MAX_HIGHLIGHT_CHARS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of [...job.achievements, ...job.areas, ...job.details, ...job.responsibilities]) {
    const trimmed = trimText(line.trim(), maxChars);
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
    if (out.length >= count) break;
  }
  return out;
}

/**
 * Text cut to at most `max` characters: at the last whole sentence when that keeps most of it,
 * otherwise at a word, with "…" to show something was left out.
 */
export function trimText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentenceEnd >= max * 0.5) return head.slice(0, sentenceEnd + 1);
  const space = head.slice(0, max - 1).lastIndexOf(" ");
  const cut = space > max * 0.5 ? head.slice(0, space) : head.slice(0, max - 1);
  return cut.replace(/[\s,;:.–—-]+$/, "") + "…";
}
