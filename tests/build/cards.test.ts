/**
 * Social cards over their fixture (tests/fixtures/cards, today = 2026-03-01): a 1200×630 card under
 * 150 KB for every published story, ambassador, job (closed ones too) and active share post, and the
 * site, a JPEG when it shows a photo panel and a palette PNG otherwise, with the pages' og:image
 * and og:image:type telling which; none for drafts, future or orphaned stories, withdrawn or paused people, scheduled jobs and
 * expired share posts. A rebuild with the same cache renders nothing; editing one story re-renders
 * only its card; the cache keeps only the cards of the last build.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURE = 'tests/fixtures/cards';
const NOW = '2026-03-01';
const CARDS = [
  'og/site.png',
  'og/stories/ten-years-of-night-shifts.png',
  'og/stories/welkom.png',
  'og/ambassadors/lotte-maes.jpg',
  'og/ambassadors/gaelle-dupont.png',
  'og/jobs/sourdough-baker.png',
  'og/jobs/frontend-developer.png',
  'og/jobs/summer-packer.png',
  'og/share/say-welkom.jpg',
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

  it.each(CARDS)('%s is a 1200×630 file of the format its extension says, under 150 KB', async (card) => {
    const bytes = coldCards.get(card)!;
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: card.endsWith('.jpg') ? 'jpeg' : 'png', width: 1200, height: 630 });
    if (meta.format === 'png') expect(meta.isPalette).toBe(true);
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
  });

  it.each([
    ['ambassadors/lotte-maes/index.html', 'https://careers.korenbloem.be/og/ambassadors/lotte-maes.jpg', 'image/jpeg'],
    ['ambassadors/gaelle-dupont/index.html', 'https://careers.korenbloem.be/og/ambassadors/gaelle-dupont.png', 'image/png'],
    ['stories/welkom/index.html', 'https://careers.korenbloem.be/og/stories/welkom.png', 'image/png'],
    ['index.html', 'https://careers.korenbloem.be/og/site.png', 'image/png'],
  ])('%s links to its card with its true type', async (page, url, type) => {
    const html = await readFile(path.join(cold.outDir, page), 'utf8');
    expect(html).toContain(`<meta property="og:image" content="${url}">`);
    expect(html).toContain(`<meta property="og:image:type" content="${type}">`);
    expect(html).toContain(`<meta name="twitter:image" content="${url}">`);
  });

  it('shows a share post’s card, at its .jpg path, in the share kit', async () => {
    const html = await readFile(path.join(cold.outDir, 'share/index.html'), 'utf8');
    expect(html).toContain('src="/og/share/say-welkom.jpg"');
  });

  it.each(NO_CARD)('has no %s', async (card) => {
    expect(await cold.exists(card)).toBe(false);
  });

  it('renders every card, on worker threads, and says so in one line', () => {
    expect(ogLines(cold)).toEqual([[CARDS.length, 0]]);
    expect(cold.output).not.toContain('Card worker threads could not run');
  });

  it('keeps the cards in og/ inside Astro’s cache folder', async () => {
    expect((await readdir(path.join(cold.cacheDir, 'og'))).map((n) => path.extname(n)).sort()).toEqual(CARDS.map((n) => path.extname(n)).sort());
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
    expect((await readdir(path.join(changed.cacheDir, 'og'))).map((n) => path.extname(n)).sort()).toEqual(CARDS.map((n) => path.extname(n)).sort());
  });
});
