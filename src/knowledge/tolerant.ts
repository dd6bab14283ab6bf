// Tolerant reading: a field the schema cannot read becomes a warning and is dropped, the entry it belongs
// to is kept with what was read. A job whose dates cannot be read is still a job: it moves to a section
// "Experience (dates not given)", searchable and answered from, so nothing the author wrote is lost.
// `npm run check -- --strict` keeps the all-or-nothing reading instead (see load.ts).
import { fieldPath, KnowledgeError } from "./errors.js";

/** What a zod safeParse gives, reduced to what the repair needs. */
export type ParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };

export interface RepairOptions {
  file: string;
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** Takes an entry out whole when an issue at this path means it cannot stay (a job without dates); true if taken. */
  rescue?: (path: ReadonlyArray<PropertyKey>, root: unknown) => boolean;
  /** Messages said better than the schema's, by field ("experience[2].start" → "2019-13: no month 13"). */
  known?: Map<string, string>;
}

export interface Repaired<T> {
  data?: T;
  warnings: KnowledgeError[];
}

/** Put in an array element's place to take it out; the elements so marked go before the next parse. */
export const REMOVED = Symbol("removed");
const MAX_ROUNDS = 12;

/**
 * Parses `input` (a plain JSON-like value, changed in place), dropping each field the schema rejects and
 * parsing again, until it passes or nothing more can be dropped. Every drop is a warning naming the field.
 */
export function parseTolerantly<T>(input: unknown, parse: (v: unknown) => ParseResult<T>, options: RepairOptions): Repaired<T> {
  const warnings: KnowledgeError[] = [];
  const reported = new Set<string>();
  const dropped = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = parse(input);
    if (result.success) return { data: result.data, warnings };
    const issues = result.error.issues;
    let changed = false;
    for (const issue of issues) {
      const field = fieldPath(issue.path) || "(root)";
      if (!reported.has(field)) {
        reported.add(field);
        const line = nearestLine(issue.path, options.lineOf);
        warnings.push(new KnowledgeError(options.file, line, field, options.known?.get(field) ?? issue.message));
      }
      if (options.rescue?.(issue.path, input)) changed = true;
      else changed = drop(input, issue.path, dropped) || changed;
    }
    compact(input);
    if (!changed) break;
  }
  return { warnings };
}

function nearestLine(path: ReadonlyArray<PropertyKey>, lineOf: RepairOptions["lineOf"]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lineOf(path.slice(0, n));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** Drops the field at `path`; the second time the same path fails, its nearest array element goes instead. */
function drop(root: unknown, path: ReadonlyArray<PropertyKey>, dropped: Set<string>): boolean {
  const key = path.map(String).join(".");
  if (!path.length) return false;
  let target = path;
  if (dropped.has(key)) {
    const at = lastIndexWhere(path, (p) => typeof p === "number");
    if (at < 0) return false;
    target = path.slice(0, at + 1);
    if (dropped.has(target.map(String).join("."))) return false;
  }
  dropped.add(target.map(String).join("."));
  const parent = valueAt(root, target.slice(0, -1));
  const last = target[target.length - 1]!;
  if (parent === null || typeof parent !== "object" || !(last in parent)) {
    // Missing and required: the parent cannot be read without it. Drop the field's container next time.
    return dropContainer(root, target, dropped);
  }
  if (Array.isArray(parent) && typeof last === "number") parent[last] = REMOVED;
  else delete (parent as Record<PropertyKey, unknown>)[last];
  return true;
}

function dropContainer(root: unknown, path: ReadonlyArray<PropertyKey>, dropped: Set<string>): boolean {
  const at = lastIndexWhere(path.slice(0, -1), (p) => typeof p === "number");
  if (at < 0) return false;
  const element = path.slice(0, at + 1);
  const array = valueAt(root, element.slice(0, -1));
  if (!Array.isArray(array)) return false;
  dropped.add(element.map(String).join("."));
  array[element[element.length - 1] as number] = REMOVED;
  return true;
}

/** The value at a path, or undefined. */
export function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function lastIndexWhere<T>(items: ReadonlyArray<T>, test: (t: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** Removes the elements marked REMOVED, everywhere (iteratively: no recursion depth or spread limits). */
function compact(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      let w = 0;
      for (let r = 0; r < v.length; r++) if (v[r] !== REMOVED) v[w++] = v[r];
      v.length = w;
      for (const item of v) stack.push(item);
    } else for (const item of Object.values(v)) stack.push(item);
  }
}
