import { describe, expect, it } from "vitest";
import { fixLayout, latinToRussian, russianToLatin } from "../../src/language/layout.js";
import { russianVocabulary } from "../../src/language/ru/lexicon.js";

const vocabulary = { english: ["rust", "kafka", "nginx", "kubernetes", "scylladb", "workato", "k8s"], russian: russianVocabulary() };
const fix = (text: string) => fixLayout(text, vocabulary).text;

describe("key maps", () => {
  it("convert both ways, shifted keys too", () => {
    expect(latinToRussian("ghbdtn")).toBe("привет");
    expect(latinToRussian("Ghbdtn")).toBe("Привет");
    expect(latinToRussian("hf,jnftn")).toBe("работает");
    expect(latinToRussian("`krf")).toBe("ёлка");
    expect(russianToLatin("руддщ")).toBe("hello");
    expect(russianToLatin("Руддщ")).toBe("Hello");
  });
});

describe("fixLayout: Russian typed on the Latin layout", () => {
  it.each([
    ["ecnhjqcndf", "устройства"],
    ["rfarf", "кафка"],
    ["Ult jy ctqxfc hf,jnftn&", "Где он сейчас работает?"],
    ["pyftn kb jy rfarf&", "знает ли он кафка?"],
    ["hf,jnfk kb jy c re,thjv&", "работал ли он с кубером?"],
    ["gbitn kb yf gbnjyt", "пишет ли на питоне"],
    ["jgsn hf,jns c Go", "опыт работы с Go"],
    ["pyftn kb jy Rust", "знает ли он Rust"],
    ["rfr c ybv cdzpfnmcz", "как с ним связаться"],
    ["j,hfpjdfybt", "образование"],
    ["ghbdtn", "привет"],
  ])("%s → %s", (typed, meant) => expect(fix(typed)).toBe(meant));
});

describe("fixLayout: English typed on the Russian layout", () => {
  it.each([
    ["руддщ", "hello"],
    ["знает ли он кгые", "знает ли он rust"],
    ["рфы ру гыув лфалф", "has he used kafka"],
  ])("%s → %s", (typed, meant) => expect(fix(typed)).toBe(meant));
});

describe("fixLayout leaves real words alone", () => {
  it.each([
    "has he used rust?",
    "Does he know nginx and html?",
    "Has he used ssh, sql and http?",
    "rhythm and strength",
    "k8s exp",
    "What is his GPA",
    "The CTO at Nimses",
    "ScyllaDB",
    "c++ or c#",
    "Где он сейчас работает?",
    "Знает ли он Rust?",
    "кафка",
    "2015-2018",
    "",
  ])("%s", (text) => expect(fixLayout(text, vocabulary)).toEqual({ text, changed: false }));

  it("needs no vocabulary to keep common English and fix common Russian", () => {
    expect(fixLayout("does he know rust").changed).toBe(false);
    expect(fixLayout("ltkfk kb jy ,kjrxtqy").text).toBe("делал ли он блокчейн");
  });
});
