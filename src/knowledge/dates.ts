// Dates as people write them in CVs: "Sept 2019 – Present", "2019-10 – 2021-05", "Oct2018-Dec2021",
// "2024 –" (open), "Summer 2015", "Q3 2019", "2015–18", "since 2019", and month names in English, Spanish,
// German, French, Portuguese, Italian and Russian ("enero 2019", "März 2020", "апрель 2024 — настоящее
// время"). Parsing is format-neutral; formatting is one place for every reply.
import type { YearMonth } from "./model.js";

/** Full month names per language, January first; any prefix of three letters or more is accepted too. */
const MONTH_NAMES_BY_LANGUAGE = [
  "january february march april may june july august september october november december",
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre setiembre",
  "januar februar märz april mai juni juli august september oktober november dezember jänner maerz",
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre fevrier aout decembre",
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro marco",
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
  // Russian genitive ("апреля 2024") and the short forms with their own endings.
  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
];
/** Extra names that are not a month's position in the lists above (alternate spellings at the list's end). */
const ALIASES: Record<string, number> = { setiembre: 9, jänner: 1, maerz: 3, fevrier: 2, aout: 8, decembre: 12, marco: 3 };

/** Every accepted written form of a month → its number. Ambiguous prefixes (e.g. "ma", "ju") are excluded. */
const MONTH_FORMS: Map<string, number> = (() => {
  const forms = new Map<string, number>();
  const clash = new Set<string>();
  const add = (form: string, month: number) => {
    const had = forms.get(form);
    if (had !== undefined && had !== month) clash.add(form);
    else forms.set(form, month);
  };
  for (const list of MONTH_NAMES_BY_LANGUAGE) {
    list.split(" ").forEach((name, i) => {
      const month = ALIASES[name] ?? i + 1;
      for (let n = 3; n <= name.length; n++) add(name.slice(0, n), month);
    });
  }
  for (const form of clash) forms.delete(form);
  return forms;
})();
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Seasons and quarters name a period of a year; the month they begin in stands for it. */
const SEASONS: Record<string, number> = {
  spring: 3, summer: 6, autumn: 9, fall: 9, winter: 1,
  primavera: 3, verano: 6, "otoño": 9, invierno: 1, "verão": 6, outono: 9, inverno: 1, estate: 6, autunno: 9,
  "frühling": 3, sommer: 6, herbst: 9, printemps: 3, "été": 6, automne: 9, hiver: 1,
  "весна": 3, "весной": 3, "лето": 6, "летом": 6, "осень": 9, "осенью": 9, "зима": 1, "зимой": 1,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
/** A letter may not touch a month word: JavaScript's \b knows only ASCII letters, so Cyrillic needs this. */
const NOT_LETTER_BEFORE = "(?<![\\p{L}])";
const NOT_LETTER_AFTER = "(?![\\p{L}])";
const MONTH_WORD = `${NOT_LETTER_BEFORE}(?:${alternation(MONTH_FORMS.keys())})${NOT_LETTER_AFTER}\\.?`;
const SEASON_WORD = `${NOT_LETTER_BEFORE}(?:${alternation(Object.keys(SEASONS))}|[qQ][1-4]|[hH][12])${NOT_LETTER_AFTER}`;
const YEAR = "(?:19|20)\\d\\d";
/** Russian writes "2015 г." and "2015–2018 гг.": the abbreviation of "year" after a year. */
const YEAR_MARK = "(?:\\s*гг?\\.?(?![\\p{L}]))?";
/**
 * One date: "September 2023", "Sep. 2023", "Oct2018", "Oct, 2017", "Summer 2015", "Q3 2019", "2023-09",
 * "2023-09-01", "09/2023", "09.2023", "2023".
 */
const DATE = `(?:(?:${MONTH_WORD}|${SEASON_WORD}),?\\s*(?:(?:de|del|of)\\s+)?${YEAR}|${YEAR}-\\d\\d(?:-\\d\\d)?|\\d\\d?[/.]${YEAR}|${NOT_LETTER_BEFORE}${YEAR}(?!\\d))${YEAR_MARK}`;
const PRESENT_WORDS =
  "present(?:\\s+(?:day|time))?|now|current(?:ly)?|today|ongoing|till now|to date|date|" +
  "actualidad|presente|actual(?:mente)?|hoy|heute|aktuell|jetzt|présent|aujourd'hui|maintenant|atual(?:mente)?|" +
  "hoje|oggi|in corso|attuale|" +
  "(?:по\\s+)?настоящее\\s+время|(?:по\\s+)?наст\\.?\\s*вр(?:емя|\\.)?|(?:по\\s+)?н\\.\\s*в\\.?|(?:по\\s+)?сей\\s+день|сейчас|(?:по\\s+)?текущее\\s+время|нынешнее\\s+время";
const PRESENT = `(?:${PRESENT_WORDS})(?![\\p{L}])`;
const FROM = "(?:from|von|de|desde|dal|da|с|со)";
const TO = "(?:-{1,3}|–|—|to|until|till|bis|hasta|a|al|à|jusqu'à|até|по|до)";
/** Words before an open-ended period: "Since March 2021", "(from 2019)", "с 2019". */
const SINCE_WORDS = "(?:since|from|seit|desde|depuis|dal|dall'|desde|с|со)";

export interface DateRange {
  start: YearMonth;
  /** null: present. */
  end: YearMonth | null;
  /** Where the range stands in the text, so callers can keep what is around it. */
  index: number;
  length: number;
}

/**
 * The date patterns, compiled on first use: a start with the résumé cached never parses a date, and these
 * Unicode patterns (hundreds of month forms) cost milliseconds to compile (the terminal's cold start).
 */
let compiled: { presentOnly: RegExp; range: RegExp; open: RegExp; single: RegExp; since: RegExp; shortRange: RegExp } | undefined;
function patterns(): NonNullable<typeof compiled> {
  return (compiled ??= {
    presentOnly: new RegExp(`^(?:${PRESENT_WORDS})\\.?$`, "iu"),
    range: new RegExp(`(?:${NOT_LETTER_BEFORE}${FROM}\\s+)?(${DATE})\\s*${TO}\\s*(${DATE}|${PRESENT}|\\d\\d(?![\\d/.:]))`, "iu"),
    open: new RegExp(`(${DATE})\\s*(?:-{1,3}|–|—)\\s*(?=$|[)\\]|,;*_]|\\s+[|·(])`, "iu"),
    single: new RegExp(`^(${DATE})$`, "iu"),
    since: new RegExp(`(?:^|[|·–—,]\\s*)[\\s(*_]*${NOT_LETTER_BEFORE}${SINCE_WORDS}\\s+(${DATE})(?![\\s\\d]*(?:-|–|—|to|until|till|по|до)\\s*\\d)`, "iu"),
    // "2024 –", "03/2017–": a start with a dash and nothing after it but punctuation (open); "Since 2022" only
    // at the start of a line or of a "|"-separated part (since); "2015–18": the end keeps two digits (shortRange).
    shortRange: new RegExp(`(?<![\\d/.])(${YEAR})\\s*(?:–|—|\\s-\\s|-(?=(?:1[3-9]|[2-9]\\d)(?!\\d)))\\s*(\\d\\d)(?![\\d/.:-])`, "u"),
  });
}

/**
 * Parses one date ("Oct 2019", "Oct2019", "enero 2019", "апреля 2024", "Summer 2015", "Q3 2019", "2019-10",
 * "2019-10-01", "10/2019", "2019", "2019 г."); undefined if it is not one.
 */
export function parseDate(text: string): YearMonth | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, "").replace(/\s*гг?\.?$/u, "");
  if (!patterns().single.test(t)) return undefined;
  let m = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(t);
  if (m) return withMonth(Number(m[1]), Number(m[2]));
  m = /^(\d\d?)[/.](\d{4})$/.exec(t);
  if (m) return withMonth(Number(m[2]), Number(m[1]));
  m = /^([\p{L}'0-9]+)\.?,?\s*(?:(?:de|del|of)\s+)?(\d{4})$/u.exec(t);
  if (m) return withMonth(Number(m[2]), monthOf(m[1]!));
  m = /^(\d{4})$/.exec(t);
  if (m) return { year: Number(m[1]) };
  return undefined;
}

/** "sept" → 9, "märz" → 3, "апреля" → 4, "summer" → 6, "q3" → 7; undefined for anything else. */
function monthOf(word: string): number | undefined {
  const quarter = /^([qh])([1-4])$/.exec(word);
  if (quarter) return quarter[1] === "q" ? (Number(quarter[2]) - 1) * 3 + 1 : Number(quarter[2]) === 1 ? 1 : 7;
  return MONTH_FORMS.get(word) ?? SEASONS[word];
}

/** "present", "Present day", "настоящее время", "н. в.", "actualidad": the period has not ended. */
export function isPresent(text: string): boolean {
  return patterns().presentOnly.test(text.trim());
}

function withMonth(year: number, month: number | undefined): YearMonth | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  return { year, month };
}

