// The technology vocabulary (knowledge/aliases.json): canonical names, aliases, categories, neighbours.
// Data, not code, so a new alias is a one-line change and a candidate's folder can add its own.
import type { z as Zod } from "zod";
import { lazySchemas, type ZodApi } from "../lazy-zod.js";
import { pushAll } from "./arrays.js";

function buildVocabularySchemas(z: ZodApi) {
  const TechnologySchema = z.object({
    name: z.string().min(1),
    category: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Also an English word ("Go", "Vault"): in résumé text it counts only as written. */
    caseSensitive: z.boolean().default(false),
    /** Real neighbours to suggest when the résumé does not mention this one. */
    related: z.array(z.string()).default([]),
  });
  const VocabularySchema = z.object({
    $comment: z.string().optional(),
    technologies: z.array(TechnologySchema),
    /** Groups of phrases that mean the same thing in a question ("sre", "site reliability"). */
    synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  });
  return { TechnologySchema, VocabularySchema };
}

/** The schemas, built on first use (see lazy-zod.ts). */
export const vocabularySchemas = lazySchemas(buildVocabularySchemas);
type Schemas = ReturnType<typeof buildVocabularySchemas>;
export type Technology = Zod.infer<Schemas["TechnologySchema"]>;
export type Vocabulary = Zod.infer<Schemas["VocabularySchema"]>;

/** Later vocabularies extend earlier ones: same-named technologies merge their aliases. */
export function mergeVocabularies(a: Vocabulary, b: Vocabulary): Vocabulary {
  const byName = new Map(a.technologies.map((t) => [t.name.toLowerCase(), { ...t, aliases: [...t.aliases] }]));
  for (const t of b.technologies) {
    const old = byName.get(t.name.toLowerCase());
    if (old) pushAll(old.aliases, t.aliases.filter((x) => !old.aliases.includes(x)));
    else byName.set(t.name.toLowerCase(), t);
  }
  return { technologies: [...byName.values()], synonyms: [...a.synonyms, ...b.synonyms] };
}
