// zod, loaded on first use. Validation runs when a file is read for the first time; when the knowledge
// cache already holds the validated résumé, a start needs no zod at all, and zod's import costs as much as
// all of grammY's (~45 ms). Loaded through require (zod ships CommonJS too), so callers stay synchronous.
import { createRequire } from "node:module";
import type * as Zod from "zod";

export type ZodApi = typeof Zod.z;

let api: ZodApi | undefined;

export function zod(): ZodApi {
  api ??= (createRequire(import.meta.url)("zod") as typeof Zod).z;
  return api;
}

/** A value built from zod on first use, then kept: `const schemas = lazySchemas((z) => ({ … }))`. */
export function lazySchemas<T>(build: (z: ZodApi) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod()));
}
