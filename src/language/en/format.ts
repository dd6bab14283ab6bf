// English formatting, the same functions as the Russian one; it writes what the English answers write
// today ("1 year 8 months", "Oct 2019 – May 2021", "about 2.5 years").
import { pluralCategory } from "../../words/plural-rules.js";
import type { Formatter, YearMonthLike } from "../format.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatNumber(value: number, fractionDigits = 1): string {
  // Rounded like Intl would, without grouping: "2003", "1.5".
  return String(Number(value.toFixed(fractionDigits)));
}

/** "1 year", "2 years", "1.5 years" (a fraction is "other" in English). */
function counted(value: number, noun: string): string {
  return `${formatNumber(value)} ${noun}${pluralCategory("en", value) === "one" ? "" : "s"}`;
}

function month(date: YearMonthLike): string {
  return date.month ? `${MONTHS[date.month - 1]} ${date.year}` : String(date.year);
}

/** English formatting. */
export const englishFormat: Formatter = {
  lang: "en",
  number: formatNumber,
  years: (value) => counted(value, "year"),
  months: (value) => counted(value, "month"),
  duration(totalMonths) {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    const parts: string[] = [];
    if (y) parts.push(counted(y, "year"));
    if (m || !y) parts.push(counted(m, "month"));
    return parts.join(" ");
  },
  aboutYears(totalMonths) {
    if (totalMonths < 12) return counted(totalMonths, "month");
    return `about ${counted(Math.round(totalMonths / 6) / 2, "year")}`;
  },
  month,
  range: (start, end) => `${month(start)} – ${end ? month(end) : "present"}`,
  list(items) {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  },
};
