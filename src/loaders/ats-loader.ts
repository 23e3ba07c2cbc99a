/**
 * The Astro content loader behind every ATS loader: the `jobs` collection becomes the ATS's jobs
 * (normalised and sanitised by src/lib/ats/) plus the Markdown files of content/jobs/. A Markdown
 * file whose slug is an ATS job's is an overlay: it adds the people to ask, a team and an intro.
 *
 * The fetch falls back on the last one (kept in the build cache) with a warning when the ATS is
 * unreachable; VAANDEL_OFFLINE=1 uses the last fetch only. Jobs that left the feed keep their
 * closed page for 90 days. Unchanged jobs keep their digest, so incremental builds reuse their pages.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { jobOverlaySchema, type JobOverlay } from '../schemas/jobs-source.ts';
import { COLLECTION_DIRS } from '../lib/content-dir.ts';
import { isoDay, resolveToday } from '../lib/dates.ts';
import { describeUnmapped } from '../lib/ats/messages.ts';
import { normalisePostings, type NormalisedJob } from '../lib/ats/normalise.ts';
import type { AtsSettings } from '../lib/ats/settings.ts';
import { readSnapshot, writeSnapshot } from '../lib/ats/snapshot-fs.ts';
import { readSettings } from './job-settings.ts';
import { describeAge, FeedUnavailableError, feedUrl, syncFeed } from '../lib/ats/sync.ts';
import type { AtsAdapter } from '../lib/ats/types.ts';
import type { HttpOptions } from '../lib/ats/http.ts';

/** What every ATS loader needs. */
export interface AtsLoaderOptions {
  /** The content folder (absolute): site.yaml and jobs/ are read from it. */
  contentDir: string;
  /** Request limits (tests shorten the timeout). */
  http?: HttpOptions;
}

/** The environment variable that makes a build use the last fetch only. */
export const OFFLINE_ENV = 'VAANDEL_OFFLINE';

/** The id of `<slug>.md`. */
const slugOf = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

/** A Markdown file of content/jobs/ as glob() read it. */
interface MarkdownEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The 00:00 UTC day before. */
const dayBefore = (iso: string) => new Date(new Date(iso).getTime() - 86_400_000);

