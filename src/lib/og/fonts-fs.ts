/** Reads the cards' font files from the @fontsource/inter package. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_SUBSETS, FONT_WEIGHTS, fontFileName, type FontFile } from './fonts.ts';

/** The folder of @fontsource/inter's font files. */
export function findFontDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@fontsource/inter/files/' + fontFileName('latin', 400)));
}

/** Every subset and weight the cards use, read from disk. */
export async function loadFontFiles(dir = findFontDir()): Promise<FontFile[]> {
  const wanted = FONT_WEIGHTS.flatMap((weight) => FONT_SUBSETS.map((subset) => ({ subset, weight })));
  return Promise.all(wanted.map(async ({ subset, weight }) => ({ subset, weight, data: await readFile(path.join(dir, fontFileName(subset, weight))) })));
}

/** A hash of the font bytes, part of every card's cache key. */
export function hashFontFiles(files: readonly FontFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.subset}/${f.weight}/${f.data.byteLength}\n`).update(f.data);
  return hash.digest('hex').slice(0, 16);
}
