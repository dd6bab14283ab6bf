// Answers to questions that state a fact to check ("Has he used Java for 10 years?", "Is he still at
// ScyllaDB?", "Was Nimses his first job?", "Did he work at Nimses in 2020?"): the verdict first, "Yes — " or
// "No — ", computed from the dated jobs; then the facts that decide it. The questions are recognised in
// src/understanding/claims.ts and src/search/intents.ts.
import type { AnswerContext } from "../answer/context.js";
import { employerDuration, employerRange, jobSource, nowAtLine, roleTitle, yearAnswer } from "../answer/jobs.js";
import { stayStart, unionMonths } from "../answer/periods.js";
import { answer, bold, message, text, withLeadLines } from "../answer/rich.js";
import { techAnswer } from "../answer/tech.js";
import type { Answer, Line } from "../answer/types.js";
import type { Job } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import type { EmployerEntry } from "../search/search-index.js";

/** Does a stay of `months` make the claimed years? "About 7 years" is not 10; 9 years 10 months is "10 years". */
function makesYears(months: number, years: number, more: boolean): boolean {
  return more ? months > years * 12 : months >= years * 12 - 3;
}

/** "Has he used Java for 10 years?", "Did he work at ScyllaDB for 5 years?" */
export function yearsClaimAnswer(techs: Technology[], employers: EmployerEntry[], claim: { years: number; more: boolean }, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const tech = techs[0];
  if (!tech) {
    const months = unionMonths(employers.flatMap((e) => e.jobs), ctx.now);
    const verdict = makesYears(months, claim.years, claim.more) ? w.claimYes : w.claimNo;
    const base = employerDuration(employers, ctx);
    const first = base.messages[0]?.lines[0];
    return first ? withLeadLines(base, [[text(verdict), ...first]], 1) : base;
  }
  const base = techAnswer(techs, employers, ctx);
  const asked = employers.flatMap((e) => e.jobs);
  const jobs = (ctx.index.techJobs.get(tech.name) ?? []).filter((j) => !asked.length || asked.includes(j));
  if (!jobs.length) return base; // not used at all (or not there): the answer already says no
  const months = unionMonths(jobs, ctx.now);
  if (makesYears(months, claim.years, claim.more)) return base;
  return withLeadLines(base, [[text(w.claimNo), bold(tech.name), text(w.yearsShort(f.aboutYears(months), f.years(claim.years)))]], 1);
}

/** "Is he still at ScyllaDB?", "Is Workato his current employer?" */
export function stillAtAnswer(employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const e = employers[0]!;
  const current = e.jobs.find((j) => j.end === null);
  const lines: Line[] = [];
  if (current) {
    const since = f.month(stayStart(current, e.jobs, ctx.now));
    lines.push([text(w.claimYes), bold(e.name), text(w.stillThere(since, roleTitle(current)))]);
  } else {
    lines.push([text(w.claimNo), bold(e.name), text(`: ${employerRange(e, ctx)}.`)]);
    const now = nowAtLine(ctx);
    if (now) lines.push(now);
  }
  return answer("claim:still", true, e.jobs.map(jobSource), message(lines));
}

/** "Was Nimses his first job?" */
export function firstJobClaimAnswer(employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const first: Job | undefined = jobs[jobs.length - 1];
  if (!first) return answer("claim:first", false, [], message([[text(w.noJobs)]]));
  const holds = employers.some((e) => e.jobs.includes(first));
  const line: Line = [text(holds ? w.claimYes : w.claimNo), text(w.firstJobIs(roleTitle(first), first.employer, f.range(first.start, first.end)))];
  return answer("claim:first", true, [jobSource(first), ...employers.flatMap((e) => e.jobs.map(jobSource))], message([line]));
}

/** "Did he work at Nimses in 2020?": yes with the job of that year, or no with its dates and where he was. */
export function employerInYearAnswer(employers: EmployerEntry[], year: number, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const e = employers[0]!;
  const then = e.jobs.filter((j) => j.start.year <= year && year <= (j.end ?? ctx.now).year);
  if (then.length) {
    const j = then[0]!;
    const line: Line = [text(w.claimYes), text(w.inYearLead(year)), bold(e.name), text(`: ${roleTitle(j)} (${f.range(j.start, j.end)}).`)];
    return answer("claim:year", true, then.map(jobSource), message([line]));
  }
  const verdict: Line = [text(w.claimNo), bold(e.name), text(`: ${employerRange(e, ctx)}.`)];
  return withLeadLines(yearAnswer([year], ctx), [verdict]);
}
