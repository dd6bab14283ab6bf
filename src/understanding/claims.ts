// Yes-or-no questions that state a fact to check: "Has he used Java for 10 years?", "Is he still at
// ScyllaDB?", "Was Nimses his first job?", "Did he work at Nimses in 2020?". A recruiter asking one wants the
// verdict first; the facts that decide it follow (src/compose/claims.ts).
import { NUMBER_WORDS } from "./periods.js";

/** A question put as yes or no ("Has he…", "Did he…", "Is…"), after an "and" or "so" at most. */
export function isYesNo(norm: string): boolean {
  return /^(?:and |so |but |also )?(?:has|have|had|did|does|do|is|was|were|are|can|could)\b/.test(norm);
}

const COUNT = `(?<n>\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const YEARS = "(?:years?|yrs)";
/**
 * "for 10 years", "10+ years", "more than 5 years", "at least 3 yrs of", "10 years experience with", and a
 * count of years ending the question ("did he work at ScyllaDB 5 years?", as a rewritten Russian one reads).
 */
const CLAIMED_YEARS = [
  new RegExp(`\\bfor (?:(?<more>over|more than|at least) )?${COUNT}(?<plus>\\+)? ${YEARS}\\b`),
  new RegExp(`\\b${COUNT}(?<plus>\\+) ${YEARS}\\b`),
  new RegExp(`\\b(?<more>over|more than|at least) ${COUNT} ${YEARS}\\b`),
  new RegExp(`\\b${COUNT} ${YEARS}(?: of| with| in)?(?: experience| exp)?\\b(?=\\s*(?:of\\b|with\\b|in\\b|experience|exp\\b|$|\\?))`),
];

/** The number of years a question claims, and whether it asks for more than that; undefined if none. */
export function claimedYears(norm: string): { years: number; more: boolean } | undefined {
  for (const re of CLAIMED_YEARS) {
    const g = re.exec(norm)?.groups;
    if (!g?.n) continue;
    const years = /^\d+$/.test(g.n) ? Number(g.n) : NUMBER_WORDS[g.n];
    if (years) return { years, more: g.more === "over" || g.more === "more than" };
  }
  return undefined;
}

/** "still", "currently", "now": a job asked about as going on. */
export const STILL = /\b(still|currently|current|now|at the moment|these days|present)\b/;

/** "his first job", "the earliest employer". */
export const FIRST_JOB = /\b(first|earliest) (job|employer|company|role|position|place)\b/;
