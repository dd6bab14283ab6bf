// The knowledge of a folder for a program's cold start: on a cache hit, without importing the parsers at all
// (read.ts and what it imports cost more to load than the cached résumé costs to read); on a miss, they are
// imported and the files already read are parsed. Same result and errors as loadKnowledge.
import { knowledgeFiles, knowledgeFrom, type Knowledge, type LoadOptions } from "./files.js";

export { BUNDLED_KNOWLEDGE_DIR } from "./files.js";

/** Thrown instead of reading, to learn that the cache missed without the parsers at hand. */
const MISSED = Symbol("knowledge cache missed");

/** `loadKnowledge(dir, options)`, importing the parsers only when the cache misses. */
export async function loadKnowledgeQuickly(dir: string, options: LoadOptions = {}): Promise<Knowledge> {
  const files = knowledgeFiles(dir);
  try {
    return knowledgeFrom(files, options, () => {
      throw MISSED;
    });
  } catch (e) {
    if (e !== MISSED) throw e;
  }
  const { readKnowledge } = await import("./read.js");
  return knowledgeFrom(files, options, readKnowledge);
}
