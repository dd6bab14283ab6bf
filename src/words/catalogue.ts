// The words of replies and of the interface, one typed catalogue per language: a language is one folder
// (src/words/en/, src/words/ru/) whose index.ts exports a `Words`, made of its `answers.ts` (what the
// composers say) and its `interface.ts` (buttons, notices, menus): a missing key fails the typecheck. Plurals go through
// Intl.PluralRules, so a language with more plural forms than English ("1 год, 2 года, 5 лет") says so
// in its own catalogue, not in code.

/** The plural forms a language uses, as Intl.PluralRules names them; "other" is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

import type { InterfaceWords } from "./interface.js";

/** Every word of one language: the composers' phrases and the interface's. */
export type Words = AnswerWords & InterfaceWords;

/** Every reply phrase the composers in src/compose and src/answer use. */
export interface AnswerWords {
  /** BCP 47 tag, for Intl.PluralRules. */
  readonly locale: string;
  empty: string;
  thanks: string;
  searchPrompt: string;
  staleJob: string;
  noSuchJob: string;
  timelineCaption: (name: string) => string;
  cvCaption: (name: string) => string;
  periodNone: (span: string) => string;
  periodLead: (first: string, span: string) => string;
  spanBefore: (year: number) => string;
  spanIn: (year: number) => string;
  spanRange: (from: number, to: number) => string;
  noTechnologiesAt: (employer: string) => string;
  noCategoryAt: (category: string, employer: string) => string;
  claimYes: string;
  claimNo: string;
  claimOnlyTitles: (where: string) => string;
  logisticsWhyLeft: (first: string) => string;
  logisticsAbout: (what: string) => string;
  logisticsAsk: (first: string) => string;
  contactLine: (links: string) => string;
  seeContacts: string;
  contactsButton: string;
  before: (employer: string) => string;
  after: (employer: string) => string;
  more: (employer: string) => string;
  /** "2 years", "1 month": one count with its plural form. */
  years: PluralForms;
  months: PluralForms;
}

const rules = new Map<string, Intl.PluralRules>();

/** `n` with the catalogue's form for it: plural(en, 2, en.years) → "2 years". */
export function plural(words: Pick<AnswerWords, "locale">, n: number, forms: PluralForms): string {
  let r = rules.get(words.locale);
  if (!r) rules.set(words.locale, (r = new Intl.PluralRules(words.locale)));
  return (forms[r.select(n)] ?? forms.other).replace("{n}", String(n));
}
