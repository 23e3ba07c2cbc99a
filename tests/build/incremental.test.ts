/**
 * Incremental rebuilds (experimental.incrementalBuild with the page keys of src/lib/page-key.ts):
 * build the demo, edit it the ways people do and rebuild into the same output and cache. Pages the
 * edits did not touch must come from the previous build, and the result must be byte for byte the
 * output of a full build of the edited content: a key that misses something a page shows fails here.
 * Round 1 renames one co-teller only, so that the pages of the people around her are reused unless
 * their keys see her name; round 2 makes one edit of every other kind, a withdrawal among them.
 * The output folder is kept between builds (src/integrations/keep-output.ts): reused pages stay in
 * place, and rounds 3 and 4 check that a folder changed since the last build, or built with another
 * cache folder, is written again in full.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

const DEMO = path.resolve(import.meta.dirname, '../../content');
const NOW = '2026-11-20';
const BUILD_TIMEOUT = 900_000;

async function edit(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  const before = await fs.readFile(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  await fs.writeFile(full, after);
}

/** Every file of an output folder with its bytes. */
async function snapshot(site: BuiltSite): Promise<Map<string, Buffer>> {
  const files = await site.files();
  return new Map(await Promise.all(files.map(async (f) => [f, await fs.readFile(path.join(site.outDir, f))] as const)));
}

/** The pages Astro took from the previous build: left in the output folder ("cached") or copied back from the cache ("restored"). */
const reused = (output: string, how = 'cached|restored') => [...output.matchAll(new RegExp(`─ (\\S+) \\((?:${how})\\)`, 'g'))].map((m) => m[1]!);

/** Files that differ between two outputs (missing on either side included). */
async function differences(incremental: BuiltSite, full: BuiltSite): Promise<string[]> {
  const [a, b] = await Promise.all([snapshot(incremental), snapshot(full)]);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}

