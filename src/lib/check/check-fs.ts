/** Reads a content folder from disk for the checker: the file list, texts and image headers (sharp). */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { checkContent, type CheckResult, type ContentSource, type ImageInfo } from './check-content.ts';
import { openFactsRecord, type FactsRecord } from '../file-facts-fs.ts';
import { fetchProblems, type AtsJobsKnown } from './ats-jobs.ts';
import { sortProblems, type Problem } from './problem.ts';
import { parseYaml } from './yaml-source.ts';
import { createLimit } from '../limit.ts';
import { ADAPTERS } from '../ats/adapters/index.ts';
import { normalisePostings, type NormaliseResult } from '../ats/normalise.ts';
import { readAtsSettings } from '../ats/settings.ts';
import { readSnapshot } from '../ats/snapshot-fs.ts';
import { FeedUnavailableError, syncFeed, type FeedSnapshot } from '../ats/sync.ts';
import type { HttpOptions } from '../ats/http.ts';
import { decodeUtf8 } from './encoding.ts';
import { describeImageMetadata } from '../image-metadata.ts';
import { sanitiseSvgKept } from '../images/site-logo-fs.ts';

/** Every file under `dir`, relative, with forward slashes (symbolic links to files included). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      const isFile = e.isFile() || (e.isSymbolicLink() && (await fs.stat(full).then((s) => s.isFile(), () => false)));
      return isFile ? path.relative(dir, full).split(path.sep).join('/') : undefined;
    }),
  );
  return files.filter((f) => f !== undefined).sort();
}

/** How much of an image file is read for its header; enough for the size of JPEG, PNG, WebP, GIF and AVIF files. */
const HEADER_BYTES = 256 * 1024;

/** Reads the start of a file: the whole file when it is small. */
async function readHead(file: string): Promise<{ bytes: Buffer; whole: boolean }> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.alloc(Math.min(size, HEADER_BYTES));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), whole: size <= HEADER_BYTES };
  } finally {
    await handle.close();
  }
}

/** The record in the build's cache folder of what the check read of each image (src/lib/file-facts-fs.ts). */
export const IMAGE_FACTS_RECORD = 'vaandel-image-facts.json';

/** Reads an image's format, size and metadata with sharp. */
async function readImageInfo(full: string): Promise<ImageInfo> {
  // sharp reads a header from memory several times faster than it opens a file; a header cut
  // short (a long EXIF or colour profile) falls back to the file itself.
  const head = await readHead(full);
  const meta = await sharp(head.bytes)
    .metadata()
    .catch((error: unknown) => (head.whole ? Promise.reject(error) : undefined));
  const { width, height, format, compression, orientation, exif, xmp, iptc } = meta?.width ? meta : await sharp(full).metadata();
  const metadata = describeImageMetadata({ exif, xmp, iptc });
  // EXIF orientations 5–8 turn the picture by 90°: show the size people see.
  return orientation && orientation >= 5 ? { width: height, height: width, format, compression, metadata } : { width, height, format, compression, metadata };
}

/**
 * A ContentSource over a folder on disk. With `images`, what was read of an image is taken from
 * that record while the file keeps its size and modification time, and recorded otherwise.
 */
export async function createFsSource(dir: string, images?: FactsRecord<ImageInfo>): Promise<ContentSource> {
  const limit = createLimit(32);
  return {
    files: await listFiles(dir),
    readText: (file) => limit(async () => decodeUtf8(await fs.readFile(path.join(dir, file)))),
    readImage: (file) =>
      limit(async () => {
        const full = path.join(dir, file);
        if (!images) return readImageInfo(full);
        const stat = await fs.stat(full);
        const known = images.known(file, stat);
        if (known) return known;
        const info = await readImageInfo(full);
        images.learned(file, stat, info);
        return info;
      }),
    // sharp reads the header of an iPhone photo (HEIC) but, as built for npm, cannot decode its HEVC picture: try a small one.
    canDecode: (file) =>
      limit(() =>
        sharp(path.join(dir, file))
          .resize(16, 16, { fit: 'inside' })
          .raw()
          .toBuffer()
          .then(
            () => true,
            () => false,
          ),
      ),
  };
}

/** How the content folder is shown in messages: relative to the working directory, forward slashes. */
export function labelOf(contentDir: string, cwd: string): string {
  return path.relative(cwd, contentDir).split(path.sep).join('/') || '.';
}

