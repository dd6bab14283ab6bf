// Where things are in a JSON file's text: the line of every JSON path ("work.1.startDate" → 42), and the
// line of a syntax error. JSON.parse knows neither (Node 20 reports only a character offset), and an
// author fixing a résumé needs the line their editor shows.

export class JsonSyntaxError extends Error {
  override readonly name = "JsonSyntaxError";
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

/** A JSON path as a key: ["work", 1, "startDate"] → "work.1.startDate"; the root is "". */
export function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join(".");
}

/**
 * Scans JSON text and returns the line of every value by its path: an object member's line is its key's
 * line, an array element's line is where the element starts. Throws JsonSyntaxError at the first error.
 */
export function locateJsonPaths(source: string): Map<string, number> {
  return new Scanner(source).run();
}

class Scanner {
  private at = 0;
  private readonly lines = new Map<string, number>();
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  run(): Map<string, number> {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
    this.space();
    if (this.at >= this.text.length) this.fail("the file is empty");
    this.value([], this.lineAt(this.at));
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${this.shown()} after the end of the JSON value`);
    return this.lines;
  }

  private value(path: (string | number)[], line: number): void {
    this.lines.set(pathKey(path), line);
    const ch = this.text[this.at];
    if (ch === "{") return this.object(path);
    if (ch === "[") return this.array(path);
    if (ch === '"') return void this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.at, this.at + 400));
    if (literal) {
      this.at += literal[0].length;
      return;
    }
    this.fail(ch === undefined ? "the file ends where a value was expected" : `unexpected ${this.shown()} where a value was expected`);
  }

  private object(path: (string | number)[]): void {
    this.at++; // {
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a double-quoted property name, found ${this.shown()}`);
      const keyLine = this.lineAt(this.at);
      const key = this.string();
      this.space();
      if (this.text[this.at] !== ":") this.fail(`expected ':' after "${key}", found ${this.shown()}`);
      this.at++;
      this.space();
      this.value([...path, key], keyLine);
      const end = this.at;
      this.space();
      const next = this.text[this.at];
      this.at++;
      if (next === "}") return;
      // Reported where the value ends: a forgotten comma belongs to that line, not to the next key's.
      if (next !== ",") this.fail(`missing ',' or '}' after the value of "${key}" (found ${this.shownAt(this.at - 1)})`, end - 1);
      this.space();
      if (this.text[this.at] === "}") this.fail("a trailing comma before '}' is not allowed in JSON", this.previousComma());
    }
  }

  private array(path: (string | number)[]): void {
    this.at++; // [
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return;
    }
    for (let index = 0; ; index++) {
      this.space();
      this.value([...path, index], this.lineAt(this.at));
      const end = this.at;
      this.space();
      const next = this.text[this.at];
      this.at++;
      if (next === "]") return;
      if (next !== ",") this.fail(`missing ',' or ']' after element ${index} (found ${this.shownAt(this.at - 1)})`, end - 1);
      this.space();
      if (this.text[this.at] === "]") this.fail("a trailing comma before ']' is not allowed in JSON", this.previousComma());
    }
  }

  private string(): string {
    const start = this.at;
    this.at++; // opening quote
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === "\\") this.at += 2;
      else if (ch === '"') {
        this.at++;
        try {
          return JSON.parse(this.text.slice(start, this.at)) as string;
        } catch {
          return this.fail("a string has an invalid escape (write \\\\ for a backslash) or a control character", start);
        }
      } else if (ch === "\n") this.fail("a string is not closed before the end of the line", start);
      else this.at++;
    }
    return this.fail("a string is not closed before the end of the file", start);
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }

  /** The comma just before the current position, so a trailing comma is reported where it stands. */
  private previousComma(): number {
    return this.text.lastIndexOf(",", this.at);
  }

  private shown(): string {
    return this.shownAt(this.at);
  }

  private shownAt(at: number): string {
    const ch = this.text[at];
    return ch === undefined ? "the end of the file" : `'${ch}'`;
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private fail(reason: string, at = this.at): never {
    const line = this.lineAt(Math.min(at, this.text.length));
    throw new JsonSyntaxError(line, at - this.lineStarts[line - 1]! + 1, reason);
  }
}
