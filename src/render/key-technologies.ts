// The two or three technologies that say most about a job, for a label that has room for little.
import type { Job } from "../knowledge/model.js";
import { escapeRegExp } from "../search/text.js";

/** Everyone's résumé has these; naming them leaves no room for what sets a job apart. */
const UBIQUITOUS = new Set(["linux", "windows", "macos", "bash", "git", "shell"]);

/**
 * Technologies in the résumé's own order, minus those named only in the sentence about what the
 * company does ("ScyllaDB is a database written in C++" says little about the candidate's work),
 * and minus the ubiquitous, unless nothing else is left. "C" next to "C++" reads as "C/C++".
 */
export function keyTechnologies(job: Job, count = 3): string[] {
  const about = (job.about ?? "").toLowerCase();
  const score = (tech: string) =>
    (about && mentions(about, tech.toLowerCase()) ? 2 : 0) + (UBIQUITOUS.has(tech.toLowerCase()) ? 1 : 0);
  const merged = mergeC(job.technologies);
  const ranked = merged
    .map((tech, order) => ({ tech, order, score: score(tech) }))
    .sort((a, b) => a.score - b.score || a.order - b.order);
  return ranked.slice(0, count).map((r) => r.tech);
}

function mentions(text: string, term: string): boolean {
  return new RegExp(`(^|[^\\w+#])${escapeRegExp(term)}(?![\\w+#])`).test(text);
}

function mergeC(techs: string[]): string[] {
  if (!techs.includes("C") || !techs.includes("C++")) return techs;
  return techs.filter((t) => t !== "C++").map((t) => (t === "C" ? "C/C++" : t));
}
