// JSON Resume (jsonresume.org, schema v1) → a draft résumé.
import type { Draft } from "../draft.js";
import { KnowledgeError } from "../errors.js";

export function parseJsonResume(_source: string, file: string): Draft {
  throw new KnowledgeError(file, undefined, "(format)", "JSON Resume files are not supported yet");
}
