// Periods a question asks about, in whole years: "between 2015 and 2018", "since 2019", "before 2010",
// "in the 2010s", "over the last four years". A single year ("in 2016") is not a period: the year answer
// handles it.

/** A span of whole years, both ends included. */
export interface Period {
  from: number;
  to: number;
}

/** Counts written out, as questions write them ("the last four years", "for ten years"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
// Literals, not built per call: a RegExp built from a string is compiled again each time it is made.
const BETWEEN = /\b(?:between|from)\s+((?:19|20)\d\d)\s*(?:and|to|till|until|-|–)\s*((?:19|20)\d\d)\b/;
const RANGE = /\b((?:19|20)\d\d)\s*(?:-|–)\s*((?:19|20)\d\d)\b/;
const SINCE = /\b(?:since|after|from)\s+((?:19|20)\d\d)\b/;
const BEFORE = /\b(?:before|prior to|until|till)\s+((?:19|20)\d\d)\b/;
const DECADE = /\b(?:in )?the (?:(early|mid|late) )?((?:19|20)\d)0 ?'?s\b/;
/** "the 90s", "the '00s": a two-digit decade, the latest one that has begun by now. */
const SHORT_DECADE = /\b(?:in )?the (?:(early|mid|late) )?'?(\d)0 ?'?s\b/;
const LAST_DECADE = /\b(?:last|past) decade\b/;
/** Which years of a decade "early", "mid" and "late" mean. */
const PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** The years of a decade, or of its early, middle or late part. */
function decade(start: number, part: string | undefined): Period {
  const [a, b] = part ? PART[part]! : [0, 9];
  return { from: start + a, to: start + b };
}
const LAST_YEARS = /\b(?:last|past) (\d{1,2}|[a-z]+) years?\b/;

/** The period a normalised question names, if any; `now` is the current year. */
export function askedPeriod(norm: string, now: number): Period | undefined {
  // Most questions name no year, decade or "last … years": one cheap test spares the patterns.
  const hasYear = /(?:19|20)\d/.test(norm);
  if (!hasYear && !/\b(?:last|past) |\d0 ?'?s\b/.test(norm)) return undefined;
  let m = hasYear ? (BETWEEN.exec(norm) ?? RANGE.exec(norm)) : null;
  if (m) return ordered(Number(m[1]), Number(m[2]));
  if (hasYear && (m = SINCE.exec(norm))) {
    const y = Number(m[1]);
    return { from: m[0].startsWith("after") ? y + 1 : y, to: Math.max(now, y) };
  }
  if (hasYear && (m = BEFORE.exec(norm))) return { from: 1950, to: Number(m[1]) - 1 };
  if (hasYear && (m = DECADE.exec(norm))) return decade(Number(m[2]) * 10, m[1]);
  if ((m = SHORT_DECADE.exec(norm))) {
    const digit = Number(m[2]);
    const start = 2000 + digit * 10 <= now ? 2000 + digit * 10 : 1900 + digit * 10;
    return decade(start, m[1]);
  }
  if (LAST_DECADE.test(norm)) return { from: now - 10, to: now };
  if ((m = LAST_YEARS.exec(norm))) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
    if (n) return { from: now - n, to: now };
  }
  return undefined;
}

function ordered(a: number, b: number): Period {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** A season of one year, as months of that year: "spring 2020" is March to May 2020. */
export interface Season {
  year: number;
  fromMonth: number;
  toMonth: number;
}

const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [1, 2] };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_OF_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:of )?((?:19|20)\d\d)\b/;
const QUARTER = /\bq([1-4]) (?:of )?((?:19|20)\d\d)\b|\b((?:19|20)\d\d) q([1-4])\b/;
const PART_OF_YEAR = /\b(early|mid|late|end of|beginning of|start of) ((?:19|20)\d\d)\b/;
const PART_MONTHS: Record<string, [number, number]> = { early: [1, 4], "beginning of": [1, 3], "start of": [1, 3], mid: [5, 8], late: [9, 12], "end of": [10, 12] };

/** "March 2021", "Q3 2019", "late 2019": some months of one year, if the question names them. */
function askedMonths(norm: string): Season | undefined {
  const month = MONTH_OF_YEAR.exec(norm);
  if (month) {
    const n = MONTHS.findIndex((name) => name.startsWith(month[1]!)) + 1;
    // "may 2019" is the month; "mar" could be a word but not before a year.
    if (n > 0) return { year: Number(month[2]), fromMonth: n, toMonth: n };
  }
  const quarter = QUARTER.exec(norm);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[4]);
    return { year: Number(quarter[2] ?? quarter[3]), fromMonth: q * 3 - 2, toMonth: q * 3 };
  }
  const part = PART_OF_YEAR.exec(norm);
  if (part) {
    const [fromMonth, toMonth] = PART_MONTHS[part[1]!]!;
    return { year: Number(part[2]), fromMonth, toMonth };
  }
  return undefined;
}

/**
 * "in spring 2020", "the fall of 2014", "2019 summer", "March 2021", "Q3 2019", "late 2019": the months of
 * one year the question names, if any.
 */
export function askedSeason(norm: string): Season | undefined {
  if (!/(?:19|20)\d\d/.test(norm)) return undefined;
  return seasonOfYear(norm) ?? askedMonths(norm);
}

/** "in spring 2020", "the fall of 2014", "2019 summer". */
function seasonOfYear(norm: string): Season | undefined {
  const before = /\b(spring|summer|autumn|fall|winter)(?: of)? ((?:19|20)\d\d)\b/.exec(norm);
  const after = before ? undefined : /\b((?:19|20)\d\d) (spring|summer|autumn|fall|winter)\b/.exec(norm);
  const season = before?.[1] ?? after?.[2];
  const year = before?.[2] ?? after?.[1];
  if (!season || !year) return undefined;
  const [fromMonth, toMonth] = SEASON_MONTHS[season]!;
  return { year: Number(year), fromMonth, toMonth };
}
