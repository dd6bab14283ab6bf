// Errors that stop the start: each names the file, the line where known, and the field.
import type { z } from "zod";

export class KnowledgeError extends Error {
  override readonly name = "KnowledgeError";
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${field}: ${reason}`, options);
  }
}

/** Several problems found in one pass, so an author can fix them all at once. */
export class KnowledgeErrors extends Error {
  override readonly name = "KnowledgeErrors";
  constructor(readonly errors: KnowledgeError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

/** "experience[2].start" from zod's ["experience", 2, "start"]. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, "");
}

/**
 * Turns zod's issues into KnowledgeErrors, finding the line of the closest located parent path
 * (a job's heading, a section's heading), because zod knows paths, not lines.
 */
export function fromZodIssues(
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined,
): KnowledgeErrors {
  return new KnowledgeErrors(
    issues.map((issue) => {
      let line: number | undefined;
      for (let n = issue.path.length; n >= 0 && line === undefined; n--) line = lineOf(issue.path.slice(0, n));
      return new KnowledgeError(file, line, fieldPath(issue.path) || "(root)", issue.message);
    }),
  );
}
