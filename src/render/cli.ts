#!/usr/bin/env node
// Writes the pictures the bot sends, to look at them or attach them elsewhere:
//   npm run render -- [--knowledge DIR] [--out DIR] [--now YYYY-MM-DD] [--lang en|ru]
// → DIR/timeline.png and DIR/<Name> - CV.pdf (default out/, which git ignores).
import { mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { MediaKind } from "../answer/types.js";
import type { Lang } from "../language/detect.js";
import { KnowledgeError, KnowledgeErrors } from "../knowledge/errors.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../knowledge/load.js";
import { createMediaRenderer, RenderError } from "./index.js";
import { runAsProgram } from "../entry.js";

interface RenderArgs {
  knowledge?: string;
  out: string;
  now?: Date;
  /** The labels' language (section titles, months). */
  lang: Lang;
}

const USAGE = "usage: npm run render -- [--knowledge DIR] [--out DIR] [--now YYYY-MM-DD] [--lang en|ru]";

class UsageError extends Error {}

function parseArgs(argv: string[]): RenderArgs {
  const args: RenderArgs = { out: "out", lang: "en" };
  const value = (i: number, flag: string) => {
    const v = argv[i];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--knowledge") args.knowledge = value(++i, a);
    else if (a === "--out") args.out = value(++i, a);
    else if (a === "--lang") {
      const lang = value(++i, a);
      if (lang !== "en" && lang !== "ru") throw new UsageError(`--lang wants en or ru, got "${lang}"`);
      args.lang = lang;
    }
    else if (a === "--now") {
      const text = value(++i, a);
      const now = new Date(`${text}T00:00:00Z`);
      if (!/^\d{4}-\d\d-\d\d$/.test(text) || Number.isNaN(now.getTime())) throw new UsageError(`--now wants YYYY-MM-DD, got "${text}"`);
      args.now = now;
    } else if (a === "--help" || a === "-h") throw new UsageError(USAGE);
    else throw new UsageError(`unknown argument "${a}"\n${USAGE}`);
  }
  return args;
}

/** Relative to where the command ran when the file is under it, else absolute. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let args: RenderArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  let renderer;
  try {
    const dir = args.knowledge ?? process.env.KNOWLEDGE_DIR ?? BUNDLED_KNOWLEDGE_DIR;
    renderer = createMediaRenderer(loadKnowledge(dir).resume, args.now ? { now: args.now } : {});
  } catch (e) {
    if (e instanceof KnowledgeErrors || e instanceof KnowledgeError) {
      console.error(`Cannot load the résumé:\n${e.message}`);
      return 1;
    }
    throw e;
  }
  mkdirSync(args.out, { recursive: true });
  const kinds: MediaKind[] = ["timeline", "cv"];
  const rows: string[][] = [];
  for (const kind of kinds) {
    let file;
    try {
      file = await renderer.render(kind, args.lang);
    } catch (e) {
      if (e instanceof RenderError) {
        console.error(e.message);
        return 1;
      }
      throw e;
    }
    const path = join(args.out, file.fileName);
    writeFileSync(path, file.data);
    rows.push([shownPath(path), formatSize(file.data.length), `${Math.round(file.renderMs)} ms`]);
  }
  const width = Math.max(...rows.map(([p]) => p!.length));
  for (const [path, size, ms] of rows) console.log(`${path!.padEnd(width)}  ${size!.padStart(9)}  ${ms!.padStart(7)}`);
  return 0;
}

runAsProgram(import.meta.url, () => main());
