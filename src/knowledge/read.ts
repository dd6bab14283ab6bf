// Reading a knowledge folder's files into a validated résumé: the parsers, the merge, the vocabulary and each
// job's technologies. Paid only when the knowledge cache misses (see files.ts and load-quickly.ts).
import type { Draft } from "./draft.js";
import { readDraft, type ReadResume } from "./draft.js";
import type { Resume } from "./model.js";
import { KnowledgeError, KnowledgeErrors } from "./errors.js";
import { isJson, type KnowledgeFiles, type ReadKnowledge } from "./files.js";
import { parseMarkdownResume } from "./markdown/parse.js";
import { mergeDrafts } from "./merge.js";
import { createTechMatcher, jobTechnologies, type TechMatcher } from "./technologies.js";
import { mergeVocabularies, vocabularySchemas, type Vocabulary } from "./vocabulary.js";
import { parseJsonResume } from "./json-resume/parse.js";
import { pushAll } from "./arrays.js";

/** Parses and validates every résumé file of the folder and its vocabulary; KnowledgeErrors when they cannot be read. */
export function readKnowledge({ sources, vocabularyFiles, shown }: KnowledgeFiles): ReadKnowledge {
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
