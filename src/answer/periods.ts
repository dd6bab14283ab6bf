// Durations computed from the résumé's dates: a job's length, a technology's years across jobs (overlaps
// counted once), the whole career. "Present" is the context's "now", so answers never go stale.
import { formatMonths, monthsBetween } from "../knowledge/dates.js";
import type { Job, YearMonth } from "../knowledge/model.js";

/** Months index: year*12 + month-1, with a year alone counting from January (start) or to December (end). */
export function startIndex(d: YearMonth): number {
  return d.year * 12 + (d.month ?? 1) - 1;
}
export function endIndex(d: YearMonth): number {
  return d.year * 12 + (d.month ?? 12) - 1;
}

export function jobMonths(job: Pick<Job, "start" | "end">, now: YearMonth): number {
  const end = job.end ?? now;
  return Math.max(1, Math.min(monthsBetween(job.start, end), endIndex(now) - startIndex(job.start) + 1));
}

/** Months covered by any of the jobs, overlaps counted once. */
export function unionMonths(jobs: Pick<Job, "start" | "end">[], now: YearMonth): number {
  const spans = jobs
    .map((j) => [startIndex(j.start), Math.min(endIndex(j.end ?? now), endIndex(now))] as const)
    .filter(([a, b]) => b >= a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curStart = -1;
  let curEnd = -2;
  for (const [a, b] of spans) {
    if (a > curEnd + 1) {
      if (curEnd >= curStart && curStart >= 0) total += curEnd - curStart + 1;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curStart >= 0) total += curEnd - curStart + 1;
  return total;
}

/** "about 9 years", "about 2.5 years", "8 months". */
export function aboutYears(months: number): string {
  if (months < 12) return formatMonths(months);
  const halves = Math.round(months / 6) / 2;
  return `about ${Number.isInteger(halves) ? halves : halves.toFixed(1)} year${halves === 1 ? "" : "s"}`;
}

export function earliestStart(jobs: Pick<Job, "start">[]): YearMonth | undefined {
  return jobs.map((j) => j.start).sort((a, b) => startIndex(a) - startIndex(b))[0];
}

/**
 * When the stay at a job's employer began: the job's start, or an earlier role's there when the roles run
 * on with no gap of more than a month (a promotion is the same stay; leaving and coming back is not).
 */
export function stayStart(job: Pick<Job, "start" | "end">, sameEmployer: Pick<Job, "start" | "end">[], now: YearMonth): YearMonth {
  let start = job.start;
  const earlier = [...sameEmployer].sort((a, b) => startIndex(b.start) - startIndex(a.start));
  for (const other of earlier) {
    if (startIndex(other.start) < startIndex(start) && endIndex(other.end ?? now) + 2 >= startIndex(start)) start = other.start;
  }
  return start;
}
