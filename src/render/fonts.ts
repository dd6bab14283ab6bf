// The fonts every picture and PDF is drawn with, shipped in the npm package dejavu-fonts-ttf,
// so output looks the same on a laptop, in CI and on a bare server without system fonts.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type FontStyle = "regular" | "bold" | "italic";

/** The family name the SVG asks for; resvg matches it against the loaded files. */
export const FONT_FAMILY = "DejaVu Sans";

const FILES: Record<FontStyle, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
};

let ttfDir: string | undefined;

/** Absolute path of one style's TTF file; resolved on first use, not on import. */
export function fontFile(style: FontStyle): string {
  ttfDir ??= join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return join(ttfDir, FILES[style]);
}

export function allFontFiles(): string[] {
  return (Object.keys(FILES) as FontStyle[]).map(fontFile);
}
