// A sample of the fuzzing `npm run fuzz` does at scale: any input through the engine and the HTML renderer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledEngine } from "../helpers.js";
import { engineProperties, htmlProblem } from "./properties.js";

const properties = engineProperties(bundledEngine());

describe("fuzzing the engine and the renderer", () => {
  it("answers any text with valid, bounded Telegram HTML, deterministically", () => {
    fc.assert(properties.respond, { numRuns: 300, seed: 42 });
  });
  it("answers any button action", () => {
    fc.assert(properties.act, { numRuns: 300, seed: 42 });
  });
  it("answers any inline query with at most 10 valid results", () => {
    fc.assert(properties.inline, { numRuns: 150, seed: 42 });
  });
});

describe("the HTML checker itself", () => {
  it("accepts what we promise and rejects the rest", () => {
    expect(htmlProblem('<b>a &amp; b</b> <a href="https://x.y/?a=1&amp;b=2"><i>c</i></a>')).toBeUndefined();
    expect(htmlProblem("<b>a</i>")).toMatch(/unbalanced/);
    expect(htmlProblem("<u>a</u>")).toMatch(/unexpected/);
    expect(htmlProblem("a & b")).toMatch(/unescaped "&"/);
    expect(htmlProblem("a > b")).toMatch(/unescaped ">"/);
    expect(htmlProblem("<b>a")).toMatch(/unclosed/);
  });
});
