/**
 * Social cards over their fixture (tests/fixtures/cards, today = 2026-03-01): a 1200×630 PNG under
 * 150 KB for every published story, ambassador, job (closed ones too) and active share post, and the
 * site; none for drafts, future or orphaned stories, withdrawn or paused people, scheduled jobs and
 * expired share posts. A rebuild with the same cache renders nothing; editing one story re-renders
 * only its card; the cache keeps only the cards of the last build.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';

const FIXTURE = 'tests/fixtures/cards';
const NOW = '2026-03-01';
const CARDS = [
  'og/site.png',
  'og/stories/ten-years-of-night-shifts.png',
  'og/stories/welkom.png',
  'og/ambassadors/lotte-maes.png',
  'og/ambassadors/gaelle-dupont.png',
  'og/jobs/sourdough-baker.png',
  'og/jobs/frontend-developer.png',
  'og/jobs/summer-packer.png',
  'og/share/say-welkom.png',
].sort();
const NO_CARD = [
  'og/stories/draft-story.png',
  'og/stories/future-story.png',
  'og/stories/told-by-a-withdrawn-colleague.png',
  'og/ambassadors/pieter-peeters.png',
  'og/ambassadors/an-claes.png',
  'og/jobs/apprentice-baker.png',
  'og/share/last-summer.png',
];
const OG_LINE = /^og: (\d+) rendered, (\d+) reused in (\d+\.\d)s$/gm;

let cold: BuiltSite;
const coldCards = new Map<string, Buffer>();

/** The og: lines a build printed, as [rendered, reused]. */
function ogLines(site: BuiltSite): [number, number][] {
  return [...site.output.matchAll(OG_LINE)].map((m) => [Number(m[1]), Number(m[2])]);
}

function assertBuilt(site: BuiltSite, what: string) {
  if (site.code !== 0) throw new Error(`The cards fixture did not build (${what}, exit ${site.code}):\n${site.output.slice(-4000)}`);
}

beforeAll(async () => {
  cold = await buildSite(FIXTURE, { now: NOW });
  assertBuilt(cold, 'cold');
  for (const card of CARDS) coldCards.set(card, await readFile(path.join(cold.outDir, card)));
});

describe('a cold build', () => {
  it('has a card for every published entry and the site, and no other', async () => {
    expect((await cold.files()).filter((f) => f.startsWith('og/')).sort()).toEqual(CARDS);
  });

  it.each(CARDS)('%s is a 1200×630 PNG under 150 KB', async (card) => {
    const png = coldCards.get(card)!;
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(150 * 1024);
  });

  it.each(NO_CARD)('has no %s', async (card) => {
    expect(await cold.exists(card)).toBe(false);
  });

  it('renders every card, on worker threads, and says so in one line', () => {
    expect(ogLines(cold)).toEqual([[CARDS.length, 0]]);
    expect(cold.output).not.toContain('Card worker threads could not run');
  });

  it('keeps the cards in og/ inside Astro’s cache folder', async () => {
    expect((await readdir(path.join(cold.cacheDir, 'og'))).filter((n) => n.endsWith('.png'))).toHaveLength(CARDS.length);
  });
});

describe('rebuilding', () => {
  it('with nothing changed renders no card and gives the same files', { timeout: 400_000 }, async () => {
    const warm = await buildSite(FIXTURE, { now: NOW, reuse: cold });
    assertBuilt(warm, 'warm');
    expect(ogLines(warm)).toEqual([[0, CARDS.length]]);
    for (const card of CARDS) expect(Buffer.compare(await readFile(path.join(warm.outDir, card)), coldCards.get(card)!), card).toBe(0);
  });

  it('after one story changed renders only that story’s card, and prunes its old one', { timeout: 400_000 }, async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'vaandel-cards-content-'));
    await cp(FIXTURE, content, { recursive: true });
    const story = path.join(content, 'stories/ten-years-of-night-shifts/index.md');
    await writeFile(story, (await readFile(story, 'utf8')).replace(/^title: .*$/m, 'title: Ten years of night shifts in Kortrijk'));

    const changed = await buildSite(content, { now: NOW, reuse: cold });
    assertBuilt(changed, 'one story changed');
    expect(ogLines(changed)).toEqual([[1, CARDS.length - 1]]);
    for (const card of CARDS) {
      const same = Buffer.compare(await readFile(path.join(changed.outDir, card)), coldCards.get(card)!) === 0;
      expect(same, card).toBe(card !== 'og/stories/ten-years-of-night-shifts.png');
    }
    expect((await readdir(path.join(changed.cacheDir, 'og'))).filter((n) => n.endsWith('.png'))).toHaveLength(CARDS.length);
  });
});
