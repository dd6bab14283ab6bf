// Whatever an author writes, the parsers answer with a draft or with KnowledgeErrors — never a crash.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDraft } from "../../src/knowledge/draft.js";
import { KnowledgeError, KnowledgeErrors } from "../../src/knowledge/errors.js";
import { parseJsonResume } from "../../src/knowledge/json-resume/parse.js";
import { parseMarkdownResume } from "../../src/knowledge/markdown/parse.js";
import type { Resume } from "../../src/knowledge/model.js";

const cvLine = fc.oneof(
  fc.constantFrom(
    "# Jane Doe",
    "## Experience",
    "## EDUCATION",
    "### Engineer at Acme",
    "### Acme",
    "**Acme** — Engineer, Berlin",
    "Senior Engineer",
    "_Sept 2019 – Present_",
    "2019-13 – 2020-01",
    "Jan 2017 - Feb 2021",
    "- Built things in Go and Kafka.",
    "Stack: Go, Rust",
    "Languages: English (native), German (B2)",
    "jane@example.com · +1 555 0100 · https://github.com/jane",
    "University of Somewhere — MSc in Physics, 2010 – 2012",
    "",
    "---",
    "===",
  ),
  fc.string({ maxLength: 60 }),
);

/**
 * Runs a parse + validation and checks what came out: either a résumé with a name, drawn from `file`, or
 * KnowledgeErrors (returned or thrown) whose every error names `file`, a field and a reason. Anything
 * else thrown is a crash and fails the property.
 */
function expectDraftOrErrors(file: string, run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    if (!(e instanceof KnowledgeErrors || e instanceof KnowledgeError)) throw e;
    result = e;
  }
  if (result instanceof KnowledgeErrors || result instanceof KnowledgeError) {
    const errors = result instanceof KnowledgeErrors ? result.errors : [result];
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e).toBeInstanceOf(KnowledgeError);
      expect(e.file).toBe(file);
      expect(e.field).not.toBe("");
      expect(e.reason).not.toBe("");
    }
    return;
  }
  const resume = result as Resume;
  expect(resume.person.name.trim()).not.toBe("");
  expect(Array.isArray(resume.experience)).toBe(true);
  expect(resume.sources).toContain(file);
}

describe("parsers never crash", () => {
  it("Markdown: any mix of CV-like and random lines", () => {
    fc.assert(
      fc.property(fc.array(cvLine, { maxLength: 40 }), (lines) => {
        expectDraftOrErrors("resume.md", () => validateDraft(parseMarkdownResume(lines.join("\n"), "resume.md")));
      }),
      { numRuns: 300 },
    );
  });

  it("JSON Resume: any JSON value, and any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        expectDraftOrErrors("resume.json", () => validateDraft(parseJsonResume(text, "resume.json")));
      }),
      { numRuns: 300 },
    );
  });

  it("JSON Resume: JSON-Resume-shaped values with wrong types in places", () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.boolean());
    fc.assert(
      fc.property(
        fc.record({
          basics: fc.record({ name: anything, profiles: fc.oneof(anything, fc.array(fc.record({ url: anything, username: anything }))) }),
          work: fc.array(fc.record({ name: anything, position: anything, startDate: anything, endDate: anything, highlights: anything })),
          skills: fc.oneof(anything, fc.array(fc.record({ name: anything, keywords: anything }))),
        }),
        (value) => {
          expectDraftOrErrors("resume.json", () => validateDraft(parseJsonResume(JSON.stringify(value, null, 2), "resume.json")));
        },
      ),
      { numRuns: 300 },
    );
  });
});
