// faq.md → entries. The candidate writes it in the first person: a `# …` title, then one `## <question>`
// heading per entry with the answer below in Markdown; an optional line right under the heading,
// `Also asked: phrase; phrase`, lists other ways people ask it. Problems are collected (all of them, so the
// author fixes them in one go) as KnowledgeErrors naming `faq.md:line`.
import { KnowledgeError, KnowledgeErrors } from "../knowledge/errors.js";
import { normalize } from "../search/text.js";

/** One question the candidate answered. */
export interface FaqEntry {
  /** Stable within the file: the heading's slug ("are-you-open-to-relocation"). */
  id: string;
  question: string;
  /** Other phrasings from the `Also asked:` line. */
  alsoAsked: string[];
  /** The answer as written (Markdown lines, blank lines kept as paragraph breaks). */
  answer: string[];
  line: number;
}

/** A parsed faq.md. */
export interface Faq {
  title?: string;
  entries: FaqEntry[];
  file: string;
}

const ALSO = /^(?:also asked|также спрашивают)\s*:\s*(.*)$/iu;

/** Parses faq.md text; throws KnowledgeErrors listing every malformed entry. */
export function parseFaq(source: string, file = "faq.md"): Faq {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const faq: Faq = { entries: [], file };
  const errors: KnowledgeError[] = [];
  let current: FaqEntry | undefined;
  const close = () => {
    if (!current) return;
    while (current.answer.length && !current.answer.at(-1)!.trim()) current.answer.pop();
    while (current.answer.length && !current.answer[0]!.trim()) current.answer.shift();
    if (!current.answer.length) errors.push(new KnowledgeError(file, current.line, "answer", `"${current.question}" has no answer below it`));
    faq.entries.push(current);
    current = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && heading[1] === "#" && !faq.title && !current && !faq.entries.length) {
      faq.title = heading[2];
      return;
    }
    if (heading && heading[1] === "##") {
      close();
      const question = heading[2]!.trim();
      if (!question) errors.push(new KnowledgeError(file, i + 1, "question", "an empty ## heading"));
      current = { id: slugOf(question), question, alsoAsked: [], answer: [], line: i + 1 };
      return;
    }
    if (!current) return; // text between the title and the first question: an introduction, not shown.
    const also = ALSO.exec(line.trim());
    if (also && !current.answer.some((l) => l.trim())) {
      current.alsoAsked.push(...also[1]!.split(/[;|]/).map((s) => s.trim()).filter(Boolean));
      return;
    }
    current.answer.push(line);
  });
  close();
  errors.push(...duplicates(faq.entries, file));
  if (errors.length) throw new KnowledgeErrors(errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return faq;
}

function duplicates(entries: FaqEntry[], file: string): KnowledgeError[] {
  const seen = new Map<string, FaqEntry>();
  const errors: KnowledgeError[] = [];
  for (const entry of entries) {
    const key = normalize(entry.question).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const first = seen.get(key);
    if (first) errors.push(new KnowledgeError(file, entry.line, "question", `duplicate question: "${entry.question}" is already asked at line ${first.line}`));
    else seen.set(key, entry);
  }
  return errors;
}

function slugOf(question: string): string {
  return (
    normalize(question)
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "entry"
  );
}
