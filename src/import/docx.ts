// DOCX → Markdown: mammoth reads the document's structure (headings by style, lists, bold, links) as HTML,
// and the few tags it writes become their Markdown forms here. Loaded only by `npm run import`.

/** A DOCX file's bytes → Markdown for the CV reader. */
export async function docxToMarkdown(bytes: Buffer): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToMarkdown(html);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Inline HTML → Markdown text: bold, italics, links; other tags dropped. */
function inline(html: string): string {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `**${inner.trim()}**` : ""))
      .replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, (_m, _t, inner: string) => (inner.trim() ? `_${inner.trim()}_` : ""))
      .replace(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) =>
        href.startsWith("#") ? label : `[${label.replace(/<[^>]+>/g, "")}](${href})`,
      )
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** mammoth's HTML (headings, paragraphs, lists, tables) → Markdown blocks separated by blank lines. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const block = /<(h[1-6]|p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>|<(ul|ol)\b[^>]*>|<\/(ul|ol)>/gi;
  let depth = 0;
  for (let m = block.exec(html); m; m = block.exec(html)) {
    if (m[3]) {
      depth++;
      continue;
    }
    if (m[4]) {
      depth = Math.max(0, depth - 1);
      if (!depth) out.push("");
      continue;
    }
    const tag = m[1]!.toLowerCase();
    const body = m[2]!;
    if (tag === "tr") {
      const cells = [...body.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => inline(c[1]!)).filter(Boolean);
      if (cells.length) out.push(cells.join(" — "), "");
      continue;
    }
    const text = inline(body.replace(/<(ul|ol)\b[\s\S]*$/i, ""));
    if (!text) continue;
    if (tag === "li") out.push(`${"  ".repeat(Math.max(0, depth - 1))}- ${text}`);
    else if (tag.startsWith("h")) out.push(`${"#".repeat(Number(tag[1]))} ${text.replace(/^\*\*(.*)\*\*$/, "$1")}`, "");
    else out.push(text, "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
