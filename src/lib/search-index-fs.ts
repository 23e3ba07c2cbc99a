/**
 * Builds the site search's index with Pagefind's Node API at the end of a build: the pages that mark
 * content with data-pagefind-body (src/lib/search.ts), one index per `<html lang>`, written to
 * `<outDir>/pagefind/` without Pagefind's ready-made interfaces. Pagefind reads the pages from the
 * output folder itself, named one by one, so a page the build did not make is never indexed.
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

/** The folder of the cache that holds the record and a copy of the last index. */
export const SEARCH_CACHE = 'vaandel-search';

/** What a build did with the index. */
export interface SearchIndexResult {
  /** `indexed`: the index changed; `kept`: unchanged and already in place; `restored`: unchanged, copied from the cache. */
  action: 'indexed' | 'kept' | 'restored';
  /** Pages in the index. */
  pages: number;
  /** The languages of the index, by their code. */
  languages: string[];
  /** The languages Pagefind indexed this build: those whose pages changed. */
  reindexed: string[];
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

/** A file of the index as recorded: its path and size. */
interface FileSize {
  path: string;
  size: number;
}

/** One language's part of the index: the key of its pages, their number, its line of pagefind-entry.json and its files. */
interface LanguagePart {
  key: string;
  pages: number;
  entry: Record<string, unknown>;
  files: FileSize[];
}

/** The record in the cache: each language's part, and the files all languages share. */
interface SearchRecordFile {
  /** How the record was made: Pagefind's version and this layout. Another one is not used. */
  version: string;
  /** Pagefind's script, worker and default WebAssembly. */
  shared: FileSize[];
  /** pagefind-entry.json without its languages. */
  entry: Record<string, unknown>;
  /** By the `<html lang>` of their pages. */
  parts: Record<string, LanguagePart>;
}

/** Pagefind's entry file, which lists every language's part of the index. */
const ENTRY_FILE = 'pagefind-entry.json';

/** Pagefind's version, part of the key (its package.json is not exported: read beside its entry file, lib/index.js). */
function pagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** What the index needs to know of a page: whether it is indexed, its language and, when indexed, the digest of what Pagefind reads of it. */
interface PageFacts {
  indexed: boolean;
  lang: string;
  digest: string;
}

/**
 * The HTML pages of the output folder but the index's own, each with whether it is indexed, its
 * language and its digest (src/lib/file-facts-fs.ts: a page the build left in place is not read).
 * `built` limits them to the files this build made: a kept output folder still holds the pages of
 * the last build until they are swept (src/integrations/keep-output.ts), such as those of someone
 * who withdrew.
 */
async function seePages(outDir: string, recordFile: string, built?: ReadonlySet<string>): Promise<(PageFacts & { file: string })[]> {
  const files = (await listOutput(outDir, /\.html$/)).filter((file) => !file.startsWith(`${SEARCH_FOLDER}/`) && (!built || built.has(file)));
  // Most pages (listings, share kits) are not indexed: only indexed ones are parsed for their digest.
  const seen = await learnFromFiles<PageFacts>(outDir, files, recordFile, '2', (html) => {
    const indexed = isIndexedPage(html);
    return { indexed, lang: htmlLang(html), digest: indexed ? pageDigest(html) : '' };
  });
  return seen.map(({ file, facts }) => ({ file, ...facts }));
}

/** The `lang` of a page's <html> element, lower-cased. */
function htmlLang(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
}

/**
 * Whether a file of Pagefind's output belongs to the language it indexed: its metadata, word index,
 * fragments, filters and WebAssembly. The rest (script, worker, the default WebAssembly and the
 * entry file) is the same for every language.
 */
function isLanguageFile(file: string): boolean {
  return /^(?:index|fragment|filter)\//.test(file) || /^pagefind\..+\.pf_meta$/.test(file) || (/^wasm\..+\.pagefind$/.test(file) && file !== 'wasm.unknown.pagefind');
}

/** Whether `dir` holds each of `files` at its size (a cheap check that nothing removed or truncated them). */
function holdsFiles(dir: string, files: readonly FileSize[]): boolean {
  try {
    return files.every((file) => statSync(path.join(dir, file.path)).size === file.size);
  } catch {
    return false;
  }
}

/**
 * Makes `dir` hold exactly `files` and `keep`: deletes every other file, writes the new and changed
 * ones and leaves those of `keep` as they are. Most of an index's files are named by a hash of their
 * content, so after a small change most are left in place (creating a file costs more than reading one).
 */
async function writeBundle(dir: string, files: readonly BundleFile[], keep: ReadonlySet<string>): Promise<void> {
  const wanted = new Set([...files.map((file) => file.path), ...keep]);
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

/** One file holding files of the index: a line of JSON naming them and their sizes, then their bytes. */
function packBundle(files: readonly BundleFile[]): Buffer {
  const head = Buffer.from(`${JSON.stringify(files.map((f) => ({ path: f.path, size: f.content.byteLength })))}\n`);
  return Buffer.concat([head, ...files.map((f) => f.content)]);
}

/** The files packed by packBundle in `packFile`, when it holds exactly `expected`. */
async function unpackBundle(packFile: string, expected: readonly FileSize[]): Promise<BundleFile[] | undefined> {
  const packed = await fs.readFile(packFile).catch(() => undefined);
  if (!packed) return undefined;
  const end = packed.indexOf(0x0a);
  let list: FileSize[];
  try {
    list = JSON.parse(packed.subarray(0, end).toString('utf8')) as FileSize[];
  } catch {
    return undefined;
  }
  if (list.length !== expected.length || list.some((f, i) => f.path !== expected[i]!.path || f.size !== expected[i]!.size)) return undefined;
  let offset = end + 1;
  const files = list.map(({ path: file, size }) => {
    const content = packed.subarray(offset, offset + size);
    offset += size;
    return { path: file, content };
  });
  return offset === packed.byteLength ? files : undefined;
}

async function readRecord(file: string, version: string): Promise<SearchRecordFile | undefined> {
  try {
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as SearchRecordFile;
    return record.version === version && Array.isArray(record.shared) && typeof record.parts === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** What Pagefind made of one language's pages (or of no page, for the shared files alone). */
interface PagefindRun {
  files: BundleFile[];
  entry: { languages?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
}

/**
 * The characters Pagefind's globs (the wax crate) give a meaning; each is escaped with a backslash.
 * Wax refuses any other escape, and a path holding a backslash cannot be named at all.
 */
const GLOB_SPECIAL = /[?*[\]{}(),<>]/g;

/**
 * The longest glob given to Pagefind at once, in characters. Wax compiles a glob to one regular
 * expression, and one of about 200,000 characters (4,700 page paths) did not compile: larger lists go
 * in several calls (1,000 typical paths a call).
 */
const GLOB_BUDGET = 60_000;

/**
 * `files` (paths relative to the output folder, none holding a backslash) as globs that name exactly
 * them, each within GLOB_BUDGET, with how many each names. The paths are sorted first: Pagefind
 * orders the pages of one call, and sorted calls make the same index from the same pages.
 */
export function pageGlobs(files: readonly string[]): { glob: string; count: number }[] {
  const globs: { glob: string; count: number }[] = [];
  let batch: string[] = [];
  let length = 0;
  for (const file of [...files].sort()) {
    const named = file.replace(GLOB_SPECIAL, (c) => `\\${c}`);
    if (batch.length && length + named.length + 1 > GLOB_BUDGET) {
      globs.push({ glob: `{${batch.join(',')}}`, count: batch.length });
      batch = [];
      length = 0;
    }
    batch.push(named);
    length += named.length + 1;
  }
  if (batch.length) globs.push({ glob: `{${batch.join(',')}}`, count: batch.length });
  return globs;
}

/**
 * Runs Pagefind over each group of pages, one index each (a language's pages never change another's).
 * Pagefind reads the pages itself, named by globs (measured at size 1000: 740 pages added in 0.4 s,
 * against 1.3 s sent one by one as HTML and 0.5–0.9 s more to read them here), and orders them itself,
 * so the index is the same whatever order they come in. A path with a backslash, which no glob can
 * name, is sent as HTML.
 */
async function runPagefind(outDir: string, groups: readonly (readonly string[])[]): Promise<PagefindRun[]> {
  try {
    return await Promise.all(
      groups.map(async (pages) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const named = pages.filter((file) => !file.includes('\\'));
        for (const { glob, count } of pageGlobs(named)) {
          const added = await index.addDirectory({ path: outDir, glob });
          if (added.errors.length) throw new Error(`Pagefind could not index the pages of ${outDir}: ${added.errors.join('; ')}`);
          if (added.page_count !== count) throw new Error(`Pagefind found ${added.page_count} of the ${count} pages it was given in ${outDir}: was the folder changed during the build?`);
        }
        // The index holds site paths; Pagefind's script adds the base path it is served under.
        for (const file of pages.filter((page) => page.includes('\\'))) {
          const { errors: pageErrors } = await index.addHTMLFile({ url: pageUrlOf(file), content: await fs.readFile(path.join(outDir, file), 'utf8') });
          if (pageErrors.length) throw new Error(`Pagefind could not index ${file}: ${pageErrors.join('; ')}`);
        }
        const { files, errors: fileErrors } = await index.getFiles();
        if (fileErrors.length) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
        const bundle = files.map((file) => ({ path: file.path.split(path.sep).join('/'), content: file.content })).filter((file) => isBundleFile(file.path));
        const entry = bundle.find((file) => file.path === ENTRY_FILE);
        if (!entry) throw new Error(`Pagefind wrote no ${ENTRY_FILE}`);
        return { files: bundle.filter((file) => file !== entry), entry: JSON.parse(Buffer.from(entry.content).toString('utf8')) as PagefindRun['entry'] };
      }),
    );
  } finally {
    await pagefind.close();
  }
}

/** Each file's path and size. */
function sizes(files: readonly BundleFile[]): FileSize[] {
  return files.map((file) => ({ path: file.path, size: file.content.byteLength }));
}

/** The name of a language's copy in the cache folder. */
function packName(lang: string): string {
  return `part-${lang.replace(/[^a-z0-9-]/g, '_')}.bin`;
}

/** The entry file of the parts: Pagefind's own fields and every part's languages, in the order of their codes. */
function entryFile(entry: Record<string, unknown>, parts: readonly LanguagePart[]): BundleFile {
  const languages = Object.fromEntries(parts.flatMap((part) => Object.entries(part.entry)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { version, ...rest } = entry;
  return { path: ENTRY_FILE, content: Buffer.from(JSON.stringify({ version, languages, ...rest })) };
}

/**
 * Brings `<outDir>/pagefind/` up to date with the indexed pages of `outDir`. Pagefind indexes each
 * language on its own, and only the languages whose indexed pages changed: an edit in English
 * leaves the Dutch and French indexes as they were.
 */
export async function updateSearchIndex({ outDir, cacheDir, built }: { outDir: string; cacheDir: string; built?: ReadonlySet<string> }): Promise<SearchIndexResult> {
  const started = performance.now();
  const cache = path.join(cacheDir, SEARCH_CACHE);
  const recordFile = path.join(cache, 'record.json');
  const sharedPack = path.join(cache, 'shared.bin');
  const pagesFile = path.join(cache, 'pages.json');
  const version = `pagefind ${pagefindVersion()}, one index per language`;
  const target = path.join(outDir, SEARCH_FOLDER);
  const seen = await seePages(outDir, pagesFile, built);
  const groups = new Map<string, typeof seen>();
  for (const page of seen.filter((p) => p.indexed)) groups.set(page.lang, [...(groups.get(page.lang) ?? []), page]);
  const languages = [...groups.keys()].sort();
  const keys = new Map(languages.map((lang) => [lang, searchIndexKey(version, groups.get(lang)!.map((p) => ({ file: `${lang}\0${p.file}`, digest: p.digest })))]));
  const record = await readRecord(recordFile, version);

  // Each language is kept in place, put back from the cache, or indexed again.
  const keep = new Set<string>();
  const written: BundleFile[] = [];
  const indexedFiles = new Map<string, BundleFile[]>();
  const parts = new Map<string, LanguagePart>();
  const changed: string[] = [];
  for (const lang of languages) {
    const last = record && Object.hasOwn(record.parts, lang) ? record.parts[lang]! : undefined;
    if (!last || last.key !== keys.get(lang)) changed.push(lang);
    else if (holdsFiles(target, last.files)) {
      last.files.forEach((file) => keep.add(file.path));
      parts.set(lang, last);
    } else {
      const files = await unpackBundle(path.join(cache, packName(lang)), last.files);
      if (files) {
        written.push(...files);
        parts.set(lang, last);
      } else changed.push(lang);
    }
  }
  // The files every language shares: in place, from the cache, or from Pagefind when a language is indexed anyway.
  let shared: BundleFile[] | undefined;
  let sharedKnown = false;
  if (!changed.length && record) {
    if (holdsFiles(target, record.shared)) {
      record.shared.forEach((file) => keep.add(file.path));
      sharedKnown = true;
    } else {
      shared = await unpackBundle(sharedPack, record.shared);
      sharedKnown = shared !== undefined;
    }
  }
  // With no language to index and no shared files at hand, Pagefind indexes nothing to write them.
  const runs = changed.length || !sharedKnown ? await runPagefind(outDir, (changed.length ? changed : ['']).map((lang) => (groups.get(lang) ?? []).map((page) => page.file))) : [];
  runs.forEach((run, i) => {
    const lang = changed[i];
    if (lang === undefined) return;
    const own = run.files.filter((file) => isLanguageFile(file.path));
    parts.set(lang, { key: keys.get(lang)!, pages: groups.get(lang)!.length, entry: run.entry.languages ?? {}, files: sizes(own) });
    indexedFiles.set(lang, own);
    written.push(...own);
  });
  if (runs.length) shared = runs[0]!.files.filter((file) => !isLanguageFile(file.path));
  const { languages: _, ...entry } = runs.length ? runs[0]!.entry : { ...record!.entry };

  const ordered = languages.map((lang) => parts.get(lang)!);
  const entryLanguages = ordered.flatMap((part) => Object.keys(part.entry));
  if (new Set(entryLanguages).size !== entryLanguages.length) {
    throw new Error(`Pagefind gave two of the pages' languages (${languages.join(', ')}) one index (${entryLanguages.join(', ')}): give each language one <html lang> code`);
  }
  const entryOut = entryFile(entry, ordered);
  const entryHeld = await fs.readFile(path.join(target, ENTRY_FILE)).then((old) => Buffer.compare(old, entryOut.content) === 0, () => false);
  await writeBundle(target, [...written, ...(shared ?? []), entryOut], keep);

  const removed = record !== undefined && Object.keys(record.parts).some((lang) => !groups.has(lang));
  const sharedFiles = shared ? sizes(shared) : record!.shared;
  if (runs.length || removed || !record) {
    const next: SearchRecordFile = { version, shared: sharedFiles, entry, parts: Object.fromEntries(languages.map((lang) => [lang, parts.get(lang)!])) };
    await fs.mkdir(cache, { recursive: true });
    if (runs.length) {
      await fs.writeFile(sharedPack, packBundle(shared!));
      for (const [lang, files] of indexedFiles) await fs.writeFile(path.join(cache, packName(lang)), packBundle(files));
    }
    // Copies of languages the site no longer has go, and files of an earlier layout.
    const live = new Set([...languages.map(packName), path.basename(sharedPack), path.basename(recordFile), path.basename(pagesFile)]);
    for (const name of await fs.readdir(cache)) if (!live.has(name)) await fs.rm(path.join(cache, name), { force: true });
    await fs.writeFile(recordFile, `${JSON.stringify(next, null, 2)}\n`);
  }
  const listed = [...ordered.flatMap((part) => part.files), ...sharedFiles, { path: ENTRY_FILE, size: entryOut.content.byteLength }];
  return {
    action: runs.length || removed ? 'indexed' : written.length || shared || !entryHeld ? 'restored' : 'kept',
    pages: ordered.reduce((sum, part) => sum + part.pages, 0),
    languages,
    reindexed: changed,
    files: listed.length,
    bytes: listed.reduce((sum, f) => sum + f.size, 0),
    ms: Math.round(performance.now() - started),
  };
}
