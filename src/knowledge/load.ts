// knowledge/ folder → a validated résumé with technologies resolved. Throws KnowledgeErrors naming
// file:line:field, so a broken file stops the start with a message an author can act on.
// The files are read and checked in files.ts, parsed in read.ts; the cache (cache.ts) skips parsing when
// nothing changed. `loadKnowledgeQuickly` (load-quickly.ts) does the same without importing the parsers
// on a cache hit.
import { knowledgeFiles, knowledgeFrom, type Knowledge, type LoadOptions } from "./files.js";
import { readKnowledge } from "./read.js";

export { BUNDLED_KNOWLEDGE_DIR, MAX_KNOWLEDGE_FILE_BYTES, readTextFile, type Knowledge, type LoadOptions } from "./files.js";

/** The folder's knowledge: from the cache when files and code are unchanged, else read (and cached). */
export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  return knowledgeFrom(knowledgeFiles(dir), options, readKnowledge);
}
