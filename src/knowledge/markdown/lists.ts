// Lists as people write them inside a sentence or a line: "Go, gRPC and Kafka", "a; b", "x (y, z), w".

/** "Go, gRPC, AWS/RDS/PostgreSQL and Kafka." → items; "C/C++" stays whole. */
export function splitList(text: string): string[] {
  return text
    .replace(/\.$/, "")
    .split(/,|;|\s+&\s+|\s+and\s+|\s+·\s+|\s+\|\s+/)
    .flatMap((item) => (/^[A-Za-z]\/[A-Za-z]\+\+$/.test(item.trim()) ? [item] : item.split(/\s*\/\s*(?![^()]*\))/)))
    .map((s) => s.replace(/^(and|or)\s+/i, "").trim())
    .filter((s) => s.length > 0 && s.length <= 40);
}

/** Splits at commas and semicolons that are not inside brackets: "A (b, c), D" → ["A (b, c)", "D"]. */
export function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if ((ch === "," || ch === ";") && depth === 0) {
      parts.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts.filter(Boolean);
}
