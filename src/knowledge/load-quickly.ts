// The knowledge of a folder for a program's cold start: on a cache hit, without importing the parsers at all
// (read.ts and what it imports cost more to load than the cached résumé costs to read); on a miss, the
// whole of load.ts. Same result and errors as loadKnowledge.
import { cached } from "./cache.js";
import { finishKnowledge, knowledgeFiles, type Knowledge, type LoadOptions, type ReadKnowledge } from "./files.js";

/** Thrown inside `cached` to learn that it missed, without computing anything. */
const MISSED = Symbol("knowledge cache missed");

/** `loadKnowledge(dir, options)`, importing the parsers only when the cache misses. */
export async function loadKnowledgeQuickly(dir: string, options: LoadOptions = {}): Promise<Knowledge> {
  const files = knowledgeFiles(dir);
  let read: ReadKnowledge;
  try {
    read = cached<ReadKnowledge>("knowledge", files.inputs, () => {
      throw MISSED;
    }, { dir: options.cacheDir });
  } catch (e) {
    if (e !== MISSED) throw e;
    const { loadKnowledge } = await import("./load.js");
    return loadKnowledge(dir, options);
  }
  return finishKnowledge(read, files, options);
}
