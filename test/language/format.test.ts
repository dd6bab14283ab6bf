import { describe, expect, it } from "vitest";
import { format } from "../../src/language/format.js";

const ru = format("ru");
const en = format("en");

describe("Russian format", () => {
  it.each([
    [1, "1 год"], [2, "2 года"], [4, "4 года"], [5, "5 лет"], [11, "11 лет"], [12, "12 лет"], [14, "14 лет"],
    [21, "21 год"], [22, "22 года"], [25, "25 лет"], [1.5, "1,5 года"], [2.5, "2,5 года"], [0, "0 лет"], [101, "101 год"], [111, "111 лет"],
  ])("years(%s) = %s", (n, s) => expect(ru.years(n)).toBe(s));

  it.each([[1, "1 месяц"], [3, "3 месяца"], [8, "8 месяцев"], [11, "11 месяцев"], [21, "21 месяц"], [0, "0 месяцев"]])(
    "months(%s) = %s",
    (n, s) => expect(ru.months(n)).toBe(s),
  );

  it("durations, rounded years, numbers and lists", () => {
    expect(ru.duration(20)).toBe("1 год 8 месяцев");
    expect(ru.duration(24)).toBe("2 года");
    expect(ru.duration(61)).toBe("5 лет 1 месяц");
    expect(ru.duration(0)).toBe("0 месяцев");
    expect(ru.aboutYears(30)).toBe("около 2,5 года");
    expect(ru.aboutYears(60)).toBe("около 5 лет");
    expect(ru.aboutYears(8)).toBe("8 месяцев");
    expect(ru.number(1.5)).toBe("1,5");
    expect(ru.number(2003)).toBe("2003");
    expect(ru.number(0.125, 2)).toBe("0,13");
    expect(ru.list(["Rust", "Go", "C"])).toBe("Rust, Go и C");
    expect(ru.list(["Rust"])).toBe("Rust");
    expect(ru.list([])).toBe("");
  });

  it("months and ranges", () => {
    expect(ru.month({ year: 2023, month: 9 })).toBe("сент. 2023");
    expect(ru.month({ year: 2021, month: 5 })).toBe("май 2021");
    expect(ru.month({ year: 2015 })).toBe("2015");
    expect(ru.range({ year: 2023, month: 9 }, null)).toBe("сент. 2023 — н. в.");
    expect(ru.range({ year: 2019, month: 10 }, { year: 2021, month: 5 })).toBe("окт. 2019 — май 2021");
    expect(ru.range({ year: 2009 }, { year: 2014, month: 2 })).toBe("2009 — февр. 2014");
  });
});

describe("English format, the same functions", () => {
  it("writes what the English answers write", () => {
    expect(en.years(1)).toBe("1 year");
    expect(en.years(1.5)).toBe("1.5 years");
    expect(en.years(5)).toBe("5 years");
    expect(en.months(1)).toBe("1 month");
    expect(en.months(8)).toBe("8 months");
    expect(en.duration(20)).toBe("1 year 8 months");
    expect(en.aboutYears(30)).toBe("about 2.5 years");
    expect(en.number(1.5)).toBe("1.5");
    expect(en.range({ year: 2019, month: 10 }, { year: 2021, month: 5 })).toBe("Oct 2019 – May 2021");
    expect(en.range({ year: 2023, month: 9 }, null)).toBe("Sep 2023 – present");
    expect(en.list(["Rust", "Go", "C"])).toBe("Rust, Go and C");
  });
  it("both formatters have the same keys", () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });
});
