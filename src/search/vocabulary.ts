// The question vocabulary (knowledge/intents.json): stopwords, intent patterns, technology categories and
// topics, compiled once. Data, so that a new phrasing is a one-line change, not a code change.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z as Zod } from "zod";
import { lazySchemas, type ZodApi } from "../lazy-zod.js";
import { KnowledgeError, KnowledgeErrors } from "../knowledge/errors.js";
import { cached } from "../knowledge/cache.js";
import { BUNDLED_KNOWLEDGE_DIR } from "../knowledge/files.js";

const IntentNames = [
  "greeting",
  "thanks",
  "current",
  "work",
  "duration",
  "total",
  "contacts",
  "education",
  "spokenLanguages",
  "summary",
  "role",
  "absent",
  "skills",
  "experienceList",
  "first",
  "previous",
  "adjacent",
  "location",
  "usage",
  "employment",
  "refer",
  "referJob",
  "ellipsis",
  "roleClaim",
  "gaps",
  "logistics",
  "stack",
  "longest",
  "mostJob",
  "cvFile",
  "timelineFile",
  "mostSenior",
  "companyWhat",
  "describedEmployer",
  "count",
  "firstUse",
  "lastUse",
  "quantity",
  "projectList",
] as const;
export type IntentName = (typeof IntentNames)[number];

function buildIntentFileSchema(z: ZodApi) {
  const TopicSchema = z.object({
    trigger: z.string(),
    look: z.array(z.string()),
    prefer: z.enum(["numbers"]).optional(),
  });
  return z.object({
    $comment: z.string().optional(),
    stopwords: z.array(z.string()),
    weakWords: z.array(z.string()).default([]),
    // Partial: a knowledge folder's own intents.json written before an intent existed still loads.
    intents: z.partialRecord(z.enum(IntentNames), z.string()),
    categories: z.record(z.string(), z.string()),
    categoryWords: z.array(z.string()).default([]),
    sectionWords: z.array(z.string()).default([]),
    shorthand: z.record(z.string(), z.string()).default({}),
    topics: z.record(z.string(), TopicSchema),
  });
}
const intentFileSchema = lazySchemas(buildIntentFileSchema);
type IntentFile = Zod.infer<ReturnType<typeof buildIntentFileSchema>>;

export interface Topic {
  name: string;
  trigger: RegExp;
  look: string[];
  prefer?: "numbers";
}

export interface QuestionVocabulary {
  stopwords: Set<string>;
  /**
   * Verbs that phrase what he did ("has he built a blockchain?"): searched, but they weigh little beside
   * the words that say what, or every passage that "built" something outranks the one about the blockchain.
   */
  weakWords: Set<string>;
  intents: Record<IntentName, RegExp>;
  /** Technology category → the words that ask for it ("databases" → database). */
  categories: { category: string; pattern: RegExp }[];
  /** Words that may stand beside a category without making the question about something else. */
  categoryWords: Set<string>;
  /** Words a question names a section or a question by ("education", "skills", "salary"): a typo of one is read as it. */
  sectionWords: string[];
  /** Recruiters' shorthand, word → what it stands for ("yoe" → "years of experience"). */
  shorthand: ReadonlyMap<string, string>;
  topics: Topic[];
  /**
   * Does this word phrase a question ("reach", "role", "describe") rather than name its subject? True when a
   * question pattern matches the word alone; words for what résumés rarely say ("salary", "visa") are subjects.
   */
  phrasing(word: string): boolean;
}

export const INTENTS_FILE = "intents.json";

export function loadQuestionVocabulary(dir: string = BUNDLED_KNOWLEDGE_DIR): QuestionVocabulary {
  const own = join(dir, INTENTS_FILE);
  const file = existsSync(own) ? own : join(BUNDLED_KNOWLEDGE_DIR, INTENTS_FILE);
  const source = readFileSync(file, "utf8");
  // Validated once per content (see knowledge/cache.ts); the regular expressions are compiled every start.
  const data = cached("intents", [file, source], () => {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (e) {
      throw new KnowledgeErrors([new KnowledgeError(file, undefined, "(json)", (e as Error).message, { cause: e })]);
    }
    const parsed = intentFileSchema().safeParse(json);
    if (!parsed.success) {
      throw new KnowledgeErrors(parsed.error.issues.map((i) => new KnowledgeError(file, undefined, i.path.join("."), i.message)));
    }
    return parsed.data;
  });
  return compileQuestionVocabulary(data, file);
}

function compileQuestionVocabulary(data: IntentFile, file: string): QuestionVocabulary {
  const regex = (field: string, source: string) => {
    try {
      return new RegExp(source, "u");
    } catch (e) {
      throw new KnowledgeErrors([new KnowledgeError(file, undefined, field, (e as Error).message, { cause: e })]);
    }
  };
  const intents = {} as Record<IntentName, RegExp>;
  for (const name of IntentNames) {
    const source = data.intents[name];
    intents[name] = source ? regex(`intents.${name}`, source) : /(?!)/;
  }
  // Follow-up and claim patterns say how a question leans on context, not what it asks.
  const { absent, refer: _refer, referJob: _referJob, ellipsis: _ellipsis, roleClaim: _claim, logistics: _logistics, stack: _stack, longest: _longest, count: _count, describedEmployer: _described, ...asking } = intents;
  const askingPatterns = Object.values(asking);
  return {
    phrasing: (word) => !absent.test(word) && askingPatterns.some((re) => re.test(word)),
    stopwords: new Set(data.stopwords),
    weakWords: new Set(data.weakWords),
    intents,
    categories: Object.entries(data.categories).map(([category, source]) => ({
      category,
      pattern: regex(`categories.${category}`, source),
    })),
    categoryWords: new Set(data.categoryWords),
    sectionWords: data.sectionWords,
    shorthand: new Map(Object.entries(data.shorthand).map(([k, v]) => [k.toLowerCase(), v])),
    topics: Object.entries(data.topics).map(([name, t]) => ({
      name,
      trigger: regex(`topics.${name}.trigger`, t.trigger),
      look: t.look,
      prefer: t.prefer,
    })),
  };
}