describe('incremental rebuilds after edits', () => {
  let content: string;
  let first: BuiltSite;
  let firstFiles: string[];
  const rounds: { rebuilt: BuiltSite; fresh: BuiltSite }[] = [];

  /** Rebuilds into the first build's folders, and builds the same content afresh to compare. */
  const round = async () => {
    const rebuilt = await buildSite(content, { now: NOW, reuse: first });
    const fresh = await buildSite(content, { now: NOW });
    rounds.push({ rebuilt, fresh });
    return { rebuilt, fresh };
  };

  beforeAll(async () => {
    content = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-incremental-'));
    await fs.cp(DEMO, content, { recursive: true });
    first = await buildSite(content, { now: NOW });
    if (first.code !== 0) throw new Error(`the first build failed:\n${first.output}`);
    firstFiles = await first.files();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    const dirs = [content, first && path.dirname(first.outDir), ...rounds.map((r) => path.dirname(r.fresh.outDir))];
    for (const dir of dirs) if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('renders nothing from a previous build the first time', () => {
    expect(reused(first.output)).toEqual([]);
  });

  it('round 1: a renamed co-teller reaches every page that shows her, and only those are rendered again', { timeout: BUILD_TIMEOUT }, async () => {
    await edit(content, 'ambassadors/priya-raman/index.md', (t) => t.replace('name: Priya Raman', 'name: Priya Raman-Verbeke'));
    const { rebuilt, fresh } = await round();
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(fresh.code, fresh.output).toBe(0);
    expect(reused(fresh.output)).toEqual([]);
    const taken = reused(rebuilt.output);
    // People who share nothing with her, their share kits and the stories she does not tell are reused.
    expect(taken.length).toBeGreaterThan(30);
    expect(taken).not.toContain('/en/ambassadors/priya-raman/index.html');
    // Listings and feeds that show no person are reused too.
    expect(taken).toEqual(expect.arrayContaining(['/en/jobs/index.html', '/nl/jobs/rss.xml', '/fr/privacy/index.html', '/en/search/index.html', '/en/themes/index.html']));
    // The output folder is kept between builds: reused pages stay where they are, none is copied.
    expect(reused(rebuilt.output, 'cached')).toEqual(taken);
    // Her name is on indexed pages: the search index is made again.
    expect(rebuilt.output).toMatch(/^search: \d+ pages in en, fr, nl indexed in /m);
    expect(await differences(rebuilt, fresh)).toEqual([]);
  });

  it('round 2: a withdrawal, a story, a job, a share text, a thank-you, two translations and a theme label, all at once', { timeout: BUILD_TIMEOUT }, async () => {
    await edit(content, 'ambassadors/jeroen-claes/index.md', (t) => t.replace(/^name: (.*)$/m, 'name: $1\nstatus: withdrawn'));
    await edit(content, 'stories/three-months-one-anomaly-detector/index.md', (t) => t.replace('title: Three months, one anomaly detector', 'title: Three months, one sensor-anomaly detector'));
    await edit(content, 'jobs/client-engineer.md', (t) => t.replace('title: Client engineer', 'title: Client engineer (bridges and tunnels)'));
    await edit(content, 'share/client-engineer-wanted.md', (t) => t.replace('Ask me anything about the team.', 'Ask me anything about the team, in Dutch or French.'));
    await edit(content, 'recognition/2025-01-06-ten-years-of-nathalie.md', (t) => t.replace('Merci, Nathalie.', 'Merci, Nathalie, et bravo.'));
    // Translations: a French role is on every French page that shows her card, a French title on the French listings and feeds.
    await edit(content, 'ambassadors/francoise-wauters/index.fr.md', (t) => t.replace("role: Mentor, ancienne cheffe de l'ingénierie de terrain", "role: Mentor, ancienne cheffe de l'ingénierie de terrain à Liège"));
    await edit(content, 'stories/a-repair-cafe-in-liege/index.fr.md', (t) => t.replace(/^title: (.*)$/m, 'title: $1, deux ans après'));
    // A theme's name is on the pages that show the theme (its stories, the share kits and feeds), not in every page's key.
    await edit(content, 'themes.yaml', (t) => t.replace('en: Life at Brugwerk,', 'en: Life at Brugwerk and beyond,'));
    const { rebuilt, fresh } = await round();
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(fresh.code, fresh.output).toBe(0);
    expect(reused(rebuilt.output).length).toBeGreaterThan(5);
    expect(await differences(rebuilt, fresh)).toEqual([]);
    // Every page and file of the withdrawn person is gone, though the first build had several.
    expect(firstFiles.filter((f) => f.includes('jeroen-claes')).length).toBeGreaterThan(2);
    expect((await rebuilt.files()).filter((f) => f.includes('jeroen-claes'))).toEqual([]);
    expect(rebuilt.output).toMatch(/removed \d+ files this build no longer makes/);
  });

  it('round 3: an output folder someone changed is emptied and written again from the cache', { timeout: BUILD_TIMEOUT }, async () => {
    // A page edited by hand and a stray file, as a build that stopped halfway could leave them.
    await edit(first.outDir, 'en/ambassadors/sofie-peeters/index.html', (t) => t.replace('</body>', '<p>edited by hand</p></body>'));
    await fs.writeFile(path.join(first.outDir, 'stray.html'), '<!doctype html><title>stray</title>');
    const rebuilt = await buildSite(content, { now: NOW, reuse: first });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('changed since the last build: emptying it, every page will be written again');
    expect(reused(rebuilt.output, 'cached')).toEqual([]);
    expect(reused(rebuilt.output, 'restored')).toContain('/en/ambassadors/sofie-peeters/index.html');
    // No indexed page changed since round 2: the search index comes back from the cache, Pagefind does not run.
    expect(rebuilt.output).toMatch(/^search: \d+ pages in en, fr, nl unchanged, index restored from the cache/m);
    // The content is as in round 2, so the result is round 2's full build.
    expect(await differences(rebuilt, rounds[1]!.fresh)).toEqual([]);
  });

  it('round 4: a build with another cache folder empties an output folder it has no record of', { timeout: BUILD_TIMEOUT }, async () => {
    // The new cache has no record of this folder, so nothing in it is trusted: the stray file goes too.
    const otherCache = path.join(path.dirname(first.outDir), 'other-cache');
    await fs.writeFile(path.join(first.outDir, 'stray.html'), '<!doctype html><title>stray</title>');
    const rebuilt = await buildSite(content, { now: NOW, reuse: { outDir: first.outDir, cacheDir: otherCache } });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('holds files of a build this cache folder has no record of: emptying it');
    expect(reused(rebuilt.output)).toEqual([]);
    expect(await differences(rebuilt, rounds[1]!.fresh)).toEqual([]);
  });
});
