// Which kind of CV section a heading opens, by its title in any case and wording.
import { minOf } from "../arrays.js";
import { plain, type Block, type HeadingBlock } from "./blocks.js";

export type SectionKind = "summary" | "experience" | "education" | "skills" | "languages" | "contacts" | "other";

const KINDS: [SectionKind, RegExp][] = [
  // "Technical experience" lists skills, not jobs; checked before "experience" below.
  ["skills", /\btechnical (experience|background|expertise|knowledge)\b/],
  ["experience", /\b(experience|employment|work history|career|positions|jobs|professional background)\b/],
  ["education", /\b(education|academic|studies|qualifications|degrees?|university)\b/],
  ["skills", /\b(skills|programming|technologies|tech stack|technical|competenc(e|ies)|expertise|toolbox|stack)\b/],
  ["languages", /^(spoken |human |natural )?languages?( skills)?$/],
  ["contacts", /\b(contacts?|contact (info|information|details)|get in touch|links|reach me)\b/],
  ["summary", /\b(summary|about|profile|objective|overview|introduction|bio|who i am)\b/],
  // Other languages' usual titles (accents already dropped). Cyrillic has no \b in JavaScript: whole words
  // are matched with lookarounds on letters instead.
  ["experience", /\b(experiencia|berufserfahrung|erfahrung|esperienz[ae]|experiencia profissional|parcours)\b|(?<!\p{L})(опыт|трудовая деятельность|места работы|карьера)(?!\p{L})/u],
  ["education", /\b(formacion|ausbildung|studium|formation|istruzione|formacao)\b|(?<!\p{L})(образование|обучение|курсы|повышение квалификации)(?!\p{L})/u],
  ["skills", /\b(habilidades|kenntnisse|competences|competenze|competencias|fahigkeiten)\b|(?<!\p{L})(навыки|технологии|стек|умения|компетенции)(?!\p{L})/u],
  ["languages", /^(idiomas|sprachen|langues|lingue|sprachkenntnisse)$|^(языки|знание языков|владение языками|иностранные языки)$/u],
  ["contacts", /\b(kontakt|contacto|contato|contatti)\b|(?<!\p{L})(контакты|контактная информация|связь)(?!\p{L})/u],
  ["summary", /\b(perfil|uber mich|a propos|profilo|resumen)\b|(?<!\p{L})(о себе|обо мне|цель|профиль|кратко|общая информация)(?!\p{L})/u],
];

/** Sections that sound like a known kind but are kept as they are (in the model's extras). */
const KEPT_AS_WRITTEN = /\b(volunteer(ing)?|voluntary|pro bono)\b|(?<!\p{L})волонт[её]р/u;

export function sectionKind(title: string): SectionKind {
  // "Expérience", "Résumé": accents dropped before matching, so they do not split words.
  const t = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "Volunteer experience" is not employment: questions about jobs and years of experience count paid
  // work, as for JSON Resume's "volunteer" section; the section stays searchable as an extra.
  if (KEPT_AS_WRITTEN.test(t)) return "other";
  for (const [kind, re] of KINDS) if (re.test(t)) return kind;
  return "other";
}

/** Titles of the other sections CVs commonly have, recognised as titles in files without headings. */
const EXTRA_WORDS =
  "interests|hobbies|licen[cs]es?|certifications?|certificates|awards|honou?rs|publications|projects|side projects|" +
  "volunteering|volunteer work|references|achievements|courses|trainings?|patents|talks|conferences|memberships|" +
  "activities|open source|additional information|проекты|сертификаты|награды|публикации|интересы|хобби|рекомендации|достижения";
/** "Awards", "Licenses & Certifications", "Honors and Awards": one or more of the words above. */
const COMMON_EXTRAS = new RegExp(`^(?:${EXTRA_WORDS})(?:\\s*(?:&|and|,)\\s*(?:${EXTRA_WORDS}))*$`, "i");

/**
 * CVs exported from word processors often have no Markdown headings at all: their section titles are
 * bold or capitalised lines ("**EXPERIENCE**", "SKILLS"). In such a file those lines, when they name a
 * known section, become headings. A file with real section headings is left alone, so a bold
 * "**Technologies**" label inside a job stays a label.
 */
export function promoteSectionLines(blocks: Block[]): Block[] {
  const headings = blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  if (headings.some((h) => sectionKind(h.text) !== "other")) return blocks;
  const level = Math.min(minOf(headings.map((h) => h.level + 1), 2), 2);
  return blocks.map((b) => {
    if (b.kind !== "paragraph" || b.lines.length !== 1) return b;
    const raw = b.text.trim();
    const title = plain(raw).replace(/:$/, "");
    const looksLikeTitle = /^(\*\*|__)[^*_]+\1:?$/.test(raw) || (title === title.toUpperCase() && /\p{Lu}{3}/u.test(title));
    if (!looksLikeTitle || title.length > 40 || (sectionKind(title) === "other" && !COMMON_EXTRAS.test(title))) return b;
    return { kind: "heading", level, text: title, line: b.line } satisfies HeadingBlock;
  });
}
