// A Russian CV as Russians write it: ФИО surname first, ООО «…» employers, a table of jobs, «с 2019 по н. в.»,
// «2015 — 2018 гг.», two current jobs, Cyrillic ids transliterated (never empty).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDateRange } from "../../src/knowledge/dates.js";
import { slug } from "../../src/knowledge/ids.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { firstName } from "../../src/knowledge/model.js";

const person = (name: string) => ({ name, contacts: [] });

describe("a Russian CV", () => {
  const { resume, warnings } = loadKnowledge("test/fixtures/real-md-ru-table", { cacheDir: join(tmpdir(), "resume-bot-ru-cv") });

  it("reads a table of jobs: employers in «quotes», roles, periods, two current jobs, no warnings", () => {
    expect(warnings).toEqual([]);
    expect(resume.experience.map((j) => [j.id, j.employer, j.role, j.start, j.end])).toEqual([
      ["sibfintekh", "ООО «СибФинТех»", "Руководитель группы разработки", { year: 2024, month: 4 }, null],
      ["vorontsova-m-i", "ИП Воронцова М. И.", "Основатель", { year: 2019 }, null],
      ["novosibirskiy-bank", "АО «Новосибирский банк»", "Старший Java-разработчик", { year: 2017, month: 3 }, { year: 2019, month: 9 }],
      ["sigma-soft", "ООО «Сигма Софт»", "Java-разработчик", { year: 2015 }, { year: 2018 }],
    ]);
    // The cells after the dates describe the job: their technologies count.
    expect(resume.experience[0]!.technologies).toEqual(expect.arrayContaining(["Kotlin", "Kafka", "PostgreSQL"]));
  });

  it("reads «Контакты», «Образование», «Дополнительное образование», «Ключевые навыки», «Языки» and the extras", () => {
    expect(resume.person.contacts.map((c) => c.kind)).toEqual(["email", "phone", "telegram"]);
    expect(resume.education.map((e) => e.institution)).toEqual(["Новосибирский государственный университет", "Курс «Архитектура высоконагруженных систем»"]);
    expect(resume.skills[0]?.items).toContain("Spring Boot");
    expect(resume.languages.map((l) => l.name)).toEqual(["Русский", "Английский"]);
    expect(resume.extras.map((e) => [e.id, e.title])).toEqual([["proekty", "Проекты"], ["nagrady", "Награды"]]);
    expect(resume.summary.join(" ")).toContain("Java и Kotlin");
  });

  it("takes the given name from a ФИО written surname first, and from a name written first", () => {
    expect(firstName(resume.person)).toBe("Мария");
    expect(firstName(person("Смирнова Анна Сергеевна"))).toBe("Анна");
    expect(firstName(person("Анна Сергеевна Смирнова"))).toBe("Анна");
    expect(firstName(person("Jane Roe"))).toBe("Jane");
  });

  it.each([
    ["апрель 2024 — настоящее время", { year: 2024, month: 4 }, null],
    ["с 2019 по н. в.", { year: 2019 }, null],
    ["03.2017 – 09.2019", { year: 2017, month: 3 }, { year: 2019, month: 9 }],
    ["2015 — 2018 гг.", { year: 2015 }, { year: 2018 }],
    ["с марта 2020 по настоящее время", { year: 2020, month: 3 }, null],
  ])("reads «%s»", (text, start, end) => {
    expect(findDateRange(text)).toMatchObject({ start, end });
  });

  it("gives Cyrillic names Latin ids, never empty", () => {
    expect(slug("ООО «Яндекс»")).toBe("yandeks");
    expect(slug("Дополнительное образование")).toBe("dopolnitelnoe-obrazovanie");
    expect(slug("«»")).toBe("item");
  });
});
