// The words of replies and of the interface, one typed catalogue per language: a language is one folder
// (src/words/en/, src/words/ru/) whose index.ts exports a `Words`, made of its `answers.ts` (what the
// composers say) and its `interface.ts` (buttons, notices, menus): a missing key fails the typecheck. Plurals go through
// the CLDR plural rules (plural-rules.ts), so a language with more plural forms than English ("1 год, 2 года, 5 лет") says so
// in its own catalogue, not in code. Dates, durations, numbers and lists come from the language's
// `Formatter` (src/language/<lang>/format.ts), carried here as `format`.

import { pluralCategory } from "./plural-rules.js";
import type { Formatter } from "../language/format.js";
import type { InterfaceWords } from "./interface.js";

/** The plural forms a language uses, as Intl.PluralRules names them; "other" is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every word of one language: the composers' phrases and the interface's. */
export type Words = AnswerWords & InterfaceWords;

/** What a section button says, by the section or picture it opens. */
export interface SectionLabels {
  experience: string;
  skills: string;
  education: string;
  contacts: string;
  summary: string;
  timeline: string;
  cv: string;
}

/** Labels of the kinds of contact the résumé model knows. */
export interface ContactLabels {
  email: string;
  phone: string;
  linkedin: string;
  github: string;
  twitter: string;
  telegram: string;
  website: string;
  other: string;
}

/** Every reply phrase the composers in src/compose and src/answer use. */
export interface AnswerWords {
  /** BCP 47 tag, for the plural rules (plural-rules.ts). */
  readonly locale: string;
  /** Dates, durations, numbers and lists the language's way. */
  readonly format: Formatter;
  /** Opening and closing quotes around words quoted from the question or the résumé. */
  quote: (s: string) => string;

  // Small talk and commands.
  empty: string;
  thanks: string;
  searchPrompt: string;
  staleJob: string;
  noSuchJob: string;
  timelineCaption: (name: string) => string;
  cvCaption: (name: string) => string;
  greeting: (name: string, first: string) => string;

  // Periods, one job's technologies, titles, what only the candidate can say.
  periodNone: (span: string) => string;
  periodLead: (first: string, span: string) => string;
  spanBefore: (year: number) => string;
  spanIn: (year: number) => string;
  spanRange: (from: number, to: number) => string;
  noTechnologiesAt: (employer: string) => string;
  noCategoryAt: (category: string, employer: string) => string;
  /** "Which job used the most languages?": the lead before the job (`category` as categoryInline gives it). */
  mostInCategory: (category: string, count: number) => string;
  claimYes: string;
  claimAt: (where: string) => string;
  claimNo: string;
  claimOnlyTitles: (where: string) => string;
  /** "Was he ever a CTO?" when no job has that title: before the list of the titles he had. */
  claimNowhere: string;
  logisticsWhyLeft: (first: string) => string;
  logisticsAbout: (what: string) => string;
  logisticsSays: (subject: string, ask: string) => string;
  logisticsAsk: (first: string) => string;
  contactLine: (links: string) => string;
  seeContacts: string;
  contactsButton: string;
  before: (employer: string) => string;
  after: (employer: string) => string;
  more: (employer: string) => string;

  // Jobs.
  /** Between a role and its employer: "Engineer at Acme". */
  roleAt: string;
  /** Between an employer and a role: "works at Acme as Engineer". */
  worksAs: string;
  projects: string;
  /** "What projects has he done?": the lead of the list of each job's projects. */
  projectsByJob: string;
  /** Before what each job did, when no job names its projects. */
  workByJob: string;
  tech: string;
  areas: string;
  achievements: string;
  responsibilities: string;
  also: string;
  whatTheWorkWas: string;
  allJobs: string;
  experienceTitle: (first: string) => string;
  experienceOrder: string;
  experienceTotal: (about: string, since: string) => string;
  durationSoFar: (since: string) => string;
  roleLine: (role: string) => string;
  noJobs: string;
  noCurrentJob: string;
  latestPeriod: (period: string) => string;
  worksAt: (first: string) => string;
  since: (start: string, length: string) => string;
  focus: (items: string) => string;
  moreAboutJob: string;
  noJobInYear: (year: number) => string;
  earliestStarts: (year: number) => string;
  inYearWorkedAt: (year: number, first: string) => string;
  inYearWorkedAtMany: (year: number, first: string) => string;
  asRole: (role: string, period: string) => string;
  noDatedJobs: string;
  longestJob: string;
  shortestJob: string;
  /** When one employer's several roles together outlast (or are shorter than) any single role. */
  /** "What does that company do?" when the résumé does not describe it. */
  noCompanyDescription: (employer: string) => string;
  /**
   * What leads an employer's description quoted from the résumé ("What does Nimses do?"): nothing where the
   * sentence names the employer in the answer's language, a frame where the résumé is in another language.
   */
  companyDescribed: (employer: string, description: string) => string;
  /** "What is his most senior title?": the lead before the title. */
  mostSeniorTitle: string;
  longestEmployer: string;
  shortestEmployer: string;
  roles: (n: number) => string;
  longestRole: string;
  shortestRole: string;
  /** "7 jobs at 6 employers". */
  jobCount: (jobs: number, employers: number) => string;
  /** "How many roles at Workato?": "2 roles at Workato" (a line per role follows). */
  rolesAt: (roles: number, employer: string) => string;
  professionalExperience: (about: string) => string;
  sinceStart: (start: string) => string;
  nowAt: (employer: string, since: string) => string;
  longest: (items: string) => string;
  notEmployer: (name: string, employers: string) => string;
  onlyInPassing: (name: string) => string;
  experienceButton: string;

