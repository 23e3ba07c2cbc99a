import { z } from 'astro/zod';
import { id, url } from './fields.ts';
import { JOB_EMPLOYMENT_TYPES } from './job.ts';

/** The applicant tracking systems whose public job-board feed Vaandel reads. */
export const ATS_SOURCES = ['greenhouse', 'lever', 'recruitee', 'personio', 'teamtailor', 'workable', 'smartrecruiters', 'ashby'] as const;
/** One of ATS_SOURCES. */
export type AtsSource = (typeof ATS_SOURCES)[number];

/** A map from the names an ATS uses (departments, offices) to ids of this site. */
const nameMap = (what: string) =>
  z.record(z.string().trim().min(1, 'must not be empty'), id(), { error: `must map ${what} names to ids, one "Name: id" per line` }).default({});

/** `jobs:` in site.yaml: where the jobs come from when an ATS holds them. */
export const jobsSourceSchema = z
  .object({
    /** The ATS: greenhouse, lever, recruitee, personio, teamtailor, workable, smartrecruiters or ashby. Without it, jobs come from Markdown only. */
    source: z.enum(ATS_SOURCES, { error: `must be one of ${ATS_SOURCES.join(', ')}` }),
    /** The board token, company slug or account name, as the ATS names it (e.g. "brugwerk"). */
    account: z
      .string({ error: 'must be the account name the ATS gives your job board, like "brugwerk"' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be the account name the ATS gives your job board: letters, digits, dots, dashes and underscores, like "brugwerk"'),
    /** Replaces the scheme and host of the ATS's address (a proxy, a test server); the path stays. */
    url: url().optional(),
    /** "eu" for Lever accounts on Lever's EU instance. */
    region: z.enum(['eu'], { error: 'must be "eu" (Lever accounts on the EU instance) or left out' }).optional(),
    /** ATS department (or team) name → team id of this site. */
    teams: nameMap('department'),
    /** ATS office or city name → location id of this site. */
    locations: nameMap('office'),
    /** Days a job stays open when the ATS gives no closing date, counted from its first-published date. */
    validFor: z.number({ error: 'must be a number of days, like 60' }).int().positive().max(3650).default(60),
    /** The contract type of jobs whose ATS gives none (Greenhouse, Teamtailor), default full-time. */
    employmentType: z.enum(JOB_EMPLOYMENT_TYPES, { error: `must be one of ${JOB_EMPLOYMENT_TYPES.join(', ')}` }).default('full-time'),
  })
  .strict();

/** `jobs:` in site.yaml after parsing. */
export type JobsSource = z.infer<typeof jobsSourceSchema>;

/** What a Markdown job file holds when its slug is an ATS job's: only what the ATS lacks, plus an intro as its body. */
export const jobOverlaySchema = z
  .object({
    /** Ambassadors candidates can ask about the role. */
    ambassadors: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(id())).default([]),
    /** A team id of this site, instead of the one mapped from the ATS department. */
    team: id().optional(),
  })
  .strict();

/** An overlay's front matter after parsing. */
export type JobOverlay = z.infer<typeof jobOverlaySchema>;

/** The fields an overlay may hold. */
export const OVERLAY_FIELDS = ['ambassadors', 'team'] as const;
