// Dates as people write them in CVs: "Sept 2019 – Present", "2019-10 – 2021-05", "Jan 2017 - Feb 2021",
// "2014 – 2016", "05/2018 - now". Parsing is format-neutral; formatting is one place for every reply.
import type { YearMonth } from "./model.js";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(?:19|20)\\d\\d";
/** One date: "September 2023", "Sep. 2023", "Oct, 2017", "2023-09", "2023-09-01", "09/2023", "09.2023", "2023". */
const DATE = `(?:${MONTH_WORD},?\\s+${YEAR}|${YEAR}-\\d\\d(?:-\\d\\d)?|\\d\\d?[/.]${YEAR}|${YEAR})`;
const PRESENT = "(?:present|now|current(?:ly)?|today|ongoing|till now|to date)";
// Between the dates: a hyphen, an en or em dash, or "--"/"---", which pandoc-style Markdown writes for them.
const RANGE = new RegExp(`(?:\\bfrom\\s+)?(${DATE})\\s*(?:-{1,3}|–|—|to|until|till)\\s*(${DATE}|${PRESENT})`, "i");
const SINGLE = new RegExp(`^(${DATE})$`, "i");
/**
 * "Since March 2021", "(from 2019)", "Lead Engineer | Since 2022": an open-ended period, only at the start
 * of a line or of a "|"-separated part ("maintained since 2015" in a sentence is not a period).
 */
const SINCE = new RegExp(`(?:^|[|·–—,]\\s*)[\\s(*_]*(?:since|from)\\s+(${DATE})(?![\\s\\d]*(?:-|–|—|to|until|till)\\s*\\d)`, "i");

export interface DateRange {
  start: YearMonth;
  /** null: present. */
  end: YearMonth | null;
  /** Where the range stands in the text, so callers can keep what is around it. */
  index: number;
  length: number;
}

/** Parses one date ("Oct 2019", "2019-10", "2019-10-01", "10/2019", "2019"); undefined if it is not one. */
export function parseDate(text: string): YearMonth | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (!SINGLE.test(t)) return undefined;
  let m = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(t);
  if (m) return withMonth(Number(m[1]), Number(m[2]));
  m = /^(\d\d?)[/.](\d{4})$/.exec(t);
  if (m) return withMonth(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) return withMonth(Number(m[2]), MONTHS[m[1]!.slice(0, m[1]!.startsWith("sept") ? 4 : 3)]);
  m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]) };
  return undefined;
}

function withMonth(year: number, month: number | undefined): YearMonth | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  return { year, month };
}

/** Finds the first "start – end" range in a line of text. */
export function findDateRange(text: string): DateRange | undefined {
  const m = RANGE.exec(text);
  if (!m) {
    const since = SINCE.exec(text);
    const start = since ? parseDate(since[1]!) : undefined;
    if (!since || !start) return undefined;
    const index = since.index + since[0].toLowerCase().search(/since|from/);
    return { start, end: null, index, length: since.index + since[0].length - index };
  }
  const start = parseDate(m[1]!);
  if (!start) return undefined;
  const endText = m[2]!;
  const end = new RegExp(`^${PRESENT}$`, "i").test(endText.trim()) ? null : parseDate(endText);
  if (end === undefined) return undefined;
  return { start, end, index: m.index, length: m[0].length };
}

/**
 * Why a date-looking word is not a date ("2019-13", "13/2019"), so an author learns more than "no dates
 * found"; undefined when the text has no such word.
 */
export function explainBadDate(text: string): string | undefined {
  const m = /\b((?:19|20)\d\d)-(\d\d)(?:-\d\d)?\b|\b(\d\d?)[/.]((?:19|20)\d\d)\b/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2] ?? m[3]);
  if (month >= 1 && month <= 12) return undefined;
  return `"${m[0]}" is not a date: there is no month ${month}`;
}

/** "Oct 2019", or "2003" when the résumé gives only a year. */
export function formatYearMonth(d: YearMonth): string {
  return d.month ? `${MONTH_NAMES[d.month - 1]} ${d.year}` : String(d.year);
}

/** "Oct 2019 – May 2021", "Sep 2023 – present". */
export function formatPeriod(start: YearMonth, end: YearMonth | null): string {
  return `${formatYearMonth(start)} – ${end ? formatYearMonth(end) : "present"}`;
}

/**
 * Months between two dates, counting both ends' months ("Oct 2019 – May 2021" is 20 months).
 * A year without a month counts from January when it starts and to December when it ends.
 */
export function monthsBetween(start: YearMonth, end: YearMonth): number {
  return (end.year - start.year) * 12 + ((end.month ?? 12) - (start.month ?? 1)) + 1;
}

/** "1 year 8 months", "5 years", "4 months". */
export function formatMonths(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y) parts.push(`${y} year${y === 1 ? "" : "s"}`);
  if (m || !y) parts.push(`${m} month${m === 1 ? "" : "s"}`);
  return parts.join(" ");
}