/** Makes the loader of one ATS. */
export function createAtsLoader(adapter: AtsAdapter, options: AtsLoaderOptions): Loader {
  const jobsDir = path.join(options.contentDir, COLLECTION_DIRS.jobs);
  const markdown = glob({ pattern: ['*.md', '!*.*.md'], base: pathToFileURL(jobsDir + path.sep), generateId: slugOf });
  const watched = new WeakSet<object>();

  const load = async (context: LoaderContext): Promise<void> => {
    const { logger, store, meta } = context;
    const settings = await readSettings(options.contentDir);
    if (settings.invalid) throw new Error(`${settings.siteFile}: ${settings.invalid}. Run npm run check for the details.`);
    const config = settings.jobs;
    if (!config || config.source !== adapter.source) throw new Error(`${settings.siteFile}: jobs.source must be "${adapter.source}" for the ${adapter.label} loader.`);
    const today = resolveToday(process.env, new Date());
    const cacheDir = fileURLToPath(context.config.cacheDir);
    const previous = await readSnapshot(cacheDir, adapter.source, config.account);
    const where = { adapter, account: config.account, region: config.region, url: config.url, languages: settings.languages };
    const etags = (() => {
      try {
        return JSON.parse(meta.get('etags') ?? '{}') as Record<string, string>;
      } catch {
        return {};
      }
    })();

    let result;
    try {
      result = await syncFeed({ ...where, previous, offline: process.env[OFFLINE_ENV] === '1', etags, now: new Date(), today, http: options.http });
    } catch (error) {
      if (!(error instanceof FeedUnavailableError)) throw error;
      const offline = process.env[OFFLINE_ENV] === '1';
      throw new Error(
        offline
          ? `${adapter.label}: ${OFFLINE_ENV}=1 uses the last fetch only, and there is none in ${path.relative(process.cwd(), cacheDir) || '.'}. Build once without ${OFFLINE_ENV}, or keep the build cache (VAANDEL_CACHE_DIR) between builds.`
          : `Could not read the jobs from ${adapter.label} at ${error.url}: it ${error.message}. There is no earlier fetch to fall back on. Check jobs.account ("${config.account}") in ${settings.siteFile}: it is the name ${adapter.label} gives your job board${config.url ? `, and jobs.url (${config.url})` : ''}; and that this machine can reach ${new URL(error.url).host}.`,
      );
    }
    if (result.fallback) {
      const age = describeAge(result.snapshot.fetchedAt, new Date());
      logger.warn(
        `${adapter.label} ${result.fallback.reason === `${OFFLINE_ENV}=1 is set` ? `not fetched: ${OFFLINE_ENV}=1 is set` : `is unreachable: ${result.fallback.url} ${result.fallback.reason}`}. Using the last fetch, from ${result.snapshot.fetchedAt.slice(0, 16).replace('T', ' ')} UTC (${age} ago).`,
      );
    }
    const snapshot = result.snapshot;
    const context_ = {
      config,
      teams: settings.teams,
      locations: settings.locations,
      languages: settings.languages,
      today,
      slugs: new Map(Object.entries(snapshot.seen).flatMap(([id, s]) => (s.slug ? [[id, s.slug] as const] : []))),
      firstSeen: new Map(Object.entries(snapshot.seen).map(([id, s]) => [id, s.first] as const)),
    };
    const open = normalisePostings(adapter.source, snapshot.postings, context_);
    for (const unmapped of open.unmapped) {
      const { message, hint } = describeUnmapped(unmapped, adapter.label, settings.siteFile);
      logger.warn(`${message} ${hint}`);
    }
    for (const skipped of open.skipped.filter((s) => !/not mapped|no department|no office|none of its offices/.test(s.reason))) {
      logger.warn(`The ${adapter.label} job "${skipped.title}" (${skipped.atsId}) is left out: ${skipped.reason}.`);
    }
    // Jobs that left the feed: closed since the day before they went missing, for 90 days.
    const goneById = new Map(result.gone.map((g) => [g.posting.id, g.removed]));
    const closed = normalisePostings(adapter.source, result.gone.map((g) => g.posting), context_).jobs.map((job): NormalisedJob => {
      const removed = goneById.get(job.atsId)!;
      const lastDay = dayBefore(removed);
      const cap = (value: unknown) => (new Date(String(value)).getTime() > lastDay.getTime() ? isoDay(lastDay) : value);
      return { ...job, data: { ...job.data, posted: cap(job.data.posted), validThrough: cap(job.data.validThrough), origin: { ...(job.data.origin as object), removed } } };
    });
    const atsJobs = new Map<string, NormalisedJob>();
    for (const job of [...open.jobs, ...closed]) if (!atsJobs.has(job.slug)) atsJobs.set(job.slug, job);

    // Remember each job's slug, so that it keeps it when its title changes.
    let seenChanged = false;
    for (const job of atsJobs.values()) {
      const seen = snapshot.seen[job.atsId] ?? { first: isoDay(today) };
      if (seen.slug !== job.slug) {
        snapshot.seen[job.atsId] = { ...seen, slug: job.slug };
        seenChanged = true;
      }
    }
    if (result.fresh || seenChanged) await writeSnapshot(cacheDir, snapshot);
    meta.set('etags', JSON.stringify(Object.fromEntries(Object.entries(snapshot.responses).flatMap(([p, r]) => (r.etag ? [[p, r.etag]] : [])))));

    // The Markdown files, read by glob() into a store of our own: jobs, and overlays of ATS jobs.
    const files = new Map<string, MarkdownEntry>();
    const overlays = new Map<string, JobOverlay>();
    const capture = {
      get: () => undefined,
      entries: () => [...files.entries()],
      values: () => [...files.values()],
      keys: () => [...files.keys()],
      has: (id: string) => files.has(id),
      set: (entry: MarkdownEntry) => (files.set(entry.id, entry), true),
      delete: (id: string) => void files.delete(id),
      clear: () => files.clear(),
      addModuleImport: (file: string) => store.addModuleImport(file),
      addAssetImports: (assets: string[], file: string) => (store as unknown as { addAssetImports(a: string[], f: string): void }).addAssetImports(assets, file),
    };
    const isOverlay = (id: string, data: Record<string, unknown>) => atsJobs.has(id) || !('title' in data);
    const parseData: LoaderContext['parseData'] = async (props) => {
      if (!isOverlay(props.id, props.data)) return context.parseData(props);
      const parsed = jobOverlaySchema.safeParse(props.data);
      const file = path.relative(process.cwd(), props.filePath ?? path.join(jobsDir, `${props.id}.md`)).split(path.sep).join('/');
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `${i.keys.join(', ')}: not allowed` : `${i.path.join('.')}: ${i.message}`));
        throw new Error(`${file} is an overlay of a ${adapter.label} job, which may hold only ambassadors, team and an intro as its body (${issues.join('; ')}). Remove the other fields: the ATS gives them.`);
      }
      overlays.set(props.id, parsed.data);
      return parsed.data as unknown as typeof props.data;
    };
    await markdown.load({ ...context, store: capture as unknown as LoaderContext['store'], parseData, watcher: undefined });

    const keep = new Set<string>();
    for (const [id, entry] of files) {
      if (overlays.has(id)) continue;
      keep.add(id);
      store.set(entry as Parameters<typeof store.set>[0]);
    }
    for (const id of overlays.keys()) {
      if (!atsJobs.has(id)) logger.warn(`content/jobs/${id}.md is an overlay (it has no title), but no ${adapter.label} job has the slug "${id}", so it is left out. Rename it after a job's slug, or give it the fields of a job.`);
    }
    for (const [slug, job] of atsJobs) {
      const overlay = overlays.get(slug);
      const intro = overlay ? files.get(slug)?.rendered?.html?.trim() : undefined;
      const data: Record<string, unknown> = { ...job.data, ...(overlay?.team ? { team: overlay.team } : {}), ...(overlay?.ambassadors.length ? { ambassadors: overlay.ambassadors } : {}) };
      const html = intro ? `<div class="job-intro">${intro}</div>\n${job.html}` : job.html;
      let parsed;
      try {
        parsed = await context.parseData({ id: slug, data });
      } catch (error) {
        logger.warn(`The ${adapter.label} job "${String(data.title)}" (${job.atsId}) is left out: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      keep.add(slug);
      store.set({ id: slug, data: parsed, rendered: { html }, digest: context.generateDigest({ data, html }) });
    }
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    logger.info(
      `${adapter.label}: ${plural(open.jobs.length, 'job')} in the feed${closed.length ? `, ${closed.length} gone from it (closed)` : ''}${result.fresh ? (result.unchanged ? ', unchanged since the last fetch' : '') : ', from the last fetch'}; ${plural(overlays.size, 'overlay')}, ${plural(files.size - overlays.size, 'Markdown job')}.`,
    );

    // In `astro dev`, an edit in content/jobs/ or site.yaml loads the collection again (one listener per watcher).
    if (!context.watcher || watched.has(context.watcher)) return;
    watched.add(context.watcher);
    context.watcher.on('all', (_event, changed) => {
      if (changed.startsWith(jobsDir) || changed === path.join(options.contentDir, 'site.yaml')) void load(context).catch((error: Error) => logger.error(error.message));
    });
  };

  return { name: `vaandel:${adapter.source}`, load };
}

/** The feed address of a loader's ATS, for messages and docs. */
export function atsFeedUrl(adapter: AtsAdapter, settings: AtsSettings): string | undefined {
  return settings.jobs ? feedUrl({ adapter, account: settings.jobs.account, region: settings.jobs.region, url: settings.jobs.url, languages: settings.languages }) : undefined;
}
