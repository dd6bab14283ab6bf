// Just enough SVG writing for the timeline: escaped text and attributes, nothing clever.

/** Text and attribute values go through here: names like "R&D" or "<Team>" must not break the markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Control characters other than tab and newline are not allowed in XML 1.0 at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === "number" ? round(v) : v!)}"`)
    .join("");
}

/** Two decimals are plenty for pixels and keep the markup short and stable across platforms. */
function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function el(name: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

export interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    "text",
    {
      x,
      y,
      "font-size": style.size,
      "font-weight": style.bold ? "bold" : undefined,
      fill: style.fill,
      "text-anchor": style.anchor && style.anchor !== "start" ? style.anchor : undefined,
    },
    escapeXml(content),
  );
}
