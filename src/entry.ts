// Command-line files run their main() only when they are the program (node dist/cli.js), never on import,
// so tests can import them. Expected failures print their message; nothing prints a stack trace.
import { pathToFileURL } from "node:url";

export function isProgram(importMetaUrl: string): boolean {
  return Boolean(process.argv[1]) && importMetaUrl === pathToFileURL(process.argv[1]!).href;
}

export function runAsProgram(importMetaUrl: string, main: () => Promise<number> | number): void {
  if (!isProgram(importMetaUrl)) return;
  Promise.resolve()
    .then(main)
    .then(
      (code) => process.exit(code),
      (e: unknown) => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(1);
      },
    );
}
