// The typed résumé model every knowledge format is parsed into.
// Format-neutral on purpose: the Markdown parser and the JSON Resume mapper both produce a `Resume`,
// and everything downstream (chunks, search, answers, pictures) reads only this shape.
import { lazySchemas, type ZodApi } from "../lazy-zod.js";
import type { z as Zod } from "zod";

/** A point in time, and who the candidate is: name, headline, contacts. */
function personSchemas(z: ZodApi) {
  /** A point in time as precisely as the résumé gives it: a year, or a year and a month. */
  const YearMonthSchema = z.object({
    year: z.number().int().min(1900).max(2200),
    month: z.number().int().min(1).max(12).optional(),
  });

  const ContactKindSchema = z.enum([
    "email",
    "phone",
    "linkedin",
    "github",
    "twitter",
    "telegram",
    "website",
    "other",
  ]);

  const ContactSchema = z.object({
    kind: ContactKindSchema,
    /** What a person reads: "github.com/sitano", "+1 555 0100", "ivan@example.com". */
    value: z.string().min(1),
    /** A clickable address where there is one (https:, mailto:, tel:). */
    url: z.string().min(1).optional(),
  });

  const PersonSchema = z.object({
    name: z.string().min(1),
    headline: z.string().optional(),
    location: z.string().optional(),
    contacts: z.array(ContactSchema),
  });
  return { YearMonthSchema, ContactKindSchema, ContactSchema, PersonSchema };
}

/** One job: employer, role, period and what the candidate did there. */
function jobSchema(z: ZodApi, YearMonthSchema: ReturnType<typeof personSchemas>["YearMonthSchema"]) {
  const JobSchema = z
    .object({
      /** Stable id, unique in the résumé: "scylladb", or "workato-2021" when an employer repeats. */
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      employer: z.string().min(1),
      role: z.string().min(1),
      team: z.string().optional(),
      location: z.string().optional(),
      url: z.string().optional(),
      start: YearMonthSchema,
      /** null means "present": the candidate still works there. */
      end: YearMonthSchema.nullable(),
      /** What the company does, in the résumé's words. */
      about: z.string().optional(),
      projects: z.array(z.string()),
      areas: z.array(z.string()),
      achievements: z.array(z.string()),
      responsibilities: z.array(z.string()),
      /** Other paragraphs and bullets that belong to the job. */
      details: z.array(z.string()),
      /** Canonical technology names (see knowledge/aliases.json), explicit or mentioned in the job's text. */
      technologies: z.array(z.string()),
      /** Where the job starts in its source file, for error messages and `npm run check`. */
      line: z.number().int().positive().optional(),
    })
    .refine((j) => j.end === null || compareYearMonth(j.start, j.end) <= 0, {
      message: "end date is before start date",
      path: ["end"],
    });
  return JobSchema;
}

function buildModelSchemas(z: ZodApi) {
  const { YearMonthSchema, ContactKindSchema, ContactSchema, PersonSchema } = personSchemas(z);
  const JobSchema = jobSchema(z, YearMonthSchema);
  const EducationSchema = z.object({
    institution: z.string().min(1),
    url: z.string().optional(),
    degree: z.string().optional(),
    field: z.string().optional(),
    start: YearMonthSchema.optional(),
    end: YearMonthSchema.optional(),
    details: z.array(z.string()),
  });

  const SkillGroupSchema = z.object({
    name: z.string().min(1),
    items: z.array(z.string().min(1)),
  });

  const LanguageSchema = z.object({
    name: z.string().min(1),
    fluency: z.string().optional(),
  });

  /** Any other section ("Bonus", "Awards", "Volunteering" …): kept and searchable as it is. */
  const SectionSchema = z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    items: z.array(z.string().min(1)),
  });

  const ResumeSchema = z.object({
    person: PersonSchema,
    summary: z.array(z.string()),
    /** Newest first. */
    experience: z.array(JobSchema),
    education: z.array(EducationSchema),
    skills: z.array(SkillGroupSchema),
    languages: z.array(LanguageSchema),
    extras: z.array(SectionSchema),
    /** The files the résumé was read from, for messages. */
    sources: z.array(z.string()),
  });
  return { YearMonthSchema, ContactKindSchema, ContactSchema, PersonSchema, JobSchema, EducationSchema, SkillGroupSchema, LanguageSchema, SectionSchema, ResumeSchema };
}

/** The model's zod schemas, built on first use (see lazy-zod.ts). */
export const modelSchemas = lazySchemas(buildModelSchemas);
type Schemas = ReturnType<typeof buildModelSchemas>;

/** Written out (not inferred) because the job schema's date check uses it: inference would go in a circle. */
export interface YearMonth {
  year: number;
  month?: number;
}
export type ContactKind = Zod.infer<Schemas["ContactKindSchema"]>;
export type Contact = Zod.infer<Schemas["ContactSchema"]>;
export type Person = Zod.infer<Schemas["PersonSchema"]>;
export type Job = Zod.infer<Schemas["JobSchema"]>;
export type Education = Zod.infer<Schemas["EducationSchema"]>;
export type SkillGroup = Zod.infer<Schemas["SkillGroupSchema"]>;
export type Language = Zod.infer<Schemas["LanguageSchema"]>;
export type Section = Zod.infer<Schemas["SectionSchema"]>;
export type Resume = Zod.infer<Schemas["ResumeSchema"]>;

export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1);
}

/** A Russian patronymic (Сергеевна, Игоревич, Ильинична, Кузьмич): the name before it is the given name. */
const PATRONYMIC = /(?:вич|вна|ична|инична|ьич|оглы|кызы)$/iu;

/**
 * The candidate's first name, for matching "Ivan" in questions and for neutral wording in replies. A
 * Russian ФИО is written surname first ("Смирнова Анна Сергеевна" → "Анна"): a patronymic last says so.
 */
export function firstName(person: Person): string {
  const words = person.name.trim().split(/\s+/);
  if (words.length === 3 && PATRONYMIC.test(words[2]!) && !PATRONYMIC.test(words[1]!)) return words[1]!;
  return words[0] ?? person.name;
}
