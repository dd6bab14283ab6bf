// The date forms CVs use, and the ones that are not dates.
import { describe, expect, it } from "vitest";
import { explainBadDate, findDateRange, formatPeriod, parseDate } from "../../src/knowledge/dates.js";

const period = (text: string) => {
  const r = findDateRange(text);
  return r ? formatPeriod(r.start, r.end) : undefined;
};

describe("dates", () => {
  it.each([
    ["Sept 2019 – Present", "Sep 2019 – present"],
    ["2019-10 – 2021-05", "Oct 2019 – May 2021"],
    ["2014 – 2016", "2014 – 2016"],
    ["Jan 2017 – Feb 2021", "Jan 2017 – Feb 2021"],
    ["_September 2023 - Present_", "Sep 2023 – present"],
    ["2013-12-01 — 2014-12-01", "Dec 2013 – Dec 2014"],
    ["05/2018 - now", "May 2018 – present"],
    ["09.2014 – 12.2016", "Sep 2014 – Dec 2016"],
    ["Jan. 2017 to Feb. 2021", "Jan 2017 – Feb 2021"],
    ["From 2018 to 2022", "2018 – 2022"],
    ["Since March 2022", "Mar 2022 – present"],
    ["Lead Engineer | since 2021", "2021 – present"],
    ["Senior Engineer, Acme (2020 – current)", "2020 – present"],
  ])("%s → %s", (text, shown) => {
    expect(period(text)).toBe(shown);
  });

  it("finds no period in sentences and non-dates", () => {
    expect(period("Maintained it since 2015 with care")).toBeUndefined();
    expect(period("Cut latency from 900 ms to 120 ms")).toBeUndefined();
    expect(period("2019-13 – 2020-01")).toBeUndefined();
  });

  it("parses single dates and explains bad months", () => {
    expect(parseDate("Sep. 2023")).toEqual({ year: 2023, month: 9 });
    expect(parseDate("2023")).toEqual({ year: 2023 });
    expect(parseDate("13/2023")).toBeUndefined();
    expect(explainBadDate("2019-13 – 2020-01")).toBe('"2019-13" is not a date: there is no month 13');
    expect(explainBadDate("00/2019")).toBe('"00/2019" is not a date: there is no month 0');
    expect(explainBadDate("2019-12 – 2020-01")).toBeUndefined();
  });
});
