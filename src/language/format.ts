// Numbers, plurals, months and date ranges, one implementation per language behind one interface, so a
// message catalogue asks `format(lang)` and never spells a plural or a month itself.
import type { Lang } from "./detect.js";
import { englishFormat } from "./en/format.js";
import { russianFormat } from "./ru/format.js";

/** A month of a year, as the résumé model has it (a year alone has no month). */
export interface YearMonthLike {
  year: number;
  month?: number | undefined;
}

/** Formatting for one language; every function is pure. */
export interface Formatter {
  readonly lang: Lang;
  /** A number with the language's decimal mark: 1.5 → "1.5" / "1,5". At most `fractionDigits` decimals (1). */
  number(value: number, fractionDigits?: number): string;
  /** A count of years with its plural: "1 year", "2.5 years" / "1 год", "2 года", "5 лет", "1,5 года". */
  years(value: number): string;
  /** A count of months: "1 month", "8 months" / "1 месяц", "3 месяца", "8 месяцев". */
  months(value: number): string;
  /** Whole months as years and months: 20 → "1 year 8 months" / "1 год 8 месяцев"; 0 → "0 months". */
  duration(totalMonths: number): string;
  /** Rounded to half years past a year: 30 → "about 2.5 years" / "около 2,5 года"; under a year, months. */
  aboutYears(totalMonths: number): string;
  /** One month: "Sep 2023" / "сент. 2023"; a year alone as the year. */
  month(date: YearMonthLike): string;
  /** A period: "Oct 2019 – May 2021", "Sep 2023 – present" / "окт. 2019 — май 2021", "сент. 2023 — н. в.". */
  range(start: YearMonthLike, end: YearMonthLike | null): string;
  /** A list joined the language's way: "Rust, Go and C" / "Rust, Go и C". */
  list(items: readonly string[]): string;
}

/** The formatter of a language. */
export function format(lang: Lang): Formatter {
  return lang === "ru" ? russianFormat : englishFormat;
}
