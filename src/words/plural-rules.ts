// Which plural form a number takes, as Intl.PluralRules names them ("one", "few", "many", "other"). English
// and Russian are worked out here from their CLDR rules; any other language asks Intl.PluralRules. Why not
// Intl for all: the first Intl.PluralRules of a process reads ICU's plural data and pages in about 2 MB of
// the node binary, and a bot that answers in English and Russian never needs it (issue 10: peak RSS).

/** CLDR's operands of a number as written: its integer part and whether it has visible decimals. */
function operands(n: number): { i: number; fraction: boolean } {
  const abs = Math.abs(n);
  return { i: Math.floor(abs), fraction: !Number.isInteger(abs) };
}

/** English: "one" for exactly 1 (1.5 is "other"). */
function english(n: number): Intl.LDMLPluralRule {
  const { i, fraction } = operands(n);
  return i === 1 && !fraction ? "one" : "other";
}

/** Russian: one 1, 21, 101; few 2–4, 22–24; many 0, 5–20, 25–30; "other" for fractions (1,5). */
function russian(n: number): Intl.LDMLPluralRule {
  const { i, fraction } = operands(n);
  if (fraction) return "other";
  const last = i % 10;
  const lastTwo = i % 100;
  if (last === 1 && lastTwo !== 11) return "one";
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
  return "many";
}

const BUILT_IN: Record<string, (n: number) => Intl.LDMLPluralRule> = { en: english, ru: russian };
/** The rule of each locale asked so far (a tag is looked up once, not split on every number). */
const rules = new Map<string, (n: number) => Intl.LDMLPluralRule>();

function ruleOf(locale: string): (n: number) => Intl.LDMLPluralRule {
  const builtIn = BUILT_IN[locale.toLowerCase().split("-")[0]!];
  if (builtIn) return builtIn;
  const intl = new Intl.PluralRules(locale);
  return (n) => intl.select(n);
}

/** The plural form of `n` in `locale` (a BCP 47 tag: "en", "ru-RU", "uk"). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = ruleOf(locale)));
  return rule(n);
}