/** Finds the first "start – end" range in a line of text (or an open "2024 –", or "since 2019"). */
export function findDateRange(text: string): DateRange | undefined {
  const candidates = [fullRange(text), shortRange(text), openRange(text), sinceRange(text)].filter(
    (r): r is DateRange => r !== undefined,
  );
  // The earliest in the line wins; at one place, the longest (the whole "2015–2018" over its "2015–").
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  return candidates[0];
}

function fullRange(text: string): DateRange | undefined {
  const m = patterns().range.exec(text);
  if (!m) return undefined;
  const start = parseDate(m[1]!);
  if (!start) return undefined;
  const endText = m[2]!;
  const end = isPresent(endText) || patterns().presentOnly.test(endText.trim().replace(/\.$/, "")) ? null : parseDate(endText);
  if (end === undefined) return undefined;
  return { start, end, index: m.index, length: m[0].length };
}

function shortRange(text: string): DateRange | undefined {
  const m = patterns().shortRange.exec(text);
  if (!m) return undefined;
  const startYear = Number(m[1]);
  let endYear = Math.floor(startYear / 100) * 100 + Number(m[2]);
  if (endYear < startYear) endYear += 100;
  if (endYear - startYear > 60) return undefined;
  return { start: { year: startYear }, end: { year: endYear }, index: m.index, length: m[0].length };
}

function openRange(text: string): DateRange | undefined {
  const m = patterns().open.exec(text);
  const start = m ? parseDate(m[1]!) : undefined;
  return m && start ? { start, end: null, index: m.index, length: m[0].length } : undefined;
}

function sinceRange(text: string): DateRange | undefined {
  const since = patterns().since.exec(text);
  const start = since ? parseDate(since[1]!) : undefined;
  if (!since || !start) return undefined;
  const word = new RegExp(SINCE_WORDS, "iu").exec(since[0].slice(0))!;
  const index = since.index + word.index;
  return { start, end: null, index, length: since.index + since[0].length - index };
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
