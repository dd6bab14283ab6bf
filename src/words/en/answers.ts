// English: what the composers say. The interface's words are in ./interface.ts.
import type { AnswerWords } from "../catalogue.js";

/** The English answers' phrases. */
export const answers: AnswerWords = {
  locale: "en",
  empty: "Ask me about the résumé: a company, a technology, a year — or /help.",
  thanks: "You're welcome! Anything else about the résumé?",
  searchPrompt: "What should I look for? E.g. /search kafka",
  staleJob: "That job is no longer in the résumé. Here is the current list:",
  noSuchJob: "The résumé lists no such job.",
  timelineCaption: (name) => `${name}: career timeline`,
  cvCaption: (name) => `${name} — CV (PDF), generated from the résumé`,
  periodNone: (span) => `The résumé lists no job ${span}.`,
  periodLead: (first, span) => `${first}'s jobs ${span}:`,
  spanBefore: (year) => `before ${year}`,
  spanIn: (year) => `in ${year}`,
  spanRange: (from, to) => `${from}–${to}`,
  noTechnologiesAt: (employer) => `The résumé names no technologies for ${employer}.`,
  noCategoryAt: (category, employer) => `The résumé names no ${category} for ${employer}.`,
  claimYes: "Yes — ",
  claimNo: "No — ",
  claimOnlyTitles: (where) => ` at ${where}; the résumé gives no other title there.`,
  logisticsWhyLeft: (first) => `why ${first} left a job`,
  logisticsAbout: (what) => `anything about “${what}”`,
  logisticsAsk: (first) => `That is for ${first} to answer.`,
  contactLine: (links) => `Contact: ${links} (or /contacts).`,
  seeContacts: "See /contacts.",
  contactsButton: "📇 Contacts",
  before: (employer) => `Before ${employer}:`,
  after: (employer) => `After ${employer}:`,
  more: (employer) => `More: ${employer}`,
  years: { one: "{n} year", other: "{n} years" },
  months: { one: "{n} month", other: "{n} months" },
};

