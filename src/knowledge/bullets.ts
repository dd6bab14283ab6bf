// The characters CVs put before list items. Besides the usual ones, the Private Use Area glyphs of the
// Symbol and Wingdings fonts: a word processor's bullet comes out of a PDF's text as one of those
// (U+F0B7 for "•", U+F0A7 for "▪", U+F076 for "❖", U+F0D8 for "➢", U+F0FC for "✓").

/** Bullet characters, escaped for a regex character class (with -, * and + added where Markdown allows them). */
export const BULLET_GLYPHS = "•●▪‣◦■□◆◇►▸➢➤✓✔\\uF0A7\\uF0A8\\uF0B7\\uF076\\uF0D8\\uF0FC";
