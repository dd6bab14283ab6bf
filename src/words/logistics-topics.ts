// What a logistics question is about ("salary", "can he start next month?" → a start date), read from the
// words the English understanding matched (intents.json `logistics`). Each catalogue names the topics in its
// own language; the patterns live here once, so every language sorts a question the same way.

/** The topics a logistics answer can name. */
export type LogisticsTopic =
  | "salary" | "rate" | "notice" | "relocation" | "remote" | "hybrid" | "onSite" | "travel" | "workPermit"
  | "jobSearch" | "startDate" | "availability" | "preferences" | "interviews" | "english" | "timeZone" | "hours" | "goals";

/** First match wins: "work from home" is remote work before "work from" is a right to work. */
const TOPICS: [RegExp, LogisticsTopic][] = [
  [/salar|compensation|pay|how much|expected/, "salary"],
  [/(want|like|hope|plan) to|goal|aspiration|next (step|move|career)/, "goals"],
  [/rate/, "rate"],
  [/notice/, "notice"],
  [/relocat|move/, "relocation"],
  [/remote|from home/, "remote"],
  [/hybrid/, "hybrid"],
  [/on-?site/, "onSite"],
  [/travel|trip/, "travel"],
  [/visa|permit|sponsorship|authori|eligib|allowed|right to work|work (in|from)/, "workPermit"],
  [/looking|searching|hunting|seeking|job search|open to|market/, "jobSearch"],
  [/start|join|begin/, "startDate"],
  [/availab/, "availability"],
  [/prefer/, "preferences"],
  [/interview/, "interviews"],
  [/english/, "english"],
  [/time ?zone/, "timeZone"],
  [/hours/, "hours"],
];

/** The topic of the matched words, if the catalogues have a name for it. */
export function logisticsTopic(what: string): LogisticsTopic | undefined {
  return TOPICS.find(([re]) => re.test(what))?.[1];
}
