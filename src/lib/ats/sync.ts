/**
 * One fetch of an ATS feed with everything around it: ETags, the size and count limits, the last
 * fetch as a fallback when the ATS is unreachable, and the record of jobs that left the feed
 * (their pages stay, closed, for 90 days). Shared by the loader and `npm run check -- --fetch`.
 */
import { isoDay } from '../dates.ts';
import { httpGet, type HttpOptions } from './http.ts';
import { FeedError, type AtsAdapter, type AtsPosting } from './types.ts';

/** How long a job that left the feed keeps its closed page. */
export const GONE_DAYS = 90;
/** The most jobs a feed may list. */
export const MAX_JOBS = 5000;

/** What a successful fetch leaves for the next build (kept in the build cache). */
export interface FeedSnapshot {
  version: 1;
  /** The ATS. */
  source: string;
  /** The account. */
  account: string;
  /** The scheme and host fetched from. */
  origin: string;
  /** When the postings were fetched (ISO date-time). */
  fetchedAt: string;
  /** Each address's ETag and parsed answer, for conditional requests. */
  responses: Record<string, { etag?: string; data: unknown }>;
  /** The postings of that fetch. */
  postings: AtsPosting[];
  /** Every ATS id seen: the day first seen and the slug it got. */
  seen: Record<string, { first: string; slug?: string }>;
  /** Postings that left the feed, by ATS id, with the day they were first missing. */
  gone: Record<string, { posting: AtsPosting; removed: string }>;
}

/** Where and how to fetch. */
export interface SyncOptions {
  adapter: AtsAdapter;
  account: string;
  region?: 'eu';
  /** Replaces the scheme and host (site.yaml jobs.url). */
  url?: string;
  /** The site's languages, the default first. */
  languages: readonly string[];
  /** The last successful fetch, if any. */
  previous?: FeedSnapshot;
  /** Use the last fetch only (VAANDEL_OFFLINE=1). */
  offline?: boolean;
  /** ETags by address from the last fetch (the loader keeps them in its meta); each is sent only when that fetch's answer is at hand. */
  etags?: Readonly<Record<string, string>>;
  /** The clock, for fetchedAt. */
  now: Date;
  /** The build's day, for the record of jobs that left. */
  today: Date;
  /** Limits of each request. */
  http?: HttpOptions;
  /** The most jobs accepted (default 5,000). */
  maxJobs?: number;
}

/** The outcome of a sync. */
export interface SyncResult {
  /** What to keep for the next build (the new fetch, or the last one unchanged). */
  snapshot: FeedSnapshot;
  /** True when the feed was fetched now; false when the last fetch was used. */
  fresh: boolean;
  /** True when the ATS answered "not modified" to every address. */
  unchanged: boolean;
  /** Jobs that left the feed less than 90 days ago, with the day they were first missing. */
  gone: { posting: AtsPosting; removed: string }[];
  /** Why the last fetch was used instead of a new one (unreachable, refused answer, offline). */
  fallback?: { url: string; reason: string };
}

/** The feed could not be fetched and there is no earlier fetch to use. */
export class FeedUnavailableError extends Error {
  readonly url: string;

  constructor(message: string, url: string) {
    super(message);
    this.url = url;
    this.name = 'FeedUnavailableError';
  }
}

/** The scheme and host a feed is fetched from: site.yaml's url when set, else the ATS's own. */
export function feedOrigin(options: Pick<SyncOptions, 'adapter' | 'account' | 'region' | 'url'>): string {
  if (options.url) {
    const url = new URL(options.url);
    return `${url.protocol}//${url.host}`;
  }
  return options.adapter.origin(options.account, options.region);
}

/** The address of the feed's first request, for messages. */
export function feedUrl(options: Pick<SyncOptions, 'adapter' | 'account' | 'region' | 'url' | 'languages'>): string {
  return feedOrigin(options) + options.adapter.feedPath(options.account, options.languages);
}

/** How long ago a fetch was, in words: "3 hours", "2 days". */
export function describeAge(fetchedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(fetchedAt).getTime()) / 60_000));
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** The record of jobs that left, without those gone longer than 90 days or back in the feed. */
function keepGone(gone: FeedSnapshot['gone'], present: ReadonlySet<string>, today: Date): FeedSnapshot['gone'] {
  const limit = today.getTime() - GONE_DAYS * 86_400_000;
  return Object.fromEntries(Object.entries(gone).filter(([id, g]) => !present.has(id) && new Date(g.removed).getTime() >= limit));
}

/** Fetches the feed, or falls back on the last fetch; throws FeedUnavailableError when neither is possible. */
export async function syncFeed(options: SyncOptions): Promise<SyncResult> {
  const { adapter, previous, today } = options;
  const origin = feedOrigin(options);
  const firstUrl = feedUrl(options);
  const usable = previous && previous.source === adapter.source && previous.account === options.account ? previous : undefined;
  const maxJobs = options.maxJobs ?? MAX_JOBS;

  const fallBack = (url: string, reason: string): SyncResult => {
    if (!usable) throw new FeedUnavailableError(reason, url);
    const gone = keepGone(usable.gone, new Set(usable.postings.map((p) => p.id)), today);
    return { snapshot: { ...usable, gone }, fresh: false, unchanged: false, gone: Object.values(gone), fallback: { url, reason } };
  };
  if (options.offline) return fallBack(firstUrl, 'VAANDEL_OFFLINE=1 is set');

  const responses: FeedSnapshot['responses'] = {};
  let requests = 0;
  let notModified = 0;
  let failedUrl = firstUrl;
  let postings: AtsPosting[];
  try {
    postings = await adapter.read({
      account: options.account,
      languages: options.languages,
      fetch: async <T>(path: string, parse: (body: string) => T): Promise<T> => {
        const url = origin + path;
        failedUrl = url;
        if (++requests > maxJobs + 100) throw new FeedError(`needed more than ${maxJobs + 100} requests; the feed was refused`);
        const kept = usable?.responses[path];
        const before = kept?.etag && options.etags?.[path] === kept.etag ? kept : undefined;
        const result = await httpGet(url, before?.etag, options.http);
        if (result.status === 304 && before) {
          notModified++;
          responses[path] = before;
          return before.data as T;
        }
        if (result.status === 304) throw new FeedError('answered "not modified" to a request that sent no ETag');
        const data = parse(result.body);
        responses[path] = { ...(result.etag ? { etag: result.etag } : {}), data };
        return data;
      },
    });
  } catch (error) {
    if (error instanceof FeedError) return fallBack(failedUrl, error.message);
    throw error;
  }
  if (postings.length > maxJobs) return fallBack(firstUrl, `lists ${postings.length.toLocaleString('en')} jobs, more than the ${maxJobs.toLocaleString('en')} a site may take; the feed was refused`);

  const present = new Set(postings.map((p) => p.id));
  const seen: FeedSnapshot['seen'] = { ...usable?.seen };
  for (const id of present) seen[id] ??= { first: isoDay(today) };
  const gone = keepGone(usable?.gone ?? {}, present, today);
  for (const p of usable?.postings ?? []) if (!present.has(p.id)) gone[p.id] ??= { posting: p, removed: isoDay(today) };
  const snapshot: FeedSnapshot = { version: 1, source: adapter.source, account: options.account, origin, fetchedAt: options.now.toISOString(), responses, postings, seen, gone };
  return { snapshot, fresh: true, unchanged: requests > 0 && notModified === requests, gone: Object.values(gone) };
}
