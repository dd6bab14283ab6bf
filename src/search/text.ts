// Text normalisation shared by the index and the queries: the same steps on both sides, so that
// "Kubernetes," in the résumé and "kubernetes???" in a question meet as the same term.
import { memoizeBounded } from "../maps.js";

/** Printable ASCII and nothing else: NFKC, the quotes, dashes and pictographs below cannot occur in it. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, unify quotes and dashes, drop emoji and other pictographs, fold whitespace. */
export function normalize(text: string): string {
  // Most questions and passages are plain ASCII: the same result without a pass through ICU's NFKC and
  // four Unicode-class replacements (a fifth of the time of a short English question).
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/ {2,}/g, " ").trim();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Word tokens, keeping the punctuation that is part of technology names: "c++", "c#", "node.js", ".net",
 * "pub/sub" stays two tokens (its alias "pubsub" covers the joined form).
 */
const TOKEN = /\.net\b|[\p{L}\p{N}]+(?:[.'-][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;

export function tokenize(normalized: string): string[] {
  return (normalized.match(TOKEN) ?? []).map((t) => t.replace(/'s$/, ""));
}

/**
 * A light stemmer: enough to meet "optimized"/"optimization", "contributions"/"contributed",
 * "conferences"/"conference", "managed"/"manage". Short words are left alone: "ios", "aws". Memoised:
 * questions and passages use the same few thousand words over and over.
 */
export function stem(token: string): string {
  // A function that calls the memo, not the memo exported as a const: importers' calls to an exported const
  // measured a third slower over the shared questions.
  return stems(token);
}

const stems = memoizeBounded(stemOf, 5_000);

/**
 * Irregular past forms résumés are written in ("Built", "Led", "Wrote"), as their verbs, so "what did he build?"
 * finds them. Not "found" (to found a company), "left", "went" (go is also Go) or "saw" (the tool).
 */
const IRREGULAR_PAST: Record<string, string> = {
  built: "build", rebuilt: "rebuild", wrote: "write", written: "write", rewrote: "rewrite", rewritten: "rewrite",
  led: "lead", ran: "run", made: "make", taught: "teach", brought: "bring", sold: "sell", began: "begin", begun: "begin",
  grew: "grow", grown: "grow", drove: "drive", driven: "drive", chose: "choose", chosen: "choose", spoke: "speak",
  spoken: "speak", held: "hold", kept: "keep", thought: "think", won: "win", took: "take", taken: "take",
  gave: "give", given: "give", overseen: "oversee", oversaw: "oversee", understood: "understand",
};

function stemOf(token: string): string {
  const base = IRREGULAR_PAST[token];
  if (base) return stemOf(base);
  if (/[^\p{L}]/u.test(token)) return token;
  // "save"/"saved" → "sav", "code"/"coded" → "cod"; other four-letter words stay as they are.
  if (token.length === 4) return token.endsWith("e") ? token.slice(0, 3) : token;
  if (token.length < 4) return token;
  let t = token;
  const iz = /(i[sz])(ations?|es|ed|ing|e)$/.exec(t);
  if (iz && t.length - iz[0].length >= 3) return t.slice(0, iz.index) + "iz"; // optimise/optimized/optimization
  // "migration"/"migrated" → "migrat", "creation"/"created" → "creat".
  const at = /ations?$/.exec(t);
  if (at && t.length - at[0].length >= 3) return t.slice(0, at.index) + "at";
  for (const suffix of ["ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly"]) {
    if (t.endsWith(suffix) && t.length - suffix.length >= 3) {
      t = t.slice(0, -suffix.length);
      if (suffix === "ies" || suffix === "ied") t += "y";
      break;
    }
  }
  if (t.length > 4 && t.endsWith("e")) t = t.slice(0, -1);
  // "managing"→"manag", "managed"→"manag": fine; doubled consonants "planned"→"plann"→"plan".
  if (/([b-df-hj-np-tv-z])\1$/.test(t) && !/(ll|ss|zz)$/.test(t)) t = t.slice(0, -1);
  return t;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once it
 * exceeds `max`: typo tolerance ("wokrato", "kuberentes") without a pass over every character pair.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–—-]+$/, "")}…`;
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `name` as a whole word: not inside a longer word ("Go" not in "Google"). */
export function wholeWord(name: string, flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, flags);
}
