import { describe, expect, it } from "vitest";
import { clip, editDistance, normalize, stem, tokenize } from "../../src/search/text.js";

describe("normalize and tokenize", () => {
  it("lowercases, drops emoji and keeps technology punctuation", () => {
    expect(tokenize(normalize("Has he used C++, C# and Node.js?? 🚀"))).toEqual(["has", "he", "used", "c++", "c#", "and", "node.js"]);
  });
  it("unifies quotes and dashes", () => {
    expect(normalize("He’s  a “senior” — engineer")).toBe(`he's a "senior" - engineer`);
  });
  it("drops possessive 's", () => {
    expect(tokenize("ivan's github")).toEqual(["ivan", "github"]);
  });
});

describe("stem", () => {
  it("meets inflections of the same word", () => {
    expect(stem("optimized")).toBe(stem("optimization"));
    expect(stem("optimizations")).toBe(stem("optimized"));
    expect(stem("conferences")).toBe(stem("conference"));
    expect(stem("managed")).toBe(stem("manage"));
    expect(stem("contributions")).toBe(stem("contribution"));
  });
  it("meets irregular past forms with their verbs ('Built' answers 'what did he build?')", () => {
    expect(stem("built")).toBe(stem("build"));
    expect(stem("built")).toBe(stem("building"));
    expect(stem("wrote")).toBe(stem("writing"));
    expect(stem("led")).toBe(stem("leading"));
    // "found" may be to found a company, "went" would make "go" (the language) a verb: left alone.
    expect(stem("found")).not.toBe(stem("find"));
    expect(stem("went")).toBe("went");
  });
  it("leaves short words and technology names alone", () => {
    expect(stem("aws")).toBe("aws");
    expect(stem("c++")).toBe("c++");
    expect(stem("node.js")).toBe("node.js");
  });
});

describe("editDistance", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("wokrato", "workato")).toBe(1);
    expect(editDistance("kuberentes", "kubernetes")).toBe(1);
  });
  it("counts insertions and deletions", () => {
    expect(editDistance("scyla", "scylla")).toBe(1);
    expect(editDistance("kafka", "kafka")).toBe(0);
  });
  it("stops early beyond the budget", () => {
    expect(editDistance("asdfghjkl", "kubernetes", 2)).toBe(3);
  });
});

describe("clip", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    const s = clip("one two three four five six seven", 16);
    expect(s.length).toBeLessThanOrEqual(16);
    expect(s).toBe("one two three…");
  });
  it("keeps short text as it is", () => {
    expect(clip("short", 10)).toBe("short");
  });
});

describe("normalize's plain-ASCII shortcut", () => {
  // A text framed by "é" is not plain ASCII, so it takes the full steps; the frame itself stays as it is.
  const fully = (text: string) => {
    const framed = normalize(`é ${text} é`);
    return framed === "é é" ? "" : framed.slice(2, -2);
  };

  it("gives what the full steps give, for every printable ASCII character and random ASCII texts", () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const c of ascii) expect(normalize(`a${c}b`), JSON.stringify(c)).toBe(fully(`a${c}b`));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => ascii[Math.floor(random() * ascii.length)]).join("");
      expect(normalize(text), JSON.stringify(text)).toBe(fully(text));
    }
  });
});
