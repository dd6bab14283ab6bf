import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Line, Message, Span } from "../../src/answer/types.js";
import { cutText, escapeHtml, MESSAGE_LIMIT, renderMessageHtml, renderSpan } from "../../src/bot/render-html.js";

const msg = (...lines: Line[]): Message => ({ lines });

/** Telegram's view of our HTML: tags removed, entities decoded. */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** Tags are only b, i, code, a href, and every one is closed in the same chunk. */
function assertWellFormed(html: string): void {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*)>/g)) {
    const [, closing, tag, attrs] = m;
    expect(["b", "i", "code", "a"]).toContain(tag);
    if (closing) expect(stack.pop()).toBe(tag);
    else {
      if (tag === "a") expect(attrs).toMatch(/^ href="[^"<>]*"$/);
      else expect(attrs).toBe("");
      stack.push(tag!);
    }
  }
  expect(stack).toEqual([]);
  // No bare < > left outside tags, and every & starts an entity.
  const outside = html.replace(/<[^>]*>/g, "");
  expect(outside).not.toMatch(/[<>]/);
  expect(outside).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
}

describe("HTML rendering", () => {
  it("escapes & < > in text", () => {
    expect(renderMessageHtml(msg([{ text: "C++ & <Rust> > Go" }]))).toEqual(["C++ &amp; &lt;Rust&gt; &gt; Go"]);
  });

  it("uses only b, i, code and a href", () => {
    const html = renderMessageHtml(
      msg([
        { text: "Bold", style: "bold" },
        { text: " " },
        { text: "it", style: "italic" },
        { text: " " },
        { text: "x<y", style: "code" },
        { text: " " },
        { text: "site", url: "https://example.com/?a=1&b=\"2\"" },
      ]),
    )[0]!;
    expect(html).toBe('<b>Bold</b> <i>it</i> <code>x&lt;y</code> <a href="https://example.com/?a=1&amp;b=&quot;2&quot;">site</a>');
    assertWellFormed(html);
  });

  it("links may be bold; code inside a link is shown as plain link text", () => {
    expect(renderSpan({ text: "me", style: "bold", url: "https://x.dev" })).toBe('<a href="https://x.dev"><b>me</b></a>');
    expect(renderSpan({ text: "me", style: "code", url: "https://x.dev" })).toBe('<a href="https://x.dev">me</a>');
  });

  it("drops links with schemes Telegram refuses (javascript:, tel:) but keeps the text", () => {
    expect(renderSpan({ text: "call", url: "tel:+1555" })).toBe("call");
    expect(renderSpan({ text: "x", url: "javascript:alert(1)" })).toBe("x");
    expect(renderSpan({ text: "mail", url: "mailto:a@b.c" })).toBe('<a href="mailto:a@b.c">mail</a>');
  });

  it("joins lines with newlines and keeps one blank line between paragraphs", () => {
    const html = renderMessageHtml(msg([], [{ text: "a" }], [{ text: "b" }], [], [], [{ text: "c" }], []));
    expect(html).toEqual(["a\nb\n\nc"]);
  });

  it("renders an empty message to no parts", () => {
    expect(renderMessageHtml(msg([], [{ text: "  " }]))).toEqual([]);
  });

  it("splits long messages at paragraph boundaries first", () => {
    const para = (n: number): Line[] => [[{ text: `${n}: ` + "x".repeat(1500) }], [{ text: "y".repeat(400), style: "bold" }]];
    const lines: Line[] = [];
    for (let i = 0; i < 6; i++) lines.push(...para(i), []);
    const parts = renderMessageHtml(msg(...lines));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      assertWellFormed(part);
      // Every part starts at the beginning of a paragraph.
      expect(part).toMatch(/^\d: /);
    }
  });

  it("splits one huge paragraph at line boundaries, and a huge line between spans, never inside a tag", () => {
    const lines: Line[] = Array.from({ length: 30 }, (_, i) => [{ text: `line ${i} `, style: "bold" as const }, { text: "<&>".repeat(100) }]);
    lines.push([{ text: "z".repeat(9000), style: "italic" }]);
    const parts = renderMessageHtml(msg(...lines));
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      assertWellFormed(part);
    }
    expect(parts.map(visibleText).join("").replace(/\s/g, "")).toBe(lines.map((l) => l.map((s) => s.text).join("")).join("").replace(/\s/g, ""));
  });

  it("cuts text at whitespace and never splits an emoji (surrogate pair) or an escape", () => {
    const pieces = cutText("🙂".repeat(10) + " & more words here", 7);
    for (const p of pieces) expect(escapeHtml(p).length).toBeLessThanOrEqual(7);
    expect(pieces.join("")).toBe("🙂".repeat(10) + " & more words here");
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it("property: any message → parts ≤ limit, well-formed, same visible text", () => {
    const span: fc.Arbitrary<Span> = fc.record(
      {
        text: fc.string({ unit: fc.constantFrom("a", "b", " ", "&", "<", ">", '"', "é", "🙂", "\n"), maxLength: 300 }),
        style: fc.constantFrom("bold", "italic", "code"),
        url: fc.constantFrom("https://a.b/?q=1&x=\"y\"", "tel:1"),
      },
      { requiredKeys: ["text"] },
    );
    const message = fc.array(fc.array(span, { maxLength: 6 }), { maxLength: 40 }).map((lines) => ({ lines }));
    fc.assert(
      fc.property(message, fc.integer({ min: 40, max: 600 }), (m, limit) => {
        const parts = renderMessageHtml(m, limit);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          assertWellFormed(part);
        }
        const squash = (s: string) => s.replace(/\s+/g, "");
        expect(squash(parts.map(visibleText).join(""))).toBe(squash(m.lines.map((l) => l.map((s) => s.text).join("")).join("")));
      }),
      { numRuns: 300 },
    );
  });
});
