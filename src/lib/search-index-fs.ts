/**
 * Builds the site search's index with Pagefind's Node API at the end of a build: the pages that mark
 * content with data-pagefind-body (src/lib/search.ts), one index per `<html lang>`, written to
 * `<outDir>/pagefind/` without Pagefind's ready-made interfaces.
 *
 * Pagefind runs only when an indexed page changed. The key of the index (the indexed pages' paths
 * and the digests of their HTML, and Pagefind's version) and a copy of the index are kept in the
 * cache folder: when the key is unchanged, the index in the output folder is left as it is, or put
 * back from that copy when the output folder lost it (a CI run starts without one). Each page's
 * digest is kept too (src/lib/file-facts-fs.ts), so a page the build left in place is not read
 * again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { learnFromFiles, listOutput } from './file-facts-fs.ts';
import { isBundleFile, isIndexedPage, pageDigest, pageUrlOf, SEARCH_FOLDER, searchIndexKey } from './search.ts';

/** The folder of the cache that holds the key and a copy of the last index. */
export const SEARCH_CACHE = 'vaandel-search';

/** What a build did with the index. */
export interface SearchIndexResult {
  /** `indexed`: Pagefind ran; `kept`: unchanged and already in place; `restored`: unchanged, copied from the cache. */
  action: 'indexed' | 'kept' | 'restored';
  /** Pages in the index. */
  pages: number;
  /** The languages of the index, by their code. */
  languages: string[];
  /** Files of the index in the output folder. */
  files: number;
  /** Their size in bytes. */
  bytes: number;
  /** How long it took, in milliseconds. */
  ms: number;
}

/** A file of the index: its path inside the index folder, and its bytes. */
interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** The record in the cache: the key, and each file of the index with its size. */
interface SearchRecordFile {
  key: string;
  pages: number;
  languages: string[];
  files: { path: string; size: number }[];
}

/** Pagefind's version, part of the key (its package.json is not exported: read beside its entry file, lib/index.js). */
function pagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** What the index needs to know of a page: whether it is indexed, and the digest of its HTML. */
interface PageFacts {
  indexed: boolean;
  digest: string;
}

/**
 * The HTML pages of the output folder but the index's own, each with whether it is indexed and
 * its digest (src/lib/file-facts-fs.ts: a page the build left in place is not read). `built`
 * limits them to the files this build made: a kept output folder still holds the pages of the
 * last build until they are swept (src/integrations/keep-output.ts), such as those of someone who
 * withdrew.
 */
async function seePages(outDir: string, recordFile: string, built?: ReadonlySet<string>): Promise<(PageFacts & { file: string; html?: string })[]> {
  const files = (await listOutput(outDir, /\.html$/)).filter((file) => !file.startsWith(`${SEARCH_FOLDER}/`) && (!built || built.has(file)));
  const seen = await learnFromFiles<PageFacts>(outDir, files, recordFile, '1', (html) => ({ indexed: isIndexedPage(html), digest: pageDigest(html) }));
  return seen.map(({ file, facts, text }) => ({ file, ...facts, html: text }));
}

/** The `lang` of a page's <html> element, lower-cased. */
function htmlLang(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
}

/** Whether `dir` holds exactly the files of the record, each of its size (a cheap check that nothing removed or truncated them). */
function holdsIndex(dir: string, record: SearchRecordFile): boolean {
  try {
    return record.files.every((file) => statSync(path.join(dir, file.path)).size === file.size);
  } catch {
    return false;
  }
}

/**
 * Makes `dir` hold exactly `files`: deletes the files it no longer needs and writes the new and
 * changed ones. Most of an index's files are named by a hash of their content, so after a small
 * change most are left in place (creating a file costs more than reading one).
 */
