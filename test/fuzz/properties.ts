// Properties every answer must have, whatever the input: shared by the fuzz tests (a sample in `npm test`)
// and `npm run fuzz` (100k+ cases).
import fc from "fast-check";
import type { Action, Answer } from "../../src/answer/types.js";
import { MESSAGE_LIMIT, renderMessageHtml } from "../../src/bot/render-html.js";
import type { Engine } from "../../src/engine.js";

const ALLOWED_TAG = /^<(\/?)(b|i|code|a)(?: href="[^"<>]*")?>/;
const ENTITY = /^&(amp|lt|gt|quot);/;

/** Telegram HTML as we promise it: only b/i/code/a tags, balanced and not crossed, & < > escaped. */
export function htmlProblem(html: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < html.length; i++) {
    const ch = html[i]!;
    if (ch === "<") {
      const tag = ALLOWED_TAG.exec(html.slice(i));
      if (!tag) return `unexpected "<" at ${i}`;
      if (tag[1]) {
        if (stack.pop() !== tag[2]) return `unbalanced </${tag[2]}> at ${i}`;
      } else stack.push(tag[2]!);
      i += tag[0].length - 1;
    } else if (ch === ">") return `unescaped ">" at ${i}`;
    else if (ch === "&" && !ENTITY.test(html.slice(i))) return `unescaped "&" at ${i}`;
  }
  return stack.length ? `unclosed <${stack.join(">, <")}>` : undefined;
}

/** Throws with a reason when an answer breaks a promise. */
export function checkAnswer(a: Answer): void {
  if (!a.messages.length) throw new Error("no message");
  if (typeof a.found !== "boolean") throw new Error("found is not a boolean");
  for (const m of a.messages) {
    const chunks = renderMessageHtml(m);
    if (!chunks.length) throw new Error("renders to nothing");
    for (const html of chunks) {
      if (html.length > MESSAGE_LIMIT) throw new Error(`message of ${html.length} > ${MESSAGE_LIMIT}`);
      const problem = htmlProblem(html);
      if (problem) throw new Error(`${problem} in ${JSON.stringify(html.slice(0, 200))}`);
    }
  }
}

/** Text a user can type: any unicode, commands with odd arguments, résumé words with noise. */
export const userText = fc.oneof(
  fc.string({ maxLength: 10_000, unit: "grapheme" }),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc
    .tuple(
      fc.constantFrom("/start", "/help", "/experience", "/skills", "/education", "/contacts", "/summary", "/search", "/timeline", "/cv", "/x", "/"),
      fc.constantFrom("", "@resume_bot", "@other_bot"),
      fc.string({ maxLength: 300 }),
    )
    .map(([c, at, arg]) => `${c}${at} ${arg}`),
  fc
    .array(fc.constantFrom("kafka", "k8s", "workato", "2016", "how long", "has he used", "<b>", "&amp;", "golang", "??", "🚀", "scyla", "c++", "\n", " "), { maxLength: 30 })
    .map((w) => w.join(" ")),
);

export const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant("job" as const), id: fc.string({ maxLength: 70 }) }),
  fc.constant({ type: "experience" as const }),
  fc.record({ type: fc.constant("section" as const), name: fc.constantFrom("start", "help", "skills", "education", "contacts", "summary", "experience") }),
  fc.record({ type: fc.constant("skill" as const), name: fc.string({ maxLength: 80 }) }),
  fc.record({ type: fc.constant("ask" as const), text: fc.string({ maxLength: 500 }) }),
  fc.record({ type: fc.constant("media" as const), kind: fc.constantFrom("timeline", "cv") }),
);

/** The property: answers never throw, always render to valid, bounded HTML, and repeat exactly. */
export function engineProperties(engine: Engine) {
  return {
    respond: fc.property(userText, (text) => {
      const a = engine.respond(text);
      checkAnswer(a);
      if (JSON.stringify(engine.respond(text)) !== JSON.stringify(a)) throw new Error("not deterministic");
    }),
    act: fc.property(action, (act) => checkAnswer(engine.act(act))),
    inline: fc.property(userText, (text) => {
      const items = engine.inline(text);
      if (items.length > 10) throw new Error("more than 10 inline results");
      for (const i of items) {
        if (Buffer.byteLength(i.id) > 64) throw new Error("inline id over 64 bytes");
        checkAnswer({ messages: [i.message], found: true, sources: [], intent: "inline" });
      }
    }),
  };
}
