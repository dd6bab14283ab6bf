// The words and dates drawn into the timeline and the PDF, in the language they were asked for: section
// labels from the catalogue (src/words), months and ranges from src/language's formatter. English keeps
// the résumé model's own date format ("Oct 2019 – May 2021"); Russian reads «окт. 2019 — май 2021».
import { formatPeriod, formatYearMonth } from "../knowledge/dates.js";
import type { YearMonth } from "../knowledge/model.js";
import type { Lang } from "../language/detect.js";
import { format } from "../language/format.js";
import { wordsFor, type InterfaceWords } from "../words/index.js";

/** Everything language-dependent a picture or PDF draws. */
export interface RenderLabels {
  lang: Lang;
  words: InterfaceWords["render"];
  month(d: YearMonth): string;
  period(start: YearMonth, end: YearMonth | null): string;
  /** "3 yrs 3 mos" / «3 г. 3 мес.»: the short form that fits beside a bar. */
  shortDuration(months: number): string;
}

/** The labels of a language (English by default). */
export function renderLabels(lang: Lang = "en"): RenderLabels {
  const words = wordsFor(lang).render;
  if (lang === "en") return { lang, words, month: formatYearMonth, period: formatPeriod, shortDuration: (m) => short(m, ["yr", "yrs"], ["mo", "mos"]) };
  const f = format(lang);
  return { lang, words, month: (d) => f.month(d), period: (s, e) => f.range(s, e), shortDuration: shortRussian };
}

/** «1 г.», «3 г.», «5 л.», «4 мес.»: «лет» from 5 (and 11–14) on, as the full words go. */
function shortRussian(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const yearWord = y % 10 >= 1 && y % 10 <= 4 && !(y % 100 >= 11 && y % 100 <= 14) ? "г." : "л.";
  return [y ? `${y} ${yearWord}` : "", m || !y ? `${m} мес.` : ""].filter(Boolean).join(" ");
}

function short(months: number, year: [string, string], month: [string, string]): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y) parts.push(`${y} ${y === 1 ? year[0] : year[1]}`);
  if (m || !y) parts.push(`${m} ${m === 1 ? month[0] : month[1]}`);
  return parts.join(" ");
}
