// `npm run import -- FILE [--out DIR] [--force]`: a CV as most candidates have it (DOCX, PDF or plain
// text) → DIR/resume.md for the candidate to review, then what `npm run check` understood of it. Never
// overwrites a résumé without --force. The converters are loaded only here, never by the bot.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { defaultKnowledgeDir, describeKnowledge } from "../check.js";
import { runAsProgram } from "../entry.js";
import { KnowledgeErrors } from "../knowledge/errors.js";
import { loadKnowledge, MAX_KNOWLEDGE_FILE_BYTES } from "../knowledge/load.js";
import { plainTextToMarkdown, unfence } from "../knowledge/plain-text.js";

const USAGE = "usage: npm run import -- FILE [--out DIR] [--force]   (FILE: .docx, .pdf, .txt or .md; DIR: default $KNOWLEDGE_DIR, else ./knowledge)";
/** Input files larger than this are not CVs (a scanned 300-page PDF); refused before reading. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Why an import cannot go on, said to the person running it. */
export class ImportError extends Error {
  override readonly name = "ImportError";
}

export interface ImportArgs {
  file: string;
  out?: string;
  force: boolean;
}

/** Parses FILE, --out DIR (or --out=DIR) and --force; throws ImportError on anything else. */
export function parseImportArgs(argv: string[]): ImportArgs | "help" {
  let file: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--force") force = true;
    else if (arg === "--out") out = argv[++i] ?? fail("--out needs a folder");
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg.startsWith("-")) fail(`unknown argument "${arg}"`);
    else if (file) fail(`one file at a time ("${file}" and "${arg}")`);
    else file = arg;
  }
  if (!file) fail("which file? e.g. npm run import -- ~/Downloads/cv.docx");
  return { file: file!, out, force };
}

function fail(message: string): never {
  throw new ImportError(message);
}

/** The file's text as Markdown the CV reader understands, by the file's kind. */
export async function convertToMarkdown(file: string): Promise<string> {
  if (!existsSync(file)) fail(`${file}: no such file`);
  const stat = statSync(file);
  if (!stat.isFile()) fail(`${file}: not a regular file`);
  if (stat.size > MAX_INPUT_BYTES) fail(`${file}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is too large for a CV`);
  const bytes = readFileSync(file);
  switch (extname(file).toLowerCase()) {
    case ".docx":
      return (await import("./docx.js")).docxToMarkdown(bytes);
    case ".pdf":
      return (await import("./pdf.js")).pdfToMarkdown(bytes);
    case ".txt":
    case ".text":
      return plainTextToMarkdown(bytes.toString("utf8"));
    case ".md":
    case ".markdown": {
      const text = bytes.toString("utf8");
      const fenced = unfence(text);
      return fenced === undefined ? text : plainTextToMarkdown(fenced);
    }
    default:
      return fail(`${file}: cannot import ${extname(file) || "a file without an extension"}: use .docx, .pdf, .txt or .md`);
  }
}

/** Runs the import; returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let args: ImportArgs | "help";
  try {
    args = parseImportArgs(argv);
  } catch (e) {
    console.error(`import: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  const dir = args.out ?? defaultKnowledgeDir(env);
  const target = join(dir, "resume.md");
  try {
    if (existsSync(target) && !args.force) fail(`${target} exists: review it, or run again with --force to replace it`);
    const markdown = await convertToMarkdown(args.file);
    if (Buffer.byteLength(markdown) > MAX_KNOWLEDGE_FILE_BYTES) fail(`${args.file}: the text is larger than a résumé can be`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, markdown);
    console.log(`Wrote ${target} from ${args.file}: review it, then restart the bot.\n`);
  } catch (e) {
    console.error(`import: ${(e as Error).message}`);
    return 1;
  }
  return report(dir);
}

/** What `check` understood of the folder, warnings included. */
function report(dir: string): number {
  try {
    const knowledge = loadKnowledge(dir);
    console.log(describeKnowledge(knowledge, dir).join("\n"));
    for (const w of knowledge.warnings) console.log(`warning: ${w.message}`);
    return 0;
  } catch (e) {
    if (!(e instanceof KnowledgeErrors)) throw e;
    for (const error of e.errors) console.error(error.message);
    console.error(`\nThe file was written, but the bot cannot start from it yet: fix ${dir}/resume.md and run npm run check.`);
    return 1;
  }
}

// Runs only as a program (node dist/import/cli.js), never on import.
runAsProgram(import.meta.url, () => main(process.argv.slice(2), process.env));
