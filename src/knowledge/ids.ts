// Stable ids for jobs and sections: derived from names, so they survive edits elsewhere in the résumé
// and can go into deep links and callback data.

// Russian, Ukrainian and Belarusian letters in Latin (a simplified passport-style scheme), so a Cyrillic
// name gives a readable id ("Яндекс" → "yandeks") rather than an empty one.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  (
    "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch " +
    "ш sh щ shch ъ - ы y ь - э e ю yu я ya і i ї yi є ye ґ g ў u"
  )
    .split(" ")
    .reduce<[string, string][]>((pairs, word, i, all) => (i % 2 ? pairs : [...pairs, [word, all[i + 1]!.replace("-", "")]]), []),
);

/** "Яндекс" → "Yandeks": Cyrillic letters written in Latin ones, everything else as it was. */
export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (ch) => {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) return ch;
    return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/**
 * "ScyllaDB Inc." → "scylladb", "Exit Games" → "exit-games", "Café Ünïcode" → "cafe-unicode",
 * "ООО «Яндекс»" → "yandeks". Never empty: a name with no Latin or Cyrillic letter gives "item".
 */
export function slug(text: string): string {
  return (
    transliterate(text.replace(/(?<!\p{L})(ооо|оао|зао|пао|ао|ип)(?!\p{L})/giu, ""))
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\b(inc|ltd|llc|gmbh|corp|co|plc|ag|sa|bv|oy|ab)\b\.?/g, "")
      .replace(/c\+\+/g, "cpp")
      .replace(/c#/g, "csharp")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "item"
  );
}

/**
 * One id per job: the employer's slug, or slug-startYear when the employer appears more than once
 * (two roles at one company), with a counter as the last resort.
 */
export function assignJobIds(jobs: { employer: string; start?: { year: number } }[]): string[] {
  const counts = new Map<string, number>();
  for (const j of jobs) counts.set(slug(j.employer), (counts.get(slug(j.employer)) ?? 0) + 1);
  const used = new Set<string>();
  return jobs.map((j) => {
    const base = slug(j.employer);
    let id = counts.get(base)! > 1 && j.start ? `${base}-${j.start.year}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** Unique slugs for a list of titles ("Bonus", "Awards", "Bonus" → bonus, awards, bonus-2). */
export function uniqueSlugs(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((t) => {
    let id = slug(t);
    for (let n = 2; used.has(id); n++) id = `${slug(t)}-${n}`;
    used.add(id);
    return id;
  });
}
