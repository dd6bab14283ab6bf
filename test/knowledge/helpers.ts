// Shared by the knowledge tests: the messages loadKnowledge stops with, one per problem.
import { KnowledgeErrors } from "../../src/knowledge/errors.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

export function knowledgeErrors(dir: string): string[] {
  try {
    loadKnowledge(dir, { strict: true });
  } catch (e) {
    if (e instanceof KnowledgeErrors) return e.errors.map((x) => x.message);
    throw e;
  }
  throw new Error(`${dir} loaded without errors`);
}
