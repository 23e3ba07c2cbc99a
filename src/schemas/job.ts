import { z } from 'astro/zod';
import { date, id, idList, lang, text, translationSchemaOf, TRANSLATABLE, whenValid } from './fields';

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

/** The fields of a job, without the rules between them. */
const jobObject = z
  .object({
    /** The job title. */
    title: text('a job title'),
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
    /** An optional salary range. */
    salary: salarySchema.optional(),
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

/** `content/jobs/<slug>.md`: an open position. */
export const jobSchema = jobObject.superRefine((job, ctx) => {
  if (job.workMode === 'remote' && job.remoteCountries.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['remoteCountries'], message: 'is missing: a remote job must list the countries applicants may live in, e.g. [BE, NL]' });
  }
  if (job.validThrough.getTime() < job.posted.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['validThrough'], message: 'is before the posted date: the job would close before it opens; set it on or after posted' });
  }
}, whenValid('workMode', 'remoteCountries', 'posted', 'validThrough'));

/** `content/jobs/<slug>.<lang>.md`: a job's translation (its title) and the description in that language. */
export const jobTranslationSchema = translationSchemaOf(jobObject, TRANSLATABLE.jobs);

/** A job's front matter after parsing. */
export type JobData = z.infer<typeof jobSchema>;
