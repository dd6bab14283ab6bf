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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A name is a whole word: "Java" is not in "JavaScript", "C" is not in "C++" or "C#". */
function wordPattern(name: string): string {
  return `(?<![\\p{L}\\p{N}+#.])${escape(name).replace(/\\ /g, "[\\s-]+").replace(/ /g, "[\\s-]+")}(?![\\p{L}\\p{N}+#&]|\\.[\\p{L}])`;
}

export function createTechMatcher(vocabulary: Vocabulary): TechMatcher {
  const byKey = new Map<string, Technology>();
  for (const t of vocabulary.technologies) {
    for (const key of [t.name, ...t.aliases]) byKey.set(key.toLowerCase(), t);
  }
  const patterns = vocabulary.technologies.map((t) => {
    const insensitive = [t.aliases, t.caseSensitive ? [] : [t.name]].flat();
    const parts: RegExp[] = [];
    if (insensitive.length) parts.push(new RegExp(insensitive.map(wordPattern).join("|"), "giu"));
    if (t.caseSensitive) parts.push(new RegExp(wordPattern(t.name), "gu"));
    return { tech: t, parts };
  });
  return {
    canonical: (name) => byKey.get(name.trim().toLowerCase())?.name,
    technology: (name) => byKey.get(name.trim().toLowerCase()),
    mentions(text) {
      const found: { at: number; name: string }[] = [];
      for (const { tech, parts } of patterns) {
        let first = -1;
        for (const re of parts) {
          re.lastIndex = 0;
          for (const m of text.matchAll(re)) {
            if (COMPARISON.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
            if (first < 0 || m.index < first) first = m.index;
            break;
          }
        }
        if (first >= 0) found.push({ at: first, name: tech.name });
      }
      return found.sort((a, b) => a.at - b.at).map((f) => f.name);
    },
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
