import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneCardCache, resolveCardCacheDir, writeCachedCard } from '../../../src/lib/og/card-cache-fs.ts';
import { createCardService, formatCardStats } from '../../../src/lib/og/card-service-fs.ts';
import type { CardSpec } from '../../../src/lib/og/cards.ts';
import { createRenderPool } from '../../../src/lib/og/render-pool.ts';
import { BRAND, contentOf, LOGO, PHOTO } from './renderer.ts';

const WORKER = new URL('../../../src/lib/og/render-worker.ts', import.meta.url);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vaandel-og-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const spec = (slug: string, title: string, withPhoto = true): CardSpec => ({
  path: `/og/stories/${slug}.png`,
  format: 'png',
  kind: 'stories',
  slug,
  content: {
    text: { template: 'story', title, person: { name: 'Lotte Maes', detail: 'Night shift lead', others: 0 } },
    brand: BRAND,
    images: withPhoto ? { logo: LOGO, storyPhoto: PHOTO } : { logo: LOGO },
  },
});
const service = (workers: number) =>
  createCardService({ cacheDir: dir, keyContext: { templateVersion: 't', fontHash: 'f', rendererHash: 'r' }, workers, workerUrl: WORKER });
const pngs = async () => (await readdir(dir)).filter((n) => n.endsWith('.png')).sort();
/** An ambassador card with a photo panel: a JPEG. */
const ambassador = (slug: string): CardSpec => ({
  path: `/og/ambassadors/${slug}.jpg`,
  format: 'jpeg',
  kind: 'ambassadors',
  slug,
  content: { text: { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead' }, brand: BRAND, images: { logo: LOGO, ambassadorPhoto: PHOTO } },
});

describe('the card service', () => {
  it('renders each card once, then reuses the cache, and re-renders only what changed', { timeout: 120_000 }, async () => {
    const first = service(2);
    first.submit([spec('a', 'Story A'), spec('b', 'Story B'), spec('c', 'Story C', false)]);
    const a = await first.get('/og/stories/a.png');
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(await first.finish({ prune: true })).toMatchObject({ rendered: 3, reused: 0, pruned: 0 });
    const before = await pngs();
    expect(before).toHaveLength(3);

    const second = service(2);
    second.submit([spec('a', 'Story A'), spec('b', 'Story B'), spec('c', 'Story C', false)]);
    expect(Buffer.compare(await second.get('/og/stories/a.png'), a)).toBe(0);
    expect(await second.finish({ prune: true })).toMatchObject({ rendered: 0, reused: 3, pruned: 0 });

    const third = service(2);
    third.submit([spec('a', 'Story A'), spec('b', 'Story B, edited'), spec('c', 'Story C', false)]);
    expect(await third.finish({ prune: true })).toMatchObject({ rendered: 1, reused: 2, pruned: 1 });
    const after = await pngs();
    expect(after).toHaveLength(3);
    expect(after.filter((n) => !before.includes(n))).toHaveLength(1);
  });

  it('draws a card shown under two paths once', { timeout: 60_000 }, async () => {
    const s = service(0);
    s.submit([spec('a', 'Same'), spec('b', 'Same')]);
    expect(await s.finish({ prune: false })).toMatchObject({ rendered: 1, reused: 1 });
  });

  it('copies into the output folder, at its site path, every card no route served', { timeout: 60_000 }, async () => {
    const out = path.join(dir, 'dist');
    const s = createCardService({ cacheDir: path.join(dir, 'cache'), keyContext: { templateVersion: 't', fontHash: 'f', rendererHash: 'r' }, workers: 0, workerUrl: WORKER, writesFiles: true });
    expect(s.writesFiles).toBe(true);
    s.submit([spec('a', 'Story A', false), spec('b', 'Story B', false), spec('c', 'Story C', false)]);
    const served = await s.get('/og/stories/a.png'); // as a route would, and Astro writes it
    expect(await s.finish({ prune: false, outDir: out })).toMatchObject({ rendered: 3, written: 2 });
    expect((await readdir(path.join(out, 'og', 'stories'))).sort()).toEqual(['b.png', 'c.png']);
    const b = await sharp(path.join(out, 'og', 'stories', 'b.png')).metadata();
    expect(b).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(served.byteLength).toBeGreaterThan(0);
  });

  it('stores a card with a photo panel as a JPEG, and copies it to its .jpg path', { timeout: 60_000 }, async () => {
    const out = path.join(dir, 'dist');
    const cacheDir = path.join(dir, 'cache');
    const s = createCardService({ cacheDir, keyContext: { templateVersion: 't', fontHash: 'f', rendererHash: 'r' }, workers: 0, workerUrl: WORKER, writesFiles: true });
    s.submit([ambassador('lotte-maes'), spec('a', 'Story A')]);
    expect(await sharp(await s.get('/og/stories/a.png')).metadata()).toMatchObject({ format: 'png' }); // served by a route
    expect(await s.finish({ prune: false, outDir: out })).toMatchObject({ rendered: 2, written: 1 });
    expect((await readdir(cacheDir)).map((n) => path.extname(n)).sort()).toEqual(['.jpg', '.png']);
    expect(await readdir(path.join(out, 'og', 'ambassadors'))).toEqual(['lotte-maes.jpg']);
    expect(await sharp(path.join(out, 'og', 'ambassadors', 'lotte-maes.jpg')).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });

    const again = createCardService({ cacheDir, keyContext: { templateVersion: 't', fontHash: 'f', rendererHash: 'r' }, workers: 0, workerUrl: WORKER });
    again.submit([ambassador('lotte-maes')]);
    expect(await again.finish({ prune: true })).toMatchObject({ rendered: 0, reused: 1, pruned: 1 });
  });

  it('names the card and the problem when a card cannot be drawn', async () => {
    const s = service(0);
    s.submit([{ ...spec('broken', 'Broken'), content: { ...spec('broken', 'Broken').content, images: { storyPhoto: path.join(dir, 'missing.png') } } }]);
    await expect(s.get('/og/stories/broken.png')).rejects.toThrow(/^Could not draw the social card \/og\/stories\/broken\.png: ENOENT/);
    await expect(s.finish({ prune: false })).rejects.toThrow(/broken\.png/);
  });

  it('prints the build line in its exact form', () => {
    expect(formatCardStats({ rendered: 3, reused: 42, seconds: 1.234 })).toMatchInlineSnapshot(`"og: 3 rendered, 42 reused in 1.2s"`);
  });
});

describe('the render pool', () => {
  it('renders on a worker thread, straight from the TypeScript worker file', { timeout: 60_000 }, async () => {
    const pool = createRenderPool({ workers: 1, workerUrl: WORKER, onFallback: (reason) => expect.fail(reason) });
    const bytes = await pool.render('0'.repeat(32), dir, await contentOf({ template: 'site', tagline: 'Bread', description: 'A bakery.' }));
    await pool.close();
    expect(bytes).toBeGreaterThan(1000);
    expect(await pngs()).toEqual([`${'0'.repeat(32)}.png`]);
  });

  it('falls back to the main thread, and says so, when a worker cannot start', { timeout: 60_000 }, async () => {
    const reasons: string[] = [];
    const pool = createRenderPool({ workers: 2, workerUrl: new URL('file:///nonexistent/render-worker.ts'), onFallback: (r) => reasons.push(r) });
    const bytes = await pool.render('1'.repeat(32), dir, await contentOf({ template: 'site', tagline: 'Bread', description: 'A bakery.' }));
    await pool.close();
    expect(bytes).toBeGreaterThan(1000);
    expect(reasons).toHaveLength(1);
  });
});

describe('when the pool starts its workers', () => {
  const broken = new URL('file:///nonexistent/render-worker.ts');
  const site = () => contentOf({ template: 'site', tagline: 'Bread', description: 'A bakery.' });

  it('draws the first localFirst cards itself and starts no worker for them', { timeout: 60_000 }, async () => {
    const reasons: string[] = [];
    const pool = createRenderPool({ workers: 2, localFirst: 2, workerUrl: broken, onFallback: (r) => reasons.push(r) });
    await Promise.all([pool.render('2'.repeat(32), dir, await site()), pool.render('3'.repeat(32), dir, await site())]);
    expect(reasons).toEqual([]); // no worker was tried
    await pool.render('4'.repeat(32), dir, await site());
    expect(reasons).toHaveLength(1); // the third card wanted workers
    await pool.close();
  });

  it('starts them at once with warm(), before any card', async () => {
    const reasons: string[] = [];
    const pool = createRenderPool({ workers: 2, localFirst: 2, workerUrl: broken, onFallback: (r) => reasons.push(r) });
    pool.warm();
    await expect.poll(() => reasons.length, { timeout: 20_000 }).toBe(1);
    await pool.close();
  });
});

describe('the cache folder', () => {
  it('is VAANDEL_CARD_CACHE when set, else og/ inside Astro’s cacheDir', () => {
    expect(resolveCardCacheDir({ VAANDEL_CARD_CACHE: 'ci-cache/cards' }, '/work', '/work/.astro')).toBe('/work/ci-cache/cards');
    expect(resolveCardCacheDir({}, '/work', '/work/.astro')).toBe('/work/.astro/og');
  });

  it('prunes only the cards it does not keep, never files it does not own', async () => {
    const keep = 'a'.repeat(32);
    const keepJpeg = 'c'.repeat(32);
    const drop = 'b'.repeat(32);
    const dropJpeg = 'd'.repeat(32);
    await writeCachedCard(dir, keep, 'png', new Uint8Array([1]));
    await writeCachedCard(dir, keepJpeg, 'jpeg', new Uint8Array([1]));
    await writeCachedCard(dir, drop, 'png', new Uint8Array([2]));
    await writeCachedCard(dir, dropJpeg, 'jpeg', new Uint8Array([2]));
    await writeFile(path.join(dir, 'notes.png'), 'mine');
    await writeFile(path.join(dir, `${'e'.repeat(32)}.webp`), 'mine too');
    await writeFile(path.join(dir, `${drop}.png.0badf00d.tmp`), 'half');
    expect(await pruneCardCache(dir, new Set([keep, keepJpeg]))).toBe(3);
    expect((await readdir(dir)).sort()).toEqual([`${keep}.png`, `${keepJpeg}.jpg`, `${'e'.repeat(32)}.webp`, 'notes.png']);
  });
});