  // The person.
  contactLabels: ContactLabels;
  sectionButtons: SectionLabels;
  startNow: string;
  startSince: (employer: string, since: string) => string;
  startExperience: (about: string, year: number) => string;
  mainStack: string;
  locationLabel: string;
  contactsLabel: string;
  startHint: (first: string) => string;
  noSummary: string;
  degreeNames: { phd: string; master: string; bachelor: string };
  /** A heading over the education answer; "" for none. */
  educationTitle: string;
  noEducation: string;
  /** "Did he study at MIT?" when no institution of the résumé is it. */
  /** "No — Java: about 7 years, less than 10 years." (after the name) */
  yearsShort: (about: string, claimed: string) => string;
  /** "Yes — Workato, since Jun 2021 (Software Engineer, Rust Team)." (after the employer) */
  stillThere: (since: string, role: string) => string;
  /** "No — the first job in the résumé is …" (after the verdict) */
  firstJobIs: (role: string, employer: string, range: string) => string;
  /** "Yes — in 2018, Nimses: …" (before the employer) */
  inYearLead: (year: number) => string;
  /** Before what a job's words say of leading, after a "no" on a title. */
  itDoesSay: string;
  /** "Languages in the résumé: 12, most used first:" (after the label) */
  categoryCount: (n: number) => string;
  /** "Technologies in the résumé: 75." */
  techCount: (n: number) => string;
  /** Before the gaps between dated jobs. */
  gapsLead: string;
  /** "No gap of three months or more between the dated jobs since 2003." */
  noGaps: (since: string) => string;
  noSchool: (school: string) => string;
  noDegree: (degrees: string) => string;
  finished: (when: string) => string;
  noContactOfKind: (label: string, first: string) => string;
  itDoesGive: string;
  noContacts: (first: string) => string;
  contactsTitle: string;
  /** After the name, above one kind of contact ("" for nothing). */
  contactTitleOne: string;
  /** A heading over the résumé's own summary; "" for none. */
  summaryTitle: string;
  noLanguages: (first: string) => string;
  speaks: (first: string) => string;
  noLocation: (first: string) => string;
  locationAskDirectly: string;
  basedIn: (first: string) => string;

  // Technologies.
  categoryLabels: Record<string, string>;
  /** A category's label inside a sentence ("databases & storage"). */
  categoryInline: (label: string) => string;
  now: string;
  namesOnlyInPassing: string;
  onlyInPassingTail: string;
  doesNotMention: string;
  yes: string;
  listedInSkills: string;
  notAt: (employers: string) => string;
  appearsAt: (employers: string) => string;
  techAtPlaces: (places: string, about: string) => string;
  techPlaces: (about: string, places: string) => string;
  /** "When did he first use Rust?": the earliest dated job that uses it ("Jun 2021", "Workato", the role). */
  techFirstUse: (tech: string, since: string, employer: string, role: string) => string;
  /** "When did he last use Java?": the newest job that uses it; `until` undefined when that job is current. */
  techLastUse: (tech: string, until: string | undefined, employer: string, role: string) => string;
  inItsStack: string;
  relatedInResume: string;
  categoryItLists: (label: string) => string;
  technologies: string;
  namesNoCategory: (label: string) => string;
  mostUsedFirst: string;
  inSkills: string;
  andMore: (names: string) => string;
  technologiesTitle: (first: string) => string;
  byCategory: string;
  yearsCounted: (start: string, first: string) => string;
  /** "~9 years" in the skills overview. */
  approxYears: (years: string) => string;

  // Passages, sections and what the résumé does not say.
  /** Above passages quoted from the résumé; "" for none. */
  passagesLead: string;
  /** Leads before one job picked by position; "" for none. */
  firstJobLead: string;
  previousJobLead: string;
  notMentioned: (what: string) => string;
  notMentionedThat: string;
  /** "How big were his teams?" and the résumé's passages on it give no figure; what they say follows. */
  noFigure: string;
  didYouMean: (options: string) => string;
  forCandidate: (first: string) => string;
  tryCommands: string;
  extraNote: (extra: string, techs: string) => string;
  sectionItems: (n: number, first: string) => string;
  sectionMore: (n: number) => string;

  /** Before the answer to a question typed on the wrong keyboard layout: how it was read. */
  readAs: (text: string) => string;

  /** "2 years", "1 month": one count with its plural form. */
  years: PluralForms;
  months: PluralForms;
}

/** `n` with the catalogue's form for it: plural(en, 2, en.years) → "2 years". */
export function plural(words: Pick<AnswerWords, "locale">, n: number, forms: PluralForms): string {
  return (forms[pluralCategory(words.locale, n)] ?? forms.other).replace("{n}", String(n));
}
