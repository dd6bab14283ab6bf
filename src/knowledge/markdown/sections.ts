// Which kind of CV section a heading opens, by its title in any case and wording.

export type SectionKind = "summary" | "experience" | "education" | "skills" | "languages" | "contacts" | "other";

const KINDS: [SectionKind, RegExp][] = [
  ["experience", /\b(experience|employment|work history|career|positions|jobs|professional background)\b/],
  ["education", /\b(education|academic|studies|qualifications|degrees?|university)\b/],
  ["skills", /\b(skills|programming|technologies|tech stack|technical|competenc(e|ies)|expertise|toolbox|stack)\b/],
  ["languages", /^(spoken |human |natural )?languages?( skills)?$/],
  ["contacts", /\b(contacts?|contact (info|information|details)|get in touch|links|reach me)\b/],
  ["summary", /\b(summary|about|profile|objective|overview|introduction|bio|who i am)\b/],
];

/** Sections that sound like a known kind but are kept as they are (in the model's extras). */
const KEPT_AS_WRITTEN = /\b(volunteer(ing)?|voluntary|pro bono)\b/;

export function sectionKind(title: string): SectionKind {
  const t = title.toLowerCase().replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim();
  // "Volunteer experience" is not employment: questions about jobs and years of experience count paid
  // work, as for JSON Resume's "volunteer" section; the section stays searchable as an extra.
  if (KEPT_AS_WRITTEN.test(t)) return "other";
  for (const [kind, re] of KINDS) if (re.test(t)) return kind;
  return "other";
}
