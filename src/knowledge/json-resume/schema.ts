// The JSON Resume v1 schema (jsonresume.org/schema) as zod, as lenient as the spec: every field optional
// and unknown keys allowed, except what a résumé bot cannot do without — the candidate's name, and each
// job's employer, role and start date. Empty strings and nulls count as absent (exporters write both), and
// a list written as a single string is read as a one-item list.
import type { z as Zod } from "zod";
import { lazySchemas, type ZodApi } from "../../lazy-zod.js";
import { formatYearMonth, isPresent, parseDate } from "../dates.js";
import { compareYearMonth, type YearMonth } from "../model.js";

/** The field readers every entry shares: text, lists, ISO dates, an end date, a period check. */
function fieldSchemas(z: ZodApi) {
  const absentIfEmpty = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

  const text = z.preprocess(absentIfEmpty, z.string({ error: "expected text" }).trim().optional());

  function requiredText(what: string) {
    return z.preprocess(
      absentIfEmpty,
      z.string({ error: (issue) => (issue.input === undefined ? `missing: ${what}` : "expected text") }).trim(),
    );
  }

  const list = z.preprocess(
    (v) => (typeof v === "string" ? [v] : v ?? undefined),
    z
      .array(z.preprocess(absentIfEmpty, z.string({ error: "expected text" }).trim().optional()), { error: "expected a list of texts" })
      .transform((items) => items.filter((s): s is string => !!s))
      .default([]),
  );

  // A time after the day ("2019-01-01T00:00:00Z") is what some exporters write; it is ignored.
  const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)?)?$/;

  /** "2014", "2014-06", "2014-06-29" → a YearMonth (the day is dropped: the model keeps months). */
  function isoDate(missing = "missing") {
    return z.string({ error: (issue) => (issue.input === undefined ? missing : 'expected a date as text, e.g. "2019-10"') }).transform((raw, ctx): YearMonth => {
      const m = ISO_DATE.exec(raw.trim());
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message, input: raw });
        return z.NEVER;
      };
      if (!m) {
        // Not the spec's form, but written by people: "Jan 2019", "01/2019".
        const written = parseDate(raw);
        return written ?? fail(`"${raw}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      const year = Number(m[1]);
      const month = m[2] === undefined ? undefined : Number(m[2]);
      const day = m[3] === undefined ? undefined : Number(m[3]);
      if (year < 1900 || year > 2200) return fail(`"${raw}": the year ${year} is out of range`);
      if (month !== undefined && (month < 1 || month > 12)) return fail(`"${raw}": there is no month ${month}`);
      if (day !== undefined && (day < 1 || day > 31)) return fail(`"${raw}": there is no day ${day}`);
      return month === undefined ? { year } : { year, month };
    });
  }
  const requiredDate = (missing: string) => z.preprocess(absentIfEmpty, isoDate(missing));
  const optionalDate = () => z.preprocess(absentIfEmpty, isoDate().optional());

  /** An end date, where "present" (any case) or no date at all means the entry is still going. */
  const endDate = z.preprocess(
    (v) => (typeof v === "string" && isPresent(v) ? undefined : v),
    optionalDate(),
  );

  /** A period whose end, when given, is not before its start. */
  function checkPeriod(entry: { startDate?: YearMonth; endDate?: YearMonth }, ctx: Zod.RefinementCtx): void {
    if (entry.startDate && entry.endDate && compareYearMonth(entry.startDate, entry.endDate) > 0) {
      const shown = (d: YearMonth) => formatYearMonth(d);
      ctx.addIssue({ code: "custom", path: ["endDate"], message: `end date is before start date (starts ${shown(entry.startDate)}, ends ${shown(entry.endDate)})` });
    }
  }
  return { absentIfEmpty, text, requiredText, list, requiredDate, optionalDate, endDate, checkPeriod };
}

/** Each section's entry schema (basics, work, volunteer, education, awards …). */
function entrySchemas(z: ZodApi, fields: FieldSchemas) {
  const { absentIfEmpty, text, requiredText, list, requiredDate, optionalDate, endDate, checkPeriod } = fields;
  const ProfileSchema = z.looseObject({ network: text, username: text, url: text });

  const LocationSchema = z.looseObject({ address: text, postalCode: text, city: text, countryCode: text, region: text });

  const BasicsSchema = z.looseObject({
    name: requiredText("the candidate's name"),
    label: text,
    image: text,
    email: text,
    phone: text,
    url: text,
    summary: text,
    location: z.preprocess(absentIfEmpty, z.union([LocationSchema, z.string()]).optional()),
    profiles: z.array(ProfileSchema).default([]),
  });

  const WorkSchema = z
    .looseObject({
      name: requiredText("the employer's name"),
      position: requiredText("the role (position)"),
      location: text,
      description: text,
      url: text,
      startDate: requiredDate("missing: every job needs a start date (YYYY, YYYY-MM or YYYY-MM-DD)"),
      endDate,
      summary: text,
      highlights: list,
      // Not in the v1 spec, but common in exports and themes: the job's technologies.
      keywords: list,
      technologies: list,
      skills: list,
    })
    .superRefine(checkPeriod);

  const VolunteerSchema = z
    .looseObject({
      organization: text,
      position: text,
      url: text,
      startDate: optionalDate(),
      endDate,
      summary: text,
      highlights: list,
    })
    .superRefine(checkPeriod);

  const EducationSchema = z
    .looseObject({
      institution: requiredText("the school or university"),
      url: text,
      area: text,
      studyType: text,
      startDate: optionalDate(),
      endDate: optionalDate(),
      score: text,
      courses: list,
    })
    .superRefine(checkPeriod);

  return { ProfileSchema, LocationSchema, BasicsSchema, WorkSchema, VolunteerSchema, EducationSchema, ...sectionSchemas(z, fields) };
}

/** The schemas of the sections that are lists of simple items (awards, certificates, projects …). */
function sectionSchemas(z: ZodApi, fields: FieldSchemas) {
  const { text, list, optionalDate, endDate, checkPeriod } = fields;
  const AwardSchema = z.looseObject({ title: text, date: optionalDate(), awarder: text, summary: text });
  const CertificateSchema = z.looseObject({ name: text, date: optionalDate(), url: text, issuer: text });
  const PublicationSchema = z.looseObject({ name: text, publisher: text, releaseDate: optionalDate(), url: text, summary: text });
  const SkillSchema = z.looseObject({ name: text, level: text, keywords: list });
  const LanguageSchema = z.looseObject({ language: text, fluency: text });
  const InterestSchema = z.looseObject({ name: text, keywords: list });
  const ReferenceSchema = z.looseObject({ name: text, reference: text });
  const ProjectSchema = z
    .looseObject({
      name: text,
      description: text,
      highlights: list,
      keywords: list,
      startDate: optionalDate(),
      endDate,
      url: text,
      roles: list,
      entity: text,
      type: text,
    })
    .superRefine(checkPeriod);
  return { AwardSchema, CertificateSchema, PublicationSchema, SkillSchema, LanguageSchema, InterestSchema, ReferenceSchema, ProjectSchema };
}

type FieldSchemas = ReturnType<typeof fieldSchemas>;

function buildJsonResumeSchema(z: ZodApi) {
  const { BasicsSchema, WorkSchema, VolunteerSchema, EducationSchema, AwardSchema, CertificateSchema, PublicationSchema, SkillSchema, LanguageSchema, InterestSchema, ReferenceSchema, ProjectSchema } = entrySchemas(z, fieldSchemas(z));
  const section = <T extends Zod.ZodType>(item: T, renamed: Record<string, string> = {}) =>
    z.preprocess(
      (v) => (Array.isArray(v) ? v.map((entry) => withCurrentNames(entry, renamed)) : (v ?? undefined)),
      z.array(item, { error: "expected a list" }).default([]),
    );

  /**
   * Files written for the pre-1.0 schema (still common, and what many exporters produce) name some fields
   * differently: work[].company for name, website for url, gpa for score. Read under the current names
   * when the current name is absent.
   */
  function withCurrentNames(entry: unknown, renamed: Record<string, string>): unknown {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return entry;
    const out: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
    for (const [old, current] of Object.entries(renamed)) {
      if (out[current] === undefined && out[old] !== undefined) out[current] = out[old];
    }
    return out;
  }

  const JsonResumeSchema = z.looseObject(
    {
      basics: z.preprocess((v) => withCurrentNames(v ?? {}, { website: "url", picture: "image" }), BasicsSchema),
      work: section(WorkSchema, { company: "name", website: "url" }),
      volunteer: section(VolunteerSchema, { website: "url" }),
      education: section(EducationSchema, { gpa: "score", website: "url" }),
      awards: section(AwardSchema),
      certificates: section(CertificateSchema),
      publications: section(PublicationSchema, { website: "url" }),
      skills: section(SkillSchema),
      languages: section(LanguageSchema),
      interests: section(InterestSchema),
      references: section(ReferenceSchema),
      projects: section(ProjectSchema, { website: "url" }),
    },
    { error: "a JSON Resume is a JSON object with \"basics\", \"work\", \"education\" … (see jsonresume.org/schema)" },
  );
  return JsonResumeSchema;
}

/** The schema, built on first use (see lazy-zod.ts). */
export const jsonResumeSchema = lazySchemas(buildJsonResumeSchema);

export type JsonResume = Zod.infer<ReturnType<typeof buildJsonResumeSchema>>;
export type JsonWork = JsonResume["work"][number];
