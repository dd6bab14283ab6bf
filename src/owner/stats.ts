// /stats: the question log summed up for the candidate over the last 7 and 30 days.
import type { QuestionLogEntry } from "../store/types.js";
import { en } from "../words/en/index.js";
import type { Words } from "../words/index.js";

const DAY_MS = 86_400_000;

/** The figures of one period. */
export interface PeriodStats {
  days: number;
  questions: number;
  recruiters: number;
  answeredPercent: number;
  messages: number;
  topTopics: [string, number][];
  topUnanswered: [string, number][];
  sources: [string, number][];
}

/** Figures over the last `days` days of `entries`. Deep-link visits (intent "visit") count only as sources. */
export function periodStats(entries: QuestionLogEntry[], now: number, days: number): PeriodStats {
  const recent = entries.filter((e) => e.at >= now - days * DAY_MS);
  const questions = recent.filter((e) => e.kind === "question" && e.intent !== "visit");
  const answered = questions.filter((e) => e.found).length;
  const sourceUsers = new Map<string, Set<number>>();
  for (const e of recent) if (e.source) (sourceUsers.get(e.source) ?? sourceUsers.set(e.source, new Set()).get(e.source)!).add(e.userId);
  return {
    days,
    questions: questions.length,
    recruiters: new Set(recent.map((e) => e.userId)).size,
    answeredPercent: questions.length ? Math.round((answered / questions.length) * 100) : 0,
    messages: recent.filter((e) => e.kind === "message").length,
    topTopics: top(questions.map((e) => e.intent ?? "other")),
    topUnanswered: top(questions.filter((e) => !e.found && e.text).map((e) => e.text!.trim().toLowerCase())),
    sources: [...sourceUsers].map(([s, users]): [string, number] => [s, users.size]).sort((a, b) => b[1] - a[1]).slice(0, 5),
  };
}

function top(items: string[], n = 5): [string, number][] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** The /stats text, in the owner's `words` (English by default). */
export function statsText(entries: QuestionLogEntry[], now: number, words: Words = en): string {
  const out: string[] = [];
  for (const days of [7, 30]) {
    const s = periodStats(entries, now, days);
    out.push(words.statsPeriod(s));
    if (s.topTopics.length) out.push(`  ${words.statsTopics}: ${s.topTopics.map(([t, n]) => `${t} (${n})`).join(", ")}`);
    if (s.topUnanswered.length) out.push(`  ${words.statsUnanswered}: ${s.topUnanswered.map(([t, n]) => `"${t}" (${n})`).join(", ")}`);
    if (s.sources.length) out.push(`  ${words.statsSources}: ${s.sources.map(([t, n]) => `${t} (${n})`).join(", ")}`);
    out.push("");
  }
  return out.join("\n").trim();
}
