/**
 * The indexer over a small output folder, with Pagefind's own binary: one index per language of the
 * marked pages, nothing of the unmarked ones, and Pagefind run again only when a marked page changed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSearchResult } from '../../src/integrations/search-index.ts';
import { pageGlobs, updateSearchIndex } from '../../src/lib/search-index-fs.ts';
import { isBundleFile, pageUrlOf } from '../../src/lib/search.ts';

let work: string;
let outDir: string;
let cacheDir: string;

const page = (lang: string, title: string, body: string, marked = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main${marked ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

async function write(file: string, html: string) {
  await fs.mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
  await fs.writeFile(path.join(outDir, file), html);
}

/** Every file of the index in the output folder, with its bytes. */
async function indexContents(): Promise<Record<string, string>> {
  const files = await indexFiles();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, (await fs.readFile(path.join(outDir, 'pagefind', f))).toString('base64')] as const)));
}

/** What Pagefind makes of the marked pages in one run over them all, as `pagefind --site dist` would. */
async function oneRunIndex(files: string[]): Promise<Record<string, string>> {
  try {
    const { index } = await pagefind.createIndex({});
    for (const file of files) await index!.addHTMLFile({ url: pageUrlOf(file), content: await fs.readFile(path.join(outDir, file), 'utf8') });
    const made = (await index!.getFiles()).files.filter((f) => isBundleFile(f.path));
    return Object.fromEntries(made.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));
  } finally {
    await pagefind.close();
  }
}

