// Questions that name one of a CV's other sections — awards, certificates, publications, projects,
// volunteering, interests, references, talks — or a synonym ("won any awards?", "certified?", "papers?",
// "hobbies?", "side projects?") are answered from that section, listing its items as written.
// The section is found by its title, whatever format it came from (JSON Resume's `awards`, a Markdown
// "## Honors & Awards", a plain-text "CERTIFICATIONS").
import type { Section } from "../knowledge/model.js";
import type { AnswerContext } from "./context.js";
import { answer, bold, bullet, message, text } from "./rich.js";
import type { Answer, Line } from "./types.js";

/** A kind of section: how a question asks for it, and how a section's title names it. */
interface SectionKind {
  name: string;
  asked: RegExp;
  titled: RegExp;
}

// Cyrillic has no \b in JavaScript regexes: Russian words are matched as stems, which is what they need.
const KINDS: SectionKind[] = [
  {
    name: "awards",
    asked: /\b(awards?|awarded|prizes?|honou?rs|accolades?)\b|наград|преми[ия]/u,
    titled: /award|honou?r|prize|accolade|наград/iu,
  },
  {
    name: "certificates",
    asked: /\b(certificat\w*|certified|certs?|licen[cs]es?|credentials?)\b|сертифи/u,
    titled: /certif|licen[cs]|credential|сертиф/iu,
  },
  {
    name: "publications",
    asked: /\b(publications?|published|publish\w*|papers?|articles?|books?|authored)\b|публикац|стать[ияей]/u,
    titled: /publicat|papers|articles|публикац/iu,
  },
  {
    name: "projects",
    asked: /\b(side|pet|personal|hobby|own) projects?\b|^(what |which |any |list )?(his |her |their )?projects\b|\bprojects (has|did|does) (he|she|they)\b|проект/u,
    titled: /project|проект/iu,
  },
  {
    name: "volunteering",
    asked: /\b(volunteer\w*|pro bono|charity|charitable|non-?profits?)\b|волонт|благотвор/u,
    titled: /volunt|pro bono|волонт/iu,
  },
  {
    name: "interests",
    asked: /\b(hobb(y|ies)|interests|free time|spare time|pastimes?|outside (of )?work)\b|хобби|увлечен|интерес/u,
    titled: /interest|hobb|хобби|увлечен|интерес/iu,
  },
  {
    name: "references",
    asked: /\b(references?|referees?|recommendations?|testimonials?|vouch)\b|рекомендац|отзыв/u,
    titled: /referenc|referee|recommendation|testimonial|рекомендац/iu,
  },
  {
    name: "talks",
    asked: /\b(talks?|speaker|spoke|speaking|presentations?|conferences?)\b|доклад|выступ|конференц/u,
    titled: /talk|speaking|presentation|conference|доклад|выступ/iu,
  },
];

/** At most this many items are listed; the rest are counted. */
const MAX_ITEMS = 8;
const MAX_ITEM_CHARS = 220;

/**
 * The résumé's sections a question asks for by name or synonym; empty when it names none or the résumé
 * has no such section (then the usual search answers, or says the résumé doesn't mention it).
 */
export function askedSections(question: string, extras: readonly Section[]): Section[] {
  const q = question.toLowerCase();
  const kinds = KINDS.filter((k) => k.asked.test(q));
  if (!kinds.length) return [];
  return extras.filter((s) => s.items.length && kinds.some((k) => k.titled.test(s.title)));
}

/** Lists the sections' items: "Awards (3):" then one bullet each, as written. */
export function sectionsAnswer(sections: readonly Section[], ctx: AnswerContext): Answer {
  const lines: Line[] = [];
  for (const section of sections) {
    if (lines.length) lines.push([]);
    const n = section.items.length;
    lines.push([bold(`${section.title}`), text(ctx.words.sectionItems(n, ctx.first))]);
    for (const item of section.items.slice(0, MAX_ITEMS)) lines.push(bullet(text(clip(item))));
    if (n > MAX_ITEMS) lines.push([text(ctx.words.sectionMore(n - MAX_ITEMS))]);
  }
  return answer("section", true, sections.map((s) => `extras/${s.id}`), message(lines));
}

function clip(s: string): string {
  return s.length <= MAX_ITEM_CHARS ? s : `${s.slice(0, MAX_ITEM_CHARS - 1).replace(/\s+\S*$/, "")}…`;
}
