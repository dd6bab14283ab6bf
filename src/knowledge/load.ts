// knowledge/ folder → a validated résumé with technologies resolved. Throws KnowledgeErrors naming
// file:line:field, so a broken file stops the start with a message an author can act on.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Draft } from "./draft.js";
import { readDraft, type ReadResume } from "./draft.js";
import type { Resume } from "./model.js";
import { KnowledgeError, KnowledgeErrors } from "./errors.js";
import { parseMarkdownResume } from "./markdown/parse.js";
import { mergeDrafts } from "./merge.js";
import { cached } from "./cache.js";
import { createTechMatcher, jobTechnologies, type TechMatcher } from "./technologies.js";
import { mergeVocabularies, vocabularySchemas, type Vocabulary } from "./vocabulary.js";
import { parseJsonResume } from "./json-resume/parse.js";
import { pushAll } from "./arrays.js";
import { loadQuestionVocabulary, type QuestionVocabulary } from "../search/vocabulary.js";

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

export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
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
    .sort((a, b) => Number(isJson(a)) - Number(isJson(b)) || a.localeCompare(b));
  if (!files.length) {
    throw new KnowledgeErrors([
      new KnowledgeError(shown(dir), undefined, "(folder)", "no résumé found: add resume.md (Markdown) or resume.json (JSON Resume)"),
    ]);
  }
  const sources = files.map((f) => ({ f, path: join(dir, f), source: readTextFile(join(dir, f), shown) }));
  const vocabularyFiles = vocabularyPaths(dir).map((p) => ({ path: p, source: readTextFile(p, shown) }));
  const inputs: string[] = [];
  for (const s of [...sources, ...vocabularyFiles]) inputs.push(shown(s.path), s.source);
  // Unchanged files and code: the résumé validated last time (see cache.ts). Changed: read afresh.
  const read = cached("knowledge", inputs, () => readKnowledge(sources, vocabularyFiles, shown), { dir: options.cacheDir });
  const warnings = read.warnings.map((w) => new KnowledgeError(w.file, w.line, w.field, w.reason));
  // Strict: all or nothing, as CI wants it; every warning is a problem.
  if (options.strict && warnings.length) throw new KnowledgeErrors(warnings);
  // A broken intents.json in the folder stops the start like a broken résumé does.
  return { resume: read.resume, vocabulary: read.vocabulary, techs: createTechMatcher(read.vocabulary), warnings, questions: loadQuestionVocabulary(dir) };
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
interface WarningData {
  file: string;
  line?: number;
  field: string;
  reason: string;
}

function readKnowledge(
  sources: { f: string; path: string; source: string }[],
  vocabularyFiles: { path: string; source: string }[],
  shown: (f: string) => string,
): Pick<Knowledge, "resume" | "vocabulary"> & { warnings: WarningData[] } {
  const drafts: Draft[] = [];
  const errors: KnowledgeError[] = [];
  for (const { f, path, source } of sources) {
    try {
      drafts.push(isJson(f) ? parseJsonResume(source, shown(path)) : parseMarkdownResume(source, shown(path)));
    } catch (e) {
      if (e instanceof KnowledgeErrors) for (const x of e.errors) errors.push(x);
      else if (e instanceof KnowledgeError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length) throw new KnowledgeErrors(errors);

  const read = drafts.map(readDraft);
  const refused = read.filter((v): v is KnowledgeErrors => v instanceof KnowledgeErrors);
  if (refused.length) throw new KnowledgeErrors(refused.flatMap((e) => e.errors));
  const ok = read as ReadResume[];
  const resume = mergeDrafts(ok.map((r) => r.resume));

  const known = readVocabulary(vocabularyFiles, shown);
  const techs = createTechMatcher(known);
  for (const job of resume.experience) job.technologies = jobTechnologies(job, techs);
  const vocabulary = withJobTechnologies(known, resume, techs);
  const warnings = ok.flatMap((r) => r.warnings).map(({ file, line, field, reason }) => ({ file, line, field, reason }));
  return { resume, vocabulary, warnings };
}

function isJson(file: string): boolean {
  return /\.json$/i.test(file);
}

/** The bundled aliases.json, then the folder's own, which extends it. */
function vocabularyPaths(dir: string): string[] {
  const paths = [join(BUNDLED_KNOWLEDGE_DIR, VOCABULARY_FILE)];
  const own = join(dir, VOCABULARY_FILE);
  if (existsSync(own) && basename(dir) !== "" && own !== paths[0]) paths.push(own);
  return paths.filter((p) => existsSync(p));
}

function readVocabulary(files: { path: string; source: string }[], shown: (f: string) => string): Vocabulary {
  return files
    .map(({ path: p, source }) => {
      let json: unknown;
      try {
        json = JSON.parse(source);
      } catch (e) {
        throw new KnowledgeErrors([new KnowledgeError(shown(p), undefined, "(json)", (e as Error).message, { cause: e })]);
      }
      const parsed = vocabularySchemas().VocabularySchema.safeParse(json);
      if (!parsed.success) {
        throw new KnowledgeErrors(
          parsed.error.issues.map((i) => new KnowledgeError(shown(p), undefined, i.path.join("."), i.message)),
        );
      }
      return parsed.data;
    })
    .reduce(mergeVocabularies, { technologies: [], synonyms: [] });
}

/**
 * The vocabulary plus every name a job lists as a technology that the vocabulary does not know (NestJS,
 * ArgoCD, Packer): a candidate's own stack counts, so "Has she used NestJS?" and /skills find it.
 */
function withJobTechnologies(vocabulary: Vocabulary, resume: Resume, techs: TechMatcher): Vocabulary {
  const added = new Map<string, Vocabulary["technologies"][number]>();
  for (const job of resume.experience) {
    for (const name of job.technologies) {
      const key = name.toLowerCase();
      if (techs.canonical(name) || added.has(key) || name.length < 2) continue;
      added.set(key, { name, category: "other", aliases: [], caseSensitive: false, related: [] });
    }
  }
  if (!added.size) return vocabulary;
  return { ...vocabulary, technologies: pushAll([...vocabulary.technologies], added.values()) };
}
