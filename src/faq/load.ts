// Reads the optional faq.md of a knowledge folder. No file: no FAQ (undefined). A malformed one throws
// KnowledgeErrors, which stop the start like any other knowledge error.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFaq, type Faq } from "./parse.js";

/** The FAQ file name inside a knowledge folder. */
export const FAQ_FILE = "faq.md";

/** faq.md of `dir` parsed, or undefined when the folder has none. */
export function loadFaq(dir: string): Faq | undefined {
  const path = join(dir, FAQ_FILE);
  if (!existsSync(path)) return undefined;
  return parseFaq(readFileSync(path, "utf8"), FAQ_FILE);
}
