// Russian formatting: plurals chosen by the CLDR rules (words/plural-rules.ts; one: 1, 21; few: 2–4, 22; many: 5–20; other:
// fractions), the decimal comma, abbreviated month names as Russian typography writes them.
import { pluralCategory } from "../../words/plural-rules.js";
import type { Formatter, YearMonthLike } from "../format.js";

type PluralForms = Record<Intl.LDMLPluralRule, string>;

/** Fractions take the genitive singular: «1,5 года», «2,5 месяца». */
const YEAR_FORMS: PluralForms = { zero: "лет", one: "год", two: "года", few: "года", many: "лет", other: "года" };
/** After «около» a count is in the genitive: «около 1 года», «около 3 лет», «около 24 лет», «около 2,5 года». */
const ABOUT_YEAR_FORMS: PluralForms = { zero: "лет", one: "года", two: "лет", few: "лет", many: "лет", other: "года" };
const MONTH_FORMS: PluralForms = { zero: "месяцев", one: "месяц", two: "месяца", few: "месяца", many: "месяцев", other: "месяца" };

/** Short months as in «сент. 2023»; the short ones are written in full. */
const MONTHS = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

/**
 * "2003", "2,5": rounded, no grouping, the decimal comma. Written out rather than Intl.NumberFormat, whose
 * first use pages in about 5 MB of ICU data (see words/plural-rules.ts).
 */
function formatNumber(value: number, fractionDigits = 1): string {
  return String(Number(value.toFixed(fractionDigits))).replace(".", ",");
}

/** A number and the noun form it takes. */
function counted(value: number, forms: PluralForms): string {
  return `${formatNumber(value)} ${forms[pluralCategory("ru", value)]}`;
}

function month(date: YearMonthLike): string {
  return date.month ? `${MONTHS[date.month - 1]} ${date.year}` : String(date.year);
}

/** Russian formatting. */
export const russianFormat: Formatter = {
  lang: "ru",
  number: formatNumber,
  years: (value) => counted(value, YEAR_FORMS),
  months: (value) => counted(value, MONTH_FORMS),
  duration(totalMonths) {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    const parts: string[] = [];
    if (y) parts.push(counted(y, YEAR_FORMS));
    if (m || !y) parts.push(counted(m, MONTH_FORMS));
    return parts.join(" ");
  },
  aboutYears(totalMonths) {
    if (totalMonths < 12) return counted(totalMonths, MONTH_FORMS);
    return `около ${counted(Math.round(totalMonths / 6) / 2, ABOUT_YEAR_FORMS)}`;
  },
  month,
  range: (start, end) => `${month(start)} — ${end ? month(end) : "н. в."}`,
  list(items) {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
  },
};