async function indexFiles(): Promise<string[]> {
  return (await fs.readdir(path.join(outDir, 'pagefind'), { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(path.join(outDir, 'pagefind'), path.join(d.parentPath, d.name))).sort();
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-search-'));
  outDir = path.join(work, 'dist');
  cacheDir = path.join(work, 'cache');
  await write('en/jobs/firmware/index.html', page('en', 'Firmware engineer', 'You write the code inside our bridge sensors.'));
  await write('fr/stories/entretiens/index.html', page('fr', 'Des entretiens en français', 'Nous menons les entretiens dans la langue des candidats.'));
  await write('en/jobs/index.html', page('en', 'Jobs', 'Every open job.', false));
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('the search index of a build', () => {
  it('indexes the marked pages, one index per language, without Pagefind’s ready-made interfaces', async () => {
    const result = await updateSearchIndex({ outDir, cacheDir });
    expect(result).toMatchObject({ action: 'indexed', pages: 2, languages: ['en', 'fr'] });
    const entry = JSON.parse(await fs.readFile(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]))).toEqual({ en: 1, fr: 1 });
    const files = await indexFiles();
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-worker.js');
    expect(files.some((f) => f.startsWith('pagefind-ui'))).toBe(false);
    expect(result.files).toBe(files.length);
  });

  it('keeps the index when no marked page changed, even if an unmarked one did', async () => {
    const before = await fs.stat(path.join(outDir, 'pagefind/pagefind-entry.json'));
    await write('en/jobs/index.html', page('en', 'Jobs', 'Every open job, and more.', false));
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('kept');
    expect((await fs.stat(path.join(outDir, 'pagefind/pagefind-entry.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('reads no page whose size and modification time are those of the last build', async () => {
    const file = path.join(outDir, 'en/jobs/firmware/index.html');
    const html = await fs.readFile(file, 'utf8');
    const time = 1_780_000_000; // a whole second, which utimes sets exactly
    await fs.utimes(file, time, time);
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('kept');
    // Changed in place, with its size and time as before: only reading it would tell.
    await fs.writeFile(file, html.replace('bridge', 'tunnel'));
    await fs.utimes(file, time, time);
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('kept');
    // A build writes a page it renders again: a new time, so it is read.
    await fs.writeFile(file, html.replace('bridge', 'tunnel'));
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('indexed');
    await fs.writeFile(file, html);
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('indexed');
  });

  it('indexes only the language whose pages changed, and gives the index one run over every page would give', async () => {
    await write('nl/stories/sluis/index.html', page('nl', 'Een nacht op de sluis', 'Om drie uur ging het alarm van de sluis af.'));
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'indexed', languages: ['en', 'fr', 'nl'], reindexed: ['nl'] });
    const frenchMeta = (await indexFiles()).find((f) => f.startsWith('pagefind.fr_'))!;
    const frenchTime = (await fs.stat(path.join(outDir, 'pagefind', frenchMeta))).mtimeMs;
    await write('en/jobs/firmware/index.html', page('en', 'Firmware engineer', 'You write the code inside our bridge sensors, and test it on the bridge.'));
    const result = await updateSearchIndex({ outDir, cacheDir });
    expect(result).toMatchObject({ action: 'indexed', pages: 3, languages: ['en', 'fr', 'nl'], reindexed: ['en'] });
    // The French index was not written again.
    expect((await fs.stat(path.join(outDir, 'pagefind', frenchMeta))).mtimeMs).toBe(frenchTime);
    const pages = ['en/jobs/firmware/index.html', 'fr/stories/entretiens/index.html', 'nl/stories/sluis/index.html'];
    expect(await indexContents()).toEqual(await oneRunIndex(pages));
    expect(result.files).toBe((await indexFiles()).length);
    await fs.rm(path.join(outDir, 'nl'), { recursive: true });
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'indexed', languages: ['en', 'fr'], reindexed: [] });
    expect(await indexContents()).toEqual(await oneRunIndex(pages.slice(0, 2)));
  });

  it('puts the index back from the cache when the output folder lost it', async () => {
    const files = await indexFiles();
    const contents = await indexContents();
    await fs.rm(path.join(outDir, 'pagefind'), { recursive: true });
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('restored');
    expect(await indexFiles()).toEqual(files);
    // One language's file lost: that language comes back from the cache.
    await fs.rm(path.join(outDir, 'pagefind', files.find((f) => f.startsWith('fragment/fr_'))!));
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'restored', reindexed: [] });
    expect(await indexContents()).toEqual(contents);
  });

  it('indexes again when a marked page changed, and removes the files of the old index', async () => {
    const old = await indexFiles();
    await write('en/jobs/firmware/index.html', page('en', 'Firmware engineer', 'You write the code inside our bridge sensors, in Rust.'));
    expect((await updateSearchIndex({ outDir, cacheDir })).action).toBe('indexed');
    const files = await indexFiles();
    // The English fragment changed name with its content; the French one stayed.
    expect(files.filter((f) => f.startsWith('fragment/en_'))).not.toEqual(old.filter((f) => f.startsWith('fragment/en_')));
    expect(files.filter((f) => f.startsWith('fragment/fr_'))).toEqual(old.filter((f) => f.startsWith('fragment/fr_')));
    expect(files.filter((f) => f.startsWith('fragment/en_'))).toHaveLength(1);
  });

  it('leaves out a page the build did not make, though it is still in the output folder (someone who withdrew)', async () => {
    await write('en/ambassadors/withdrawn/index.html', page('en', 'Withdrawn Person', 'No longer on the site.'));
    const built = new Set(['en/jobs/firmware/index.html', 'fr/stories/entretiens/index.html', 'en/jobs/index.html']);
    expect(await updateSearchIndex({ outDir, cacheDir, built })).toMatchObject({ action: 'kept', pages: 2 });
    // Without the list of what the build made, the left-over page would be indexed.
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'indexed', pages: 3 });
    expect(await updateSearchIndex({ outDir, cacheDir, built })).toMatchObject({ action: 'indexed', pages: 2 });
    await fs.rm(path.join(outDir, 'en/ambassadors'), { recursive: true });
  });

  it('indexes again when a page is no longer marked', async () => {
    await write('fr/stories/entretiens/index.html', page('fr', 'Des entretiens en français', 'Nous menons les entretiens dans la langue des candidats.', false));
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'indexed', pages: 1, languages: ['en'] });
    expect((await indexFiles()).some((f) => f.startsWith('fragment/fr_'))).toBe(false);
  });

  it('still writes Pagefind’s script when no page is marked, so that the search page finds nothing rather than breaks', async () => {
    await write('en/jobs/firmware/index.html', page('en', 'Firmware engineer', 'Closed.', false));
    expect(await updateSearchIndex({ outDir, cacheDir })).toMatchObject({ action: 'indexed', pages: 0, languages: [] });
    expect(await indexFiles()).toContain('pagefind.js');
  });
});

