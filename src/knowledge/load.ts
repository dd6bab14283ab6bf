// knowledge/ folder → a validated résumé with technologies resolved. Throws KnowledgeErrors naming
// file:line:field, so a broken file stops the start with a message an author can act on.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Draft } from "./draft.js";
import { validateDraft } from "./draft.js";
import { KnowledgeError, KnowledgeErrors } from "./errors.js";
import { parseMarkdownResume } from "./markdown/parse.js";
import { mergeDrafts } from "./merge.js";
import type { Resume } from "./model.js";
import { cached } from "./cache.js";
import { createTechMatcher, jobTechnologies, type TechMatcher } from "./technologies.js";
import { mergeVocabularies, vocabularySchemas, type Vocabulary } from "./vocabulary.js";
import { parseJsonResume } from "./json-resume/parse.js";
import { loadQuestionVocabulary, type QuestionVocabulary } from "../search/vocabulary.js";

export interface Knowledge {
  resume: Resume;
  vocabulary: Vocabulary;
  techs: TechMatcher;
  /** The folder's own intents.json (else the bundled one), validated; absent when built by hand. */
  questions?: QuestionVocabulary;
}

/** The bundled folder; from src/knowledge or dist/knowledge alike. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

const VOCABULARY_FILE = "aliases.json";
const NOT_RESUMES = new Set([VOCABULARY_FILE, "intents.json", "package.json", "readme.md"]);

export function loadKnowledge(dir: string): Knowledge {
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
    .filter((f) => /\.(md|markdown|json)$/i.test(f) && !f.startsWith(".") && !NOT_RESUMES.has(f.toLowerCase()))
    .sort((a, b) => Number(isJson(a)) - Number(isJson(b)) || a.localeCompare(b));
  if (!files.length) {
    throw new KnowledgeErrors([
      new KnowledgeError(shown(dir), undefined, "(folder)", "no résumé found: add resume.md (Markdown) or resume.json (JSON Resume)"),
    ]);
  }
  const sources = files.map((f) => ({ f, path: join(dir, f), source: readFileSync(join(dir, f), "utf8") }));
  const vocabularyFiles = vocabularyPaths(dir).map((p) => ({ path: p, source: readFileSync(p, "utf8") }));
  const inputs = [...sources, ...vocabularyFiles].flatMap((s) => [shown(s.path), s.source]);
  // Unchanged files and code: the résumé validated last time (see cache.ts). Changed: read afresh.
  const { resume, vocabulary } = cached("knowledge", inputs, () => readKnowledge(sources, vocabularyFiles, shown));
  // A broken intents.json in the folder stops the start like a broken résumé does.
  return { resume, vocabulary, techs: createTechMatcher(vocabulary), questions: loadQuestionVocabulary(dir) };
}

function readKnowledge(
  sources: { f: string; path: string; source: string }[],
  vocabularyFiles: { path: string; source: string }[],
  shown: (f: string) => string,
): Pick<Knowledge, "resume" | "vocabulary"> {
  const drafts: Draft[] = [];
  const errors: KnowledgeError[] = [];
  for (const { f, path, source } of sources) {
    try {
      drafts.push(isJson(f) ? parseJsonResume(source, shown(path)) : parseMarkdownResume(source, shown(path)));
    } catch (e) {
      if (e instanceof KnowledgeErrors) errors.push(...e.errors);
      else if (e instanceof KnowledgeError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length) throw new KnowledgeErrors(errors);

  const validated = drafts.map(validateDraft);
  const invalid = validated.filter((v): v is KnowledgeErrors => v instanceof KnowledgeErrors);
  if (invalid.length) throw new KnowledgeErrors(invalid.flatMap((e) => e.errors));
  const resume = mergeDrafts(validated as Resume[]);

  const vocabulary = readVocabulary(vocabularyFiles, shown);
  const techs = createTechMatcher(vocabulary);
  for (const job of resume.experience) job.technologies = jobTechnologies(job, techs);
  return { resume, vocabulary };
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
