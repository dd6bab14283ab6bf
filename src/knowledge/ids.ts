// Stable ids for jobs and sections: derived from names, so they survive edits elsewhere in the résumé
// and can go into deep links and callback data.

/** "ScyllaDB Inc." → "scylladb", "Exit Games" → "exit-games", "Café Ünïcode" → "cafe-unicode". */
export function slug(text: string): string {
  return (
    text
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
