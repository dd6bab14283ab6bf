// A knowledge folder's files, read and checked, and the cached knowledge made from them: what a start with
// unchanged files needs. The parsers (Markdown, JSON Resume) are in read.ts, loaded only when the cache
// misses (load-quickly.ts), since importing them costs a cold start more than reading the cache does.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Resume } from "./model.js";
import { cached } from "./cache.js";
import { KnowledgeError, KnowledgeErrors } from "./errors.js";
import { createTechMatcher, type TechMatcher } from "./technologies.js";
import type { Vocabulary } from "./vocabulary.js";
import { loadQuestionVocabulary, type QuestionVocabulary } from "../search/vocabulary.js";
import { compareText } from "../text-order.js";

export interface Knowledge {
  resume: Resume;
  vocabulary: Vocabulary;
  techs: TechMatcher;
  /** Fields that could not be read and were left out, one `file:line: field: reason` each. */
  warnings: KnowledgeError[];
  /** The folder's own intents.json (else the bundled one), validated; absent when built by hand. */
  questions?: QuestionVocabulary;
}

/** How to read: tolerantly (the default: warnings), or strictly (any warning stops, for CI). */
export interface LoadOptions {
  strict?: boolean;
  /** Where the validated-knowledge cache is kept; null: no cache (default: as the environment says, cacheDirFromEnv). */
  cacheDir?: string | null;
}

/** The bundled folder; from src/knowledge or dist/knowledge alike. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

const VOCABULARY_FILE = "aliases.json";
// faq.md and its example and topics are the candidate's FAQ (src/faq), not a résumé.
const NOT_RESUMES = new Set([VOCABULARY_FILE, "intents.json", "package.json", "readme.md", "readme.txt", "license.txt", "questions.txt", "faq.md", "faq.example.md", "faq-topics.json"]);

/**
 * The folder's résumé and vocabulary files, read and checked (a missing folder, no résumé, a binary or
 * oversized file: KnowledgeErrors), and the cache inputs they make.
 */
export function knowledgeFiles(dir: string): KnowledgeFiles {
  // Files are named relative to where the command runs; outside it ("../../tmp/…" helps no one), in full.
  const shown = (file: string) => {
    const near = relative(process.cwd(), file);
    return near && !near.startsWith("..") && !isAbsolute(near) ? near : resolve(file);
  };
  if (!existsSync(dir)) {
    throw new KnowledgeErrors([new KnowledgeError(shown(dir), undefined, "KNOWLEDGE_DIR", "no such folder")]);
  }
  if (!statSync(dir).isDirectory()) {
    const hint = "a file, not a folder: point KNOWLEDGE_DIR at the folder that holds resume.md or resume.json";
    throw new KnowledgeErrors([new KnowledgeError(shown(dir), undefined, "KNOWLEDGE_DIR", hint)]);
  }
  // Markdown first: a hand-written CV leads a merge (name, headline, wording); JSON Resume fills gaps.
  const files = readdirSync(dir)
    // Dotfiles are editors' and systems' (".#resume.md", "._resume.md"), not the author's.
    .filter((f) => /\.(md|markdown|json|txt)$/i.test(f) && !f.startsWith(".") && !NOT_RESUMES.has(f.toLowerCase()))
    .sort((a, b) => Number(isJson(a)) - Number(isJson(b)) || compareText(a, b));
  if (!files.length) {
    throw new KnowledgeErrors([
      new KnowledgeError(shown(dir), undefined, "(folder)", "no résumé found: add resume.md (Markdown) or resume.json (JSON Resume)"),
    ]);
  }
  const sources = files.map((f) => ({ f, path: join(dir, f), source: readTextFile(join(dir, f), shown) }));
  const vocabularyFiles = vocabularyPaths(dir).map((p) => ({ path: p, source: readTextFile(p, shown) }));
  const inputs: string[] = [];
  for (const s of [...sources, ...vocabularyFiles]) inputs.push(shown(s.path), s.source);
  return { dir, sources, vocabularyFiles, inputs, shown };
}