/** How the checker learns the jobs of an ATS. */
export interface AtsCheckOptions {
  /**
   * The build cache: the last build's fetch of an ATS feed is read there, and the check keeps there
   * what it read of each image and the sanitised SVG logo, for the next check (a cache folder it
   * cannot write only costs time).
   */
  cacheDir?: string;
  /** Fetch the feed now (`npm run check -- --fetch`); without it, the checker touches no network. */
  fetch?: boolean;
  /** Request limits for --fetch. */
  http?: HttpOptions;
}

/** The slugs and titles of the normalised jobs. */
function knownFrom(label: string, result: NormaliseResult, from: AtsJobsKnown['from']): AtsJobsKnown {
  return { label, slugs: new Set(result.jobs.map((j) => j.slug)), titles: new Map(result.jobs.map((j) => [j.slug, String(j.data.title)])), from };
}

/** What the checker knows of the ATS's jobs (from --fetch or the last build's fetch), and the problems a fetch showed. */
export async function readAtsJobs(contentDir: string, siteFile: string, today: Date, options: AtsCheckOptions): Promise<{ known?: AtsJobsKnown; problems: Problem[] }> {
  const text = await fs.readFile(path.join(contentDir, 'site.yaml'), 'utf8').catch(() => undefined);
  if (text === undefined) return { problems: [] };
  const yaml = parseYaml(text);
  const settings = readAtsSettings(yaml.data);
  const config = settings.jobs;
  if (!config) return { problems: [] };
  const adapter = ADAPTERS[config.source];
  const previous = options.cacheDir ? await readSnapshot(options.cacheDir, config.source, config.account) : undefined;
  const normalise = (snapshot: FeedSnapshot, gone: FeedSnapshot['gone'][string][]) =>
    normalisePostings(config.source, [...snapshot.postings, ...gone.map((g) => g.posting)], {
      config,
      teams: settings.teams,
      locations: settings.locations,
      languages: settings.languages,
      today,
      slugs: new Map(Object.entries(snapshot.seen).flatMap(([id, s]) => (s.slug ? [[id, s.slug] as const] : []))),
    });
  const siteLine = yaml.lineOf(['jobs']);
  if (!options.fetch) return previous ? { known: knownFrom(adapter.label, normalise(previous, Object.values(previous.gone)), 'last build'), problems: [] } : { problems: [] };
  try {
    const sync = await syncFeed({ adapter, account: config.account, region: config.region, url: config.url, languages: settings.languages, previous, now: new Date(), today, http: options.http });
    if (sync.fallback) return { problems: fetchProblems({ label: adapter.label, siteFile, siteLine, failure: sync.fallback }) };
    const open = normalise(sync.snapshot, []);
    const all = normalise(sync.snapshot, sync.gone);
    return { known: knownFrom(adapter.label, all, 'fetch'), problems: fetchProblems({ label: adapter.label, siteFile, siteLine, result: open }) };
  } catch (error) {
    if (!(error instanceof FeedUnavailableError)) throw error;
    return { problems: fetchProblems({ label: adapter.label, siteFile, siteLine, failure: { url: error.url, reason: error.message } }) };
  }
}

/** Checks the content folder on disk; a missing folder is a problem of its own. */
export async function checkContentFolder(options: { contentDir: string; cwd: string; today: Date } & AtsCheckOptions): Promise<CheckResult> {
  const label = labelOf(options.contentDir, options.cwd);
  const stat = await fs.stat(options.contentDir).catch(() => undefined);
  if (!stat?.isDirectory()) {
    return {
      files: 0,
      entries: 0,
      problems: [{ file: label, field: '', severity: 'error', message: 'is not a folder: there is no content to check.', hint: 'Run the check from the project folder, or point VAANDEL_CONTENT at a content folder.' }],
    };
  }
  const siteFile = label && label !== '.' ? `${label}/site.yaml` : 'site.yaml';
  const ats = await readAtsJobs(options.contentDir, siteFile, options.today, options);
  const { cacheDir } = options;
  // What was read of each image is kept for the next check of this folder.
  const images = cacheDir ? await openFactsRecord<ImageInfo>(path.join(cacheDir, IMAGE_FACTS_RECORD), `1 ${path.resolve(options.contentDir)}`) : undefined;
  const result = await checkContent(await createFsSource(options.contentDir, images), {
    today: options.today,
    label,
    ...(ats.known ? { ats: ats.known } : {}),
    // The build's check shares the sanitised logo the pages publish (src/lib/images/site-logo-fs.ts).
    ...(cacheDir ? { sanitiseSvg: (text: string) => sanitiseSvgKept(text, cacheDir) } : {}),
  });
  await images?.save().catch(() => undefined); // a read-only cache only costs time
  return ats.problems.length ? { ...result, problems: sortProblems([...result.problems, ...ats.problems]) } : result;
}
