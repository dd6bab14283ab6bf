// Which technologies a job used: its explicit lists, canonicalised, plus vocabulary names found in its text.
// A mention after "like", "similar to" or "inspired by" is a comparison, not use, so it does not count.
import type { Job } from "./model.js";
import type { Technology, Vocabulary } from "./vocabulary.js";

export interface TechMatcher {
  /** The canonical name for a written name or alias ("golang" → "Go"), if the vocabulary knows it. */
  canonical(name: string): string | undefined;
  /** Canonical names used in the text, in order of first appearance. */
  mentions(text: string): string[];
  technology(name: string): Technology | undefined;
}

const COMPARISON = /\b(like|similar to|inspired by|alternative to|instead of|replaced|à la)\b[^.;]*$/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Is `name` at `at` a whole word? "Java" is not in "JavaScript", "C" is not in "C++", "C#" or "R&D",
 * "js" is not in "Node.js". Checked in code rather than with one look-around regex per name: compiling
 * ~400 Unicode regexes cost more than half a second of start-up.
 */
function wholeWord(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  if (before !== undefined && (WORD_CHAR.test(before) || "+#.".includes(before))) return false;
  const after = text[at + length];
  if (after === undefined) return true;
  if (WORD_CHAR.test(after) || "+#&".includes(after)) return false;
  return !(after === "." && WORD_CHAR.test(text[at + length + 1] ?? ""));
}

interface Needle {
  tech: Technology;
  /** Lowercase unless case-sensitive; spaces stand for any run of whitespace. */
  text: string;
  caseSensitive: boolean;
}

export function createTechMatcher(vocabulary: Vocabulary): TechMatcher {
  const byKey = new Map<string, Technology>();
  for (const t of vocabulary.technologies) {
    for (const key of [t.name, ...t.aliases]) byKey.set(key.toLowerCase(), t);
  }
  const needles: Needle[] = vocabulary.technologies.flatMap((t) => [
    ...[...t.aliases, ...(t.caseSensitive ? [] : [t.name])].map((a) => ({ tech: t, text: a.toLowerCase().replace(/\s+/g, " "), caseSensitive: false })),
    ...(t.caseSensitive ? [{ tech: t, text: t.name.replace(/\s+/g, " "), caseSensitive: true }] : []),
  ]);
  // Résumé passages are asked about again and again; their mentions never change.
  const memo = new Map<string, string[]>();

  function mentions(raw: string): string[] {
    const cached = memo.get(raw);
    if (cached) return cached;
    const text = raw.replace(/\s+/g, " ");
    const lower = text.toLowerCase();
    // toLowerCase keeps positions for all but a few exotic letters ("İ"); there, fall back to exact case.
    const folded = lower.length === text.length ? lower : text;
    const first = new Map<Technology, number>();
    for (const n of needles) {
      const hay = n.caseSensitive ? text : folded;
      for (let at = hay.indexOf(n.text); at >= 0; at = hay.indexOf(n.text, at + 1)) {
        if (!wholeWord(hay, at, n.text.length)) continue;
        if (COMPARISON.test(text.slice(Math.max(0, at - 80), at))) continue;
        const seen = first.get(n.tech);
        if (seen === undefined || at < seen) first.set(n.tech, at);
        break;
      }
    }
    const found = [...first].sort((a, b) => a[1] - b[1]).map(([t]) => t.name);
    if (memo.size < 50_000) memo.set(raw, found);
    return found;
  }

  return {
    canonical: (name) => byKey.get(name.trim().toLowerCase())?.name,
    technology: (name) => byKey.get(name.trim().toLowerCase()),
    mentions,
  };
}

/** All of a job's text, for mentions and for search. */
export function jobText(job: Pick<Job, "about" | "projects" | "areas" | "achievements" | "responsibilities" | "details">): string {
  return [job.about ?? "", ...job.projects, ...job.areas, ...job.achievements, ...job.responsibilities, ...job.details].join("\n");
}

/**
 * The job's technologies: explicit ones first (canonicalised; unknown names kept as written when they look
 * like names), then the ones its text mentions. Deduplicated case-insensitively.
 */
export function jobTechnologies(job: Job, matcher: TechMatcher): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    if (!out.some((x) => x.toLowerCase() === name.toLowerCase())) out.push(name);
  };
  for (const raw of job.technologies) {
    const known = matcher.canonical(raw);
    if (known) add(known);
    else {
      const inside = matcher.mentions(raw);
      if (inside.length) inside.forEach(add);
      else if (/^[\p{Lu}\p{N}][\p{L}\p{N}.+#/ -]{0,30}$/u.test(raw) && raw.split(/\s+/).length <= 3) add(raw);
    }
  }
  matcher.mentions(`${job.role} ${job.team ?? ""}\n${jobText(job)}`).forEach(add);
  return out;
}
