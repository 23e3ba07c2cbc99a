import { z } from 'astro/zod';
import { date, id, idList, lang, shortText, text, TRANSLATABLE, translationSchemaOf, whenValid } from './fields.ts';
import { LIMITS } from './limits.ts';

/** Where the work happens. */
export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
/** Contract types, mapped to Google's employmentType values. */
export const JOB_EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer'] as const;
/** Periods a salary can be expressed in. */
export const SALARY_UNITS = ['hour', 'day', 'week', 'month', 'year'] as const;

/** An optional salary range. */
export const salarySchema = z
  .object({
    /** Lowest amount. */
    min: z.number().nonnegative(),
    /** Highest amount; leave out for a single figure. */
    max: z.number().nonnegative().optional(),
    /** ISO currency code, default EUR. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a currency code like "EUR"').default('EUR'),
    /** hour, day, week, month or year (default). */
    unit: z.enum(SALARY_UNITS, { error: `must be one of ${SALARY_UNITS.join(', ')}` }).default('year'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.max !== undefined && s.max < s.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `is below min (${s.min})` });
  });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields of a job, before the rules across fields. */
const jobFields = z
  .object({
    /** The job title, gender-neutral (or with the inclusive "(m/v/x)"); at most 100 characters (the job card shows it whole). */
    title: text('a job title', LIMITS.jobs.title),
    /** Team id from site.yaml. */
    team: id(),
    /** Location ids from site.yaml (where the job is based; for remote jobs, the hiring office). */
    locations: idList().refine((list) => list.length > 0, 'must name at least one location'),
    /** onsite, hybrid or remote. */
    workMode: z.enum(WORK_MODES, { error: `must be one of ${WORK_MODES.join(', ')}` }),
    /** For remote jobs: the countries applicants may live in, as two-letter codes (BE, NL …). */
    remoteCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like "BE"')).default([]),
    /** full-time, part-time, contract, temporary, internship or volunteer. */
    employmentType: z.enum(JOB_EMPLOYMENT_TYPES, { error: `must be one of ${JOB_EMPLOYMENT_TYPES.join(', ')}` }),
    /** The date the job is published. */
    posted: date(),
    /** The last day applications are accepted; the job closes after it. */
    validThrough: date(),
    /** The salary range, shown at the top of the job page and in its JobPosting (the EU Pay Transparency Directive asks for it). */
    salary: salarySchema.optional(),
    /** Without a salary: where candidates learn the range, e.g. "Shared in the first call, before any interview"; shown on the job page; at most 200 characters. */
    salaryNote: shortText(LIMITS.jobs.salaryNote).optional(),
    /** How to apply: an https URL or an e-mail address. */
    apply: z
      .string({ error: 'must be an https URL or an e-mail address' })
      .refine((v) => /^https?:\/\/\S+$/.test(v) || EMAIL.test(v), 'must be an https URL or an e-mail address'),
    /** True only when applying takes one step on the company's own site (Google's directApply). */
    directApply: z.boolean().default(false),
    /** Ambassadors candidates can ask about the role. */
    ambassadors: idList().default([]),
    /** Language of the posting, if not the site's default. */
    lang: lang().optional(),
  })
  .strict();

/** The rules across a job's fields. */
const jobRules = (job: z.infer<typeof jobFields>, ctx: z.RefinementCtx) => {
  if (job.workMode === 'remote' && job.remoteCountries.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['remoteCountries'], message: 'is missing: a remote job must list the countries applicants may live in, e.g. [BE, NL]' });
  }
  if (job.validThrough.getTime() < job.posted.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['validThrough'], message: 'is before the posted date: the job would close before it opens; set it on or after posted' });
  }
};
const ruleFields = whenValid('workMode', 'remoteCountries', 'posted', 'validThrough');

/** `content/jobs/<slug>.md`: an open position. */
export const jobSchema = jobFields.superRefine(jobRules, ruleFields);

/** `content/jobs/<slug>.<lang>.md`: a job's translation (its title) and the description in that language. */
export const jobTranslationSchema = translationSchemaOf(jobFields, TRANSLATABLE.jobs);

/** One language version of a job from an ATS. */
export const atsTranslationSchema = z
  .object({
    /** The job title in this language. */
    title: text('a job title'),
    /** The description in this language, as sanitised HTML. */
    html: z.string(),
  })
  .strict();

/** Where a job from an ATS comes from. */
export const jobOriginSchema = z
  .object({
    /** The ATS, e.g. "greenhouse". */
    source: z.string(),
    /** The job's id in the ATS. */
    id: z.string(),
    /** The day the job was first missing from the ATS's feed; its page stays, closed, for 90 days. */
    removed: date().optional(),
  })
  .strict();

/**
 * A job entry of the `jobs` collection: a Markdown job, or a job from an ATS (src/loaders/), which
 * alone may carry `translations` and `origin`.
 */
export const jobEntrySchema = jobFields
  .extend({
    /** The job title; an ATS's titles are not held to the limit of Markdown jobs (a job must not vanish for a long title): its card shortens them. */
    title: text('a job title'),
    /** ATS translations in the site's other languages, by language code; produced only by the ATS loaders. */
    translations: z.record(lang(), atsTranslationSchema).optional(),
    /** The ATS and id a job comes from; produced only by the ATS loaders. */
    origin: jobOriginSchema.optional(),
  })
  .superRefine(jobRules, ruleFields);

/** A job's front matter after parsing. */
export type JobData = z.infer<typeof jobSchema>;
/** A job entry's data after parsing (Markdown or ATS). */
export type JobEntryData = z.infer<typeof jobEntrySchema>;
