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

describe("dates as people write them (issue 14, issue 11)", () => {
  it.each([
    ["Oct2018-Dec2021", "Oct 2018 – Dec 2021"],
    ["Sept 2007 – Mar 2009", "Sep 2007 – Mar 2009"],
    ["Aug 2025-Present day.", "Aug 2025 – present"],
    ["Acme, 2024-", "2024 – present"],
    ["2024 –", "2024 – present"],
    ["Summer 2015 – Q3 2019", "Jun 2015 – Jul 2019"],
    ["03/2017–", "Mar 2017 – present"],
    ["since 2019", "2019 – present"],
    ["Jan 2020 till now", "Jan 2020 – present"],
    ["2015–18", "2015 – 2018"],
    ["enero 2019 – marzo 2021", "Jan 2019 – Mar 2021"],
    ["März 2020 bis heute", "Mar 2020 – present"],
    ["janvier 2016 – août 2018", "Jan 2016 – Aug 2018"],
    ["setembro 2012 – atual", "Sep 2012 – present"],
    ["gennaio 2010 – dicembre 2011", "Jan 2010 – Dec 2011"],
    ["апрель 2024 — настоящее время", "Apr 2024 – present"],
    ["с 2019 по н. в.", "2019 – present"],
    ["03.2017 – 09.2019", "Mar 2017 – Sep 2019"],
    ["2015 — 2018 гг.", "2015 – 2018"],
    ["сентября 2020 – по настоящее время", "Sep 2020 – present"],
    ["enero de 2019 – verano del 2021", "Jan 2019 – Jun 2021"],
  ])("%s → %s", (text, shown) => {
    expect(period(text)).toBe(shown);
  });

  it("keeps ISO months and sentences as they were", () => {
    expect(period("2015-11 – 2016-02")).toBe("Nov 2015 – Feb 2016");
    expect(period("Cut costs by 30% in 2019, from 12 to 8 servers")).toBeUndefined();
    expect(parseDate("Mayo 2019")).toEqual({ year: 2019, month: 5 });
    expect(parseDate("ma 2019")).toBeUndefined();
  });
});
