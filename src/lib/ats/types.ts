/** What every ATS adapter produces and needs. Pure types. */
import type { AtsSource } from '../../schemas/jobs-source.ts';
import type { JOB_EMPLOYMENT_TYPES, SALARY_UNITS, WORK_MODES } from '../../schemas/job.ts';

/** A job as an ATS feed describes it, read into one shape before it is mapped to the site. */
export interface AtsPosting {
  /** The job's id in the ATS. */
  id: string;
  /** The title, as the ATS writes it. */
  title: string;
  /** The description as HTML, not yet sanitised. */
  html: string;
  /** Department or team names, the most specific first. */
  departments: string[];
  /** Office or city names. */
  offices: string[];
  /** Two-letter country codes the job is in, when the ATS says. */
  countries: string[];
  /** Where the work happens, when the ATS says. */
  workMode?: (typeof WORK_MODES)[number];
  /** The contract type, when the ATS says. */
  employmentType?: (typeof JOB_EMPLOYMENT_TYPES)[number];
  /** When the job was first published, as an ISO date or date-time. */
  posted?: string;
  /** The ATS's closing date, as an ISO date or date-time. */
  closes?: string;
  /** The pay, when the ATS gives it. */
  salary?: { min: number; max?: number; currency?: string; unit?: (typeof SALARY_UNITS)[number] };
  /** Where candidates apply: the ATS's apply URL. */
  apply: string;
  /** The posting's language code, when the ATS says. */
  lang?: string;
  /** Other language versions, by language code. */
  translations?: Record<string, { title: string; html: string }>;
}

/**
 * Fetches one address of the feed (a path on the ATS's host, with its query) and parses its body;
 * the loader gives it timeouts, retries, size limits, ETags and the last fetch's copy.
 */
export type FetchFeed = <T>(path: string, parse: (body: string) => T) => Promise<T>;

/** What an adapter is told. */
export interface AdapterContext {
  /** The account (board token, company slug). */
  account: string;
  /** The site's languages, the default first. */
  languages: readonly string[];
  /** Fetches and parses one address. */
  fetch: FetchFeed;
}

/** One ATS: where its feed lives and how to read it into postings. */
export interface AtsAdapter {
  /** The ATS's id in site.yaml. */
  source: AtsSource;
  /** Its name in messages. */
  label: string;
  /** The scheme and host of its public feed for an account, e.g. https://boards-api.greenhouse.io. */
  origin(account: string, region?: 'eu'): string;
  /** The path of the feed's first address, for messages and the checker. */
  feedPath(account: string, languages: readonly string[]): string;
  /** Reads every posting. */
  read(context: AdapterContext): Promise<AtsPosting[]>;
}

/** A feed that cannot be used: its message says what is wrong, for people. */
export class FeedError extends Error {
  /** Whether trying again may help (network errors, timeouts, 5xx, 429). */
  readonly retryable: boolean;
  constructor(message: string, retryable = false) {
    super(message);
    this.name = 'FeedError';
    this.retryable = retryable;
  }
}