describe('pages Pagefind reads itself', () => {
  /** Each fragment of the index (one per page, named by its content), decompressed. */
  const fragments = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).filter(([f]) => f.startsWith('fragment/')).map(([f, b64]) => [f, gunzipSync(Buffer.from(b64, 'base64')).toString('utf8')]));

  it('finds exactly the pages it is given, whatever characters their paths hold', async () => {
    const names = ['c,d', 'e{f}', 'g*h', 'i!j', 'k(l)', 'q?m', 'r[s]', 't<u>', 'v w', 'é', 'back\\slash'];
    const pages = names.map((name) => `en/stories/${name}/index.html`);
    for (const [i, file] of pages.entries()) await write(file, page('en', `Story ${i}`, `Word${i} in the story.`));
    // Marked pages the build did not make, whose paths a careless glob would also match.
    for (const name of ['qxm', 'r', 'c', 'e']) await write(`en/stories/${name}/index.html`, page('en', 'Left over', 'Not to be found.'));
    const result = await updateSearchIndex({ outDir, cacheDir, built: new Set(pages) });
    expect(result).toMatchObject({ action: 'indexed', pages: names.length, languages: ['en'] });
    const found = Object.values(fragments(await indexContents())).map((text) => JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string });
    const where = found.map(({ url, content }) => [decodeURIComponent(url), content]).sort();
    expect(where).toEqual(names.map((name, i) => [`/en/stories/${name}/`, `Story ${i}. Word${i} in the story.`]).sort());
    await fs.rm(path.join(outDir, 'en/stories'), { recursive: true });
  });

  it('names long lists of pages in several globs, each short enough for Pagefind to compile', () => {
    const files = Array.from({ length: 3000 }, (_, i) => `fr/stories/${String(i).padStart(4, '0')}-a-story-with-a-rather-long-title/index.html`);
    const globs = pageGlobs([...files].reverse());
    expect(globs.length).toBeGreaterThan(1);
    for (const { glob } of globs) expect(glob.length).toBeLessThanOrEqual(60_002);
    expect(globs.reduce((sum, g) => sum + g.count, 0)).toBe(files.length);
    // Sorted, so that the same pages make the same calls.
    expect(globs.flatMap(({ glob }) => glob.slice(1, -1).split(','))).toEqual(files);
    expect(pageGlobs(['en/a,b/index.html'])).toEqual([{ glob: '{en/a\\,b/index.html}', count: 1 }]);
  });
});

describe('the line the build prints', () => {
  const result = { action: 'indexed' as const, pages: 212, languages: ['en', 'fr', 'nl'], files: 146, bytes: 1_234_000, ms: 1_400 };
  it('says which languages were indexed again when the others were kept', () => {
    expect(formatSearchResult({ ...result, reindexed: ['en'] })).toBe('search: 212 pages in en, fr, nl indexed in 1.4s (en indexed again, fr, nl kept; 146 files, 1.2 MB)');
    expect(formatSearchResult({ ...result, reindexed: [] })).toBe('search: 212 pages in en, fr, nl indexed in 1.4s (en, fr, nl kept; 146 files, 1.2 MB)');
  });
  it('says no more when every language was indexed, or none changed', () => {
    expect(formatSearchResult({ ...result, reindexed: ['en', 'fr', 'nl'] })).toBe('search: 212 pages in en, fr, nl indexed in 1.4s (146 files, 1.2 MB)');
    expect(formatSearchResult({ ...result, action: 'kept', reindexed: [] })).toBe('search: 212 pages in en, fr, nl unchanged, index kept in 1.4s (146 files, 1.2 MB)');
  });
});