async function writeBundle(dir: string, files: readonly BundleFile[]): Promise<void> {
  const wanted = new Set(files.map((file) => file.path));
  const existing = existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => !entry.isDirectory())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    : [];
  await Promise.all(existing.filter((file) => !wanted.has(file)).map((file) => fs.rm(path.join(dir, file), { force: true })));
  const present = new Set(existing);
  for (const folder of new Set(files.map((file) => path.dirname(path.join(dir, file.path))))) await fs.mkdir(folder, { recursive: true });
  await Promise.all(
    files.map(async (file) => {
      const to = path.join(dir, file.path);
      if (present.has(file.path)) {
        const old = await fs.readFile(to).catch(() => undefined);
        if (old && Buffer.compare(old, file.content) === 0) return;
      }
      await fs.writeFile(to, file.content);
    }),
  );
}

/** One file holding every file of the index: a line of JSON naming them and their sizes, then their bytes. */
function packBundle(files: readonly BundleFile[]): Buffer {
  const head = Buffer.from(`${JSON.stringify(files.map((f) => ({ path: f.path, size: f.content.byteLength })))}\n`);
  return Buffer.concat([head, ...files.map((f) => f.content)]);
}

/** The files packed by packBundle. */
function unpackBundle(packed: Buffer): BundleFile[] {
  const end = packed.indexOf(0x0a);
  const list = JSON.parse(packed.subarray(0, end).toString('utf8')) as { path: string; size: number }[];
  let offset = end + 1;
  return list.map(({ path: file, size }) => {
    const content = packed.subarray(offset, offset + size);
    offset += size;
    return { path: file, content };
  });
}

async function readRecord(file: string): Promise<SearchRecordFile | undefined> {
  try {
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as SearchRecordFile;
    return typeof record.key === 'string' && Array.isArray(record.files) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Runs Pagefind over `pages` and returns the files of the site's index. */
async function runPagefind(pages: readonly { file: string; html: string }[]): Promise<BundleFile[]> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // The index holds site paths; Pagefind's script adds the base path it is served under.
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: pageUrlOf(page.file), content: page.html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
    return files.filter((file) => isBundleFile(file.path)).map((file) => ({ path: file.path.split(path.sep).join('/'), content: file.content }));
  } finally {
    await pagefind.close();
  }
}

/** Brings `<outDir>/pagefind/` up to date with the indexed pages of `outDir`, running Pagefind only when they changed. */
export async function updateSearchIndex({ outDir, cacheDir, built }: { outDir: string; cacheDir: string; built?: ReadonlySet<string> }): Promise<SearchIndexResult> {
  const started = performance.now();
  const cache = path.join(cacheDir, SEARCH_CACHE);
  const recordFile = path.join(cache, 'record.json');
  const packFile = path.join(cache, 'index.bin');
  const seen = await seePages(outDir, path.join(cache, 'pages.json'), built);
  const indexed = seen.filter((page) => page.indexed);
  const key = searchIndexKey(pagefindVersion(), indexed);
  const target = path.join(outDir, SEARCH_FOLDER);
  const record = await readRecord(recordFile);
  const result = (action: SearchIndexResult['action'], r: SearchRecordFile): SearchIndexResult => ({
    action,
    pages: r.pages,
    languages: r.languages,
    files: r.files.length,
    bytes: r.files.reduce((sum, f) => sum + f.size, 0),
    ms: Math.round(performance.now() - started),
  });

  if (record?.key === key) {
    if (holdsIndex(target, record)) return result('kept', record);
    const packed = await fs.readFile(packFile).catch(() => undefined);
    const files = packed ? unpackBundle(packed) : [];
    if (files.length === record.files.length && files.every((f, i) => f.path === record.files[i]!.path && f.content.byteLength === record.files[i]!.size)) {
      await writeBundle(target, files);
      return result('restored', record);
    }
  }

  const pages = await Promise.all(indexed.map(async ({ file, html }) => ({ file, html: html ?? (await fs.readFile(path.join(outDir, file), 'utf8')) })));
  const files = await runPagefind(pages);
  await writeBundle(target, files);
  const next: SearchRecordFile = { key, pages: pages.length, languages: [...new Set(pages.map((p) => htmlLang(p.html)))].sort(), files: files.map((f) => ({ path: f.path, size: f.content.byteLength })) };
  await fs.mkdir(cache, { recursive: true });
  await fs.writeFile(packFile, packBundle(files));
  await fs.writeFile(recordFile, `${JSON.stringify(next, null, 2)}\n`);
  return result('indexed', next);
}
