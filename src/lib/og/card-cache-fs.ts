/**
 * The card cache: one `<key>.png` or `<key>.jpg` per card (the key includes the format) in a folder that survives between builds (by default
 * `<Astro cacheDir>/og/`, or `VAANDEL_CARD_CACHE`). A build reads the cards whose key it finds and
 * writes the others; at the end it deletes the cards it did not use, so the folder holds exactly
 * the cards of the last build.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARD_FORMATS, type CardFormat } from '../card-paths.ts';

/** The environment variable that moves the card cache. */
export const CARD_CACHE_ENV = 'VAANDEL_CARD_CACHE';

/** Names of the files the cache owns; nothing else in the folder is ever deleted. */
const CARD_FILE = /^([0-9a-f]{32})\.(?:png|jpg)$/;
const TEMP_FILE = /^[0-9a-f]{32}\.(?:png|jpg)\.[0-9a-f]{8}\.tmp$/;

/** Whether a file name is a card of the cache. */
export function isCardFile(name: string): boolean {
  return CARD_FILE.test(name);
}

/** The card cache folder: `VAANDEL_CARD_CACHE` (absolute, or relative to `cwd`), else `<astroCacheDir>/og`. */
export function resolveCardCacheDir(env: Record<string, string | undefined>, cwd: string, astroCacheDir: string): string {
  const chosen = env[CARD_CACHE_ENV]?.trim();
  return chosen ? path.resolve(cwd, chosen) : path.join(astroCacheDir, 'og');
}

/** The path of a card in the cache. */
export function cardFile(dir: string, key: string, format: CardFormat): string {
  return path.join(dir, `${key}.${CARD_FORMATS[format].extension}`);
}

/** The cached card, or undefined. */
export async function readCachedCard(dir: string, key: string, format: CardFormat): Promise<Buffer<ArrayBuffer> | undefined> {
  try {
    return await readFile(cardFile(dir, key, format));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether the cache holds a card. */
export async function hasCachedCard(dir: string, key: string, format: CardFormat): Promise<boolean> {
  try {
    return (await stat(cardFile(dir, key, format))).size > 0;
  } catch {
    return false;
  }
}

/** Stores a card; written to a temporary name first so a crashed build never leaves half a file. */
export async function writeCachedCard(dir: string, key: string, format: CardFormat, bytes: Uint8Array): Promise<void> {
  const file = cardFile(dir, key, format);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(dir, { recursive: true });
  await writeFile(temp, bytes);
  await rename(temp, file);
}

/** Deletes the cards not in `keep` (and stray temporary files); returns how many went. */
export async function pruneCardCache(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const doomed = names.filter((n) => {
    const key = CARD_FILE.exec(n)?.[1];
    return TEMP_FILE.test(n) || (key !== undefined && !keep.has(key));
  });
  await Promise.all(doomed.map((n) => rm(path.join(dir, n), { force: true })));
  return doomed.length;
}
