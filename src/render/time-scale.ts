// Dates on the timeline as a count of months since year 0, so bars of month-precise and
// year-only jobs share one axis. A bar covers its months whole: "Oct 2019 – May 2021" runs from the
// start of October to the end of May; "2003 – 2009" from January 2003 to the end of December 2009.
import type { YearMonth } from "../knowledge/model.js";

export function monthsAtStart(d: YearMonth): number {
  return d.year * 12 + ((d.month ?? 1) - 1);
}

export function monthsAtEnd(d: YearMonth): number {
  return d.year * 12 + (d.month ?? 12);
}

/** Today, to the day: a current job's bar stops exactly at the "now" line. */
export function monthsAtDate(now: Date): number {
  const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  return now.getUTCFullYear() * 12 + now.getUTCMonth() + (now.getUTCDate() - 1) / daysInMonth;
}

export function yearMonthOf(now: Date): YearMonth {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

export interface Axis {
  firstYear: number;
  /** Exclusive: the axis ends where this year begins. */
  endYear: number;
  /** Years between labelled grid lines: at most 13 labels, about 75 px apart at 1080 px. */
  step: number;
  x(months: number): number;
}

/** Whole years from the earliest start to the latest end, mapped onto [left, right] pixels. */
export function makeAxis(spans: Array<[number, number]>, now: number, left: number, right: number): Axis {
  const starts = spans.map(([s]) => s);
  const ends = spans.map(([, e]) => e);
  const firstYear = Math.floor(Math.min(now, ...starts) / 12);
  let endYear = Math.ceil(Math.max(now, ...ends) / 12);
  if (endYear <= firstYear) endYear = firstYear + 1;
  const years = endYear - firstYear;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= 13) ?? 100;
  const scale = (right - left) / (years * 12);
  return { firstYear, endYear, step, x: (months) => left + (months - firstYear * 12) * scale };
}

/** Years that get a grid line and a label: the multiples of the step. */
export function tickYears(axis: Axis): number[] {
  const ticks: number[] = [];
  for (let y = axis.firstYear; y <= axis.endYear; y++) {
    if (y % axis.step === 0) ticks.push(y);
  }
  return ticks;
}
