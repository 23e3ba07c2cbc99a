/** What a build still says about someone who must be gone: the words in the output's paths and bytes. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BuiltSite } from './build-site.ts';

/** Every place a word occurs in the output: in a file's path, or anywhere in its bytes (ASCII, case-insensitive). */
export async function findLeaks(site: BuiltSite, words: readonly string[]): Promise<string[]> {
  const needles = words.map((w) => w.toLowerCase());
  const leaks: string[] = [];
  for (const file of await site.files()) {
    const lowerPath = file.toLowerCase();
    const content = (await fs.readFile(path.join(site.outDir, file))).toString('latin1').toLowerCase();
    needles.forEach((needle, i) => {
      if (lowerPath.includes(needle)) leaks.push(`${file} (path): ${words[i]}`);
      if (content.includes(needle)) leaks.push(`${file}: ${words[i]}`);
    });
  }
  return leaks;
}
