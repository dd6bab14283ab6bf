// Replies built from the résumé's own sentences: topic questions ("open source?") and free search,
// grouped by where they come from; and the honest "the résumé doesn't say" with near topics.
import type { QueryAnalysis } from "../search/analyze.js";
import type { Hit } from "../search/passages.js";
import { isCommonEnglishWord } from "../search/search-index.js";
import { clip } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { jobButton } from "./jobs.js";
import { answer, bold, bullet, italic, message, rows, text } from "./rich.js";
import { sectionButtons } from "./profile.js";
import type { Answer, Button, Line } from "./types.js";

/** The best passages, at most `perChunk` from each of `chunks` places, in a few hundred characters. */
export function passagesAnswer(intent: string, hits: Hit[], ctx: AnswerContext, opts: { chunks?: number; perChunk?: number; max?: number } = {}): Answer {
  const { chunks = 3, perChunk = 2, max = 750 } = opts;
  const groups = new Map<string, Hit[]>();
  // Weak matches under strong ones are noise ("team" in "Rust Team" under "managed teams").
  const floor = (hits[0]?.score ?? 0) * 0.5;
  for (const h of hits) {
    if (h.score < floor) break;
    const g = groups.get(h.passage.chunk.id) ?? [];
    if (g.length < perChunk && (groups.has(h.passage.chunk.id) || groups.size < chunks)) groups.set(h.passage.chunk.id, [...g, h]);
  }
  const lines: Line[] = [];
  let used = 0;
  const buttons: Button[] = [];
  for (const [, group] of groups) {
    const chunk = group[0]!.passage.chunk;
    // The period as a compact range: "Mar 2017–Sep 2019".
    const where = chunk.job ? `${chunk.job.employer} (${ctx.format.range(chunk.job.start, chunk.job.end).replace(/ [–—] /, "–")})` : chunk.title;
    const each = Math.floor((max - used) / Math.max(1, group.length)) - where.length - 4;
    if (each < 60) break;
    // Keep the résumé's order inside a place: it reads as the résumé does.
    const ordered = [...group].sort((a, b) => a.passage.index - b.passage.index);
    const line = bullet(bold(where), text(`: ${ordered.map((h) => sentence(clip(h.passage.text, Math.min(220, each)))).join(" ")}`));
    used += line.reduce((n, s) => n + s.text.length, 0);
    lines.push(line);
    if (chunk.job) buttons.push(jobButton(chunk.job, ctx));
  }
  const lead: Line[] = lines.length && ctx.words.passagesLead ? [[text(ctx.words.passagesLead)]] : [];
  return answer(intent, lines.length > 0, [...groups.keys()], message([...lead, ...lines], { buttons: rows(buttons, 2) }));
}

/**
 * Figures a passage can give: digits, or counting words ("hundreds of services", «сотни серверов»).
 * "How many people did he manage?" is answered only by a passage with one of these.
 */
const QUANTITY = /\d|\b(?:dozens?|hundreds?|thousands?|millions?|billions?|tens of)\b|(?<![\p{L}])(?:десятк|сотн|тысяч|миллион|миллиард)\p{L}*/iu;

/** Does one of the hits an answer would show (the best few, within half the best score) state a figure? */
export function statesQuantity(hits: Hit[]): boolean {
  const floor = (hits[0]?.score ?? 0) * 0.5;
  return hits.slice(0, 4).some((h) => h.score >= floor && QUANTITY.test(h.passage.text));
}

/**
 * "How big were his teams?" when the passages on the subject give no figure: not found, said plainly, with
 * what the résumé does say on the subject and where to ask the candidate.
 */
export function noFigure(hits: Hit[], ctx: AnswerContext): Answer {
  const said = passagesAnswer("no-figure", hits, ctx, { chunks: 2, perChunk: 1, max: 450 });
  const lines: Line[] = [[text(ctx.words.noFigure)], ...said.messages[0]!.lines.filter((l) => l[0]?.text !== ctx.words.passagesLead), [text(ctx.words.forCandidate(ctx.first))]];
  const contacts = sectionButtons(ctx).find((b) => "action" in b && b.action.type === "section" && b.action.name === "contacts");
  return answer("no-figure", false, said.sources, message(lines, { buttons: contacts ? [[contacts]] : [] }));
}

/** "The résumé doesn't mention …", with near real topics as buttons when there are any. */
export function notFound(q: QueryAnalysis, ctx: AnswerContext, opts: { absentTopic?: boolean; asked?: string[] } = {}): Answer {
  const { words: w, format: f } = ctx;
  // A rewritten question is quoted as typed: its rewriting's words are not the user's.
  const typed = ctx.typed?.replace(/[\s?!.]+$/, "");
  const asked = opts.asked ?? (typed ? [typed] : inQuestionOrder(q, [...q.terms.filter((t) => !t.expansion).map((t) => t.token), ...q.unknown]));
  const what = asked.length ? w.quote(clip(asked.join(" "), 60)) : w.notMentionedThat;
  const lines: Line[] = [[text(w.notMentioned(what))]];
  // A common English word ("license") is not a misspelt technology ("Lucene"): no did-you-mean for it.
  const misspelt = [...q.unknown, ...q.terms.map((t) => t.token)].filter((t) => !isCommonEnglishWord(t));
  const near = [...new Set(misspelt.flatMap((t) => ctx.index.nearTopics(t)))].slice(0, 4);
  const buttons: Button[] = near.map((n) => ({ text: n, action: { type: "ask", text: n } }));
  if (near.length) lines.push([text(w.didYouMean(f.list(near.map(w.quote))))]);
  const sections = sectionButtons(ctx);
  if (opts.absentTopic) {
    lines.push([text(w.forCandidate(ctx.first))]);
    buttons.push(sections.find((b) => "action" in b && b.action.type === "section" && b.action.name === "contacts")!);
  } else if (!near.length) {
    lines.push([italic(w.tryCommands)]);
    buttons.push(...sections.slice(0, 2));
  }
  return answer("not-found", false, [], message(lines, { buttons: rows(buttons, 2) }));
}

/** Words as the question had them ("frontend developer", not "developer frontend"); corrected words keep their place. */
function inQuestionOrder(q: QueryAnalysis, words: string[]): string[] {
  const at = (w: string) => {
    const term = q.terms.find((t) => t.token === w && t.from);
    const i = q.tokens.indexOf(term?.from ?? w);
    return i < 0 ? q.tokens.length : i;
  };
  return words.map((w, order) => ({ w, order, at: at(w) })).sort((a, b) => a.at - b.at || a.order - b.order).map((x) => x.w);
}

/** Passages are joined into one line; a title or a bullet without a full stop still needs one. */
function sentence(s: string): string {
  return /[.!?…:)]$/.test(s) ? s : `${s}.`;
}