/** The files of one knowledge folder, as `knowledgeFiles` read them. */
export interface KnowledgeFiles {
  dir: string;
  sources: { f: string; path: string; source: string }[];
  vocabularyFiles: { path: string; source: string }[];
  /** What the cache key is made of: each file's name and contents. */
  inputs: string[];
  /** A file's name as messages show it. */
  shown: (file: string) => string;
}

/** What reading a folder yields, as cached: plain data. */
export type ReadKnowledge = Pick<Knowledge, "resume" | "vocabulary"> & { warnings: WarningData[] };

/**
 * The folder's knowledge from its files: the résumé validated last time when files and code are unchanged
 * (see cache.ts), else `read(files)`, cached.
 */
export function knowledgeFrom(files: KnowledgeFiles, options: LoadOptions, read: (files: KnowledgeFiles) => ReadKnowledge): Knowledge {
  return finishKnowledge(cached("knowledge", files.inputs, () => read(files), { dir: options.cacheDir }), files, options);
}

/** Knowledge from what was read (or cached): the technology matcher, the warnings, the folder's intents.json. */
function finishKnowledge(read: ReadKnowledge, files: KnowledgeFiles, options: LoadOptions): Knowledge {
  const warnings = read.warnings.map((w) => new KnowledgeError(w.file, w.line, w.field, w.reason));
  // Strict: all or nothing, as CI wants it; every warning is a problem.
  if (options.strict && warnings.length) throw new KnowledgeErrors(warnings);
  // A broken intents.json in the folder stops the start like a broken résumé does.
  return { resume: read.resume, vocabulary: read.vocabulary, techs: createTechMatcher(read.vocabulary), warnings, questions: loadQuestionVocabulary(files.dir) };
}


/** The largest résumé or vocabulary file read: real CVs are kilobytes; this bounds time and memory. */
export const MAX_KNOWLEDGE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * A knowledge file's text: only a regular file (a FIFO or a device named resume.md would hang the start),
 * at most MAX_KNOWLEDGE_FILE_BYTES, text not binary, valid UTF-8 (the first bad bytes named by line).
 */
export function readTextFile(path: string, shown: (f: string) => string = (f) => f): string {
  const fail = (line: number | undefined, reason: string) => new KnowledgeErrors([new KnowledgeError(shown(path), line, "(file)", reason)]);
  const stat = statSync(path);
  if (!stat.isFile()) throw fail(undefined, "not a regular file (a FIFO, device or socket is not read): replace it with the résumé itself");
  if (stat.size > MAX_KNOWLEDGE_FILE_BYTES) {
    throw fail(undefined, `${(stat.size / 1024 / 1024).toFixed(1)} MB is too large for a résumé (the limit is ${MAX_KNOWLEDGE_FILE_BYTES / 1024 / 1024} MB)`);
  }
  const bytes = readFileSync(path);
  const zero = bytes.indexOf(0);
  if (zero >= 0) throw fail(lineAt(bytes, zero), "binary data, not text: a résumé is Markdown or JSON (convert DOCX or PDF with npm run import)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    const at = firstInvalidUtf8(bytes);
    const shownBytes = [...bytes.subarray(at, Math.min(at + 4, bytes.length))].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new KnowledgeErrors([
      new KnowledgeError(shown(path), lineAt(bytes, at), "(file)", `not valid UTF-8 at bytes ${shownBytes}: save the file as UTF-8`, { cause: e }),
    ]);
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!n || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return bytes.length;
}

/** A warning as cached: plain data, made a KnowledgeError again on the way out. */
export interface WarningData {
  file: string;
  line?: number;
  field: string;
  reason: string;
}

export function isJson(file: string): boolean {
  return /\.json$/i.test(file);
}

/** The bundled aliases.json, then the folder's own, which extends it. */
function vocabularyPaths(dir: string): string[] {
  const paths = [join(BUNDLED_KNOWLEDGE_DIR, VOCABULARY_FILE)];
  const own = join(dir, VOCABULARY_FILE);
  if (existsSync(own) && basename(dir) !== "" && own !== paths[0]) paths.push(own);
  return paths.filter((p) => existsSync(p));
}

