// The interface's words (buttons, notices, the command menu, /help, the owner's texts, the FAQ's frames,
// /language), as opposed to the composers' phrases in catalogue.ts `AnswerWords`. Each language's folder
// implements both; a missing key fails the typecheck.

/** One line of the command menu: the command without "/", and what it does. */
export interface MenuLine {
  command: string;
  description: string;
}

/** Who asked, as the owner's texts show it (see src/owner/who.ts). */
export interface AskerLike {
  name?: string;
  username?: string;
  lang?: string;
  userId: number;
}

/** The figures of one /stats period (src/owner/stats.ts). */
export interface StatsLine {
  days: number;
  questions: number;
  recruiters: number;
  answeredPercent: number;
  messages: number;
}

/** Every word of the interface outside the composers' answers. */
export interface InterfaceWords {
  /** The language's own name, for the /language buttons ("English", "Русский"). */
  languageName: string;

  // Buttons and notices of the bot.
  backButton: string;
  staleButton: string;
  failedButton: string;
  slowDown: string;
  slowDownButton: string;
  apology: string;
  /** A photo or sticker; `employer` is the latest job's, for an example question. */
  nonText: (employer: string | undefined) => string;
  /** An inline result with no title of its own. */
  inlineFallbackTitle: string;
  /** The quick-lookup card's inline titles (src/engine.ts inlineItems is to read them from here). */
  inlineTitles: {
    current: string;
    experience: string;
    skills: string;
    contacts: string;
    /** The answer to a query: "Ivan Prisyazhnyy: kafka". */
    answer: (name: string, query: string) => string;
    notFound: (query: string) => string;
  };
  /** The inline title of an FAQ entry: "Maria: Would you relocate?". */
  inlineFaqTitle: (first: string, question: string) => string;

  // The command menu, in its order; /faq and /contact only where they work.
  menu: MenuLine[];
  menuFaq: string;
  menuContact: string;
  menuPrivacy: string;
  menuForget: string;
  menuLanguage: string;
  /** /help's lines, for the composer of /help (src/answer/profile.ts). */
  help: {
    title: (name: string) => string;
    fromResumeOnly: string;
    commands: (exampleJob: string) => string[];
    orAsk: (first: string) => string;
    inline: string;
    language: string;
  };

  // /language.
  languagePrompt: (current: string) => string;
  languageAutomatic: string;
  languageAutomaticName: string;
  languagePinned: string;
  languageUnpinned: string;

  // /contact.
  contactPrivateOnly: (first: string) => string;
  contactAsk: (first: string) => string;
  contactSharePhone: string;
  contactCancelled: string;
  contactNothingToCancel: string;
  contactOwnNumberOnly: string;
  contactPhone: (phone: string) => string;
  contactSent: (first: string) => string;
  contactFailed: string;
  /** The "✉️ Message Maria" button. */
  contactButton: (first: string) => string;

  // /privacy and /forget.
  privacyOn: (first: string, days: number) => string[];
  privacyOff: string[];
  forgotten: (removed: number) => string;

  // The owner's side (their own language).
  ownerOnly: string;
  noUnanswered: string;
  replyButton: string;
  relayGone: string;
  replyPrompt: (name: string) => string;
  replyPlaceholder: string;
  asker: (a: AskerLike) => string;
  someone: string;
  questionNotice: (who: string, when: string, question: string, reply: string, found: boolean) => string;
  messageNotice: (who: string, when: string, text: string) => string;
  /** What the recruiter receives: "Maria replied: …" (the recruiter's language). */
  ownerReplied: (first: string, text: string) => string;
  delivered: (name: string) => string;
  blocked: (name: string) => string;
  notDelivered: (name: string, why: string) => string;
  unreachable: string;
  statsPeriod: (s: StatsLine) => string;
  statsTopics: string;
  statsUnanswered: string;
  statsSources: string;

  // The FAQ's frames (src/faq/with-faq.ts).
  faqFrom: (first: string) => string;
  faqTie: string;
  faqNone: (first: string) => string;
  faqList: (first: string) => string;
  askDirectly: (first: string) => string;
  askViaContacts: (first: string) => string;

  // Timeline and PDF labels (src/render).
  render: {
    experience: string;
    education: string;
    summary: string;
    skills: string;
    languages: string;
    projects: string;
    technologies: string;
    careerTimeline: (month: string) => string;
    noJobs: string;
    /** The badge on the current job's bar. */
    current: string;
    earlierRoles: (n: number) => string;
    andMore: (n: number) => string;
  };
}
