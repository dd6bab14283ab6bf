// Periods a question asks about, in whole years: "between 2015 and 2018", "since 2019", "before 2010",
// "in the 2010s", "over the last four years". A single year ("in 2016") is not a period: the year answer
// handles it.

/** A span of whole years, both ends included. */
export interface Period {
  from: number;
  to: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20,
};
// Literals, not built per call: a RegExp built from a string is compiled again each time it is made.
const BETWEEN = /\b(?:between|from)\s+((?:19|20)\d\d)\s*(?:and|to|till|until|-|–)\s*((?:19|20)\d\d)\b/;
const RANGE = /\b((?:19|20)\d\d)\s*(?:-|–)\s*((?:19|20)\d\d)\b/;
const SINCE = /\b(?:since|after|from)\s+((?:19|20)\d\d)\b/;
const BEFORE = /\b(?:before|prior to|until|till)\s+((?:19|20)\d\d)\b/;
const DECADE = /\b(?:in )?the ((?:19|20)\d)0 ?s\b/;
const LAST_YEARS = /\b(?:last|past) (\d{1,2}|[a-z]+) years?\b/;

/** The period a normalised question names, if any; `now` is the current year. */
export function askedPeriod(norm: string, now: number): Period | undefined {
  // Most questions name no year and no "last … years": one cheap test spares the patterns.
  const hasYear = /(?:19|20)\d/.test(norm);
  if (!hasYear && !/\b(?:last|past) /.test(norm)) return undefined;
  let m = hasYear ? (BETWEEN.exec(norm) ?? RANGE.exec(norm)) : null;
  if (m) return ordered(Number(m[1]), Number(m[2]));
  if (hasYear && (m = SINCE.exec(norm))) {
    const y = Number(m[1]);
    return { from: m[0].startsWith("after") ? y + 1 : y, to: Math.max(now, y) };
  }
  if (hasYear && (m = BEFORE.exec(norm))) return { from: 1950, to: Number(m[1]) - 1 };
  if (hasYear && (m = DECADE.exec(norm))) return { from: Number(m[1]) * 10, to: Number(m[1]) * 10 + 9 };
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

/** "in spring 2020", "the fall of 2014", "2019 summer": the season named with a year, if any. */
export function askedSeason(norm: string): Season | undefined {
  const before = /\b(spring|summer|autumn|fall|winter)(?: of)? ((?:19|20)\d\d)\b/.exec(norm);
  const after = before ? undefined : /\b((?:19|20)\d\d) (spring|summer|autumn|fall|winter)\b/.exec(norm);
  const season = before?.[1] ?? after?.[2];
  const year = before?.[2] ?? after?.[1];
  if (!season || !year) return undefined;
  const [fromMonth, toMonth] = SEASON_MONTHS[season]!;
  return { year: Number(year), fromMonth, toMonth };
}
