import { describe, expect, it } from "vitest";
import { detectLanguage, languageOfCode, scriptOf } from "../../src/language/detect.js";

describe("detectLanguage", () => {
  it.each([
    ["Где он сейчас работает?", "ru"],
    ["Есть опыт с PostgreSQL?", "ru"],
    ["кафка", "ru"],
    ["Знает ли он Kubernetes и Terraform?", "ru"],
    ["Has he used Kafka?", "en"],
    ["rust", "en"],
    ["experience with кафка and kubernetes on aws", "en"],
    ["Де він зараз працює?", "ru"],
  ] as const)("%s → %s by its script, whatever the user's language", (text, lang) => {
    expect(detectLanguage(text, { languageCode: lang === "ru" ? "en" : "ru", fallback: lang === "ru" ? "en" : "ru" })).toBe(lang);
  });

  it("messages with no words take the Telegram language", () => {
    expect(detectLanguage("/start", { languageCode: "ru" })).toBe("ru");
    expect(detectLanguage("/start", { languageCode: "uk" })).toBe("ru");
    expect(detectLanguage("/experience", { languageCode: "be" })).toBe("ru");
    expect(detectLanguage("/help", { languageCode: "kk" })).toBe("ru");
    expect(detectLanguage("/start", { languageCode: "de" })).toBe("en");
    expect(detectLanguage("2015", { languageCode: "ru" })).toBe("ru");
    expect(detectLanguage("👍", { languageCode: "pt-BR", fallback: "ru" })).toBe("en");
    expect(detectLanguage(undefined, { languageCode: "ru-RU" })).toBe("ru");
  });

  it("then the conversation's last language, then English", () => {
    expect(detectLanguage("/start", { fallback: "ru" })).toBe("ru");
    expect(detectLanguage("???", { fallback: "ru" })).toBe("ru");
    expect(detectLanguage("/start")).toBe("en");
    expect(detectLanguage("", { languageCode: "" })).toBe("en");
  });

  it("a command's Latin argument is a name, not English; a Cyrillic one is Russian", () => {
    expect(detectLanguage("/skills rust", { languageCode: "ru" })).toBe("ru");
    expect(detectLanguage("/experience@resume_bot scylla", { fallback: "ru" })).toBe("ru");
    expect(detectLanguage("/search кафка", { languageCode: "en" })).toBe("ru");
    expect(detectLanguage("/skills rust", { languageCode: "en" })).toBe("en");
  });
});

describe("scriptOf and languageOfCode", () => {
  it("counts letters, not words", () => {
    expect(scriptOf("опыт с PostgreSQL")).toBe("ru");
    expect(scriptOf("Kubernetes, Terraform, AWS и GCP")).toBe("en");
    expect(scriptOf("123 !!")).toBeUndefined();
  });
  it("maps Telegram codes", () => {
    expect(languageOfCode("RU")).toBe("ru");
    expect(languageOfCode("uk-UA")).toBe("ru");
    expect(languageOfCode("en-GB")).toBe("en");
    expect(languageOfCode("fr")).toBe("en");
    expect(languageOfCode(undefined)).toBeUndefined();
  });
});
