/**
 * Consent that holds (DESIGN §2, principle 1): build the consent fixture, withdraw one person and
 * rebuild into the same output and cache folders (as CI does with its card cache). Afterwards the
 * person's name, folder name, GitHub handle and photo (file name, hashed output names and bytes)
 * appear in no file and no path of the output, and the story only they told is gone. Deleting the
 * folder instead fails the build while stories still name the person, and leaks nothing once they
 * do not. Published images carry no EXIF or GPS data.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { findLeaks } from '../helpers/leaks.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/consent');
const NOW = '2026-03-01';
const BUILD_TIMEOUT = 900_000;

/** Wannes, who withdraws, and everything only he is part of. */
const WANNES = {
  slug: 'wannes-verhaeghe',
  profile: 'ambassadors/wannes-verhaeghe/index.md',
  words: ['Wannes Verhaeghe', 'Verhaeghe', 'wannes-verhaeghe', 'wverhaeghe-gh', 'wverhaeghe', 'portrait-wv-7q', 'Quote-marker-wv', 'Bio-marker-wv'],
  /** His solo story, the thank-you only he received, and the share post of his story. */
  solo: ['night-bridges', 'Night-bridges-marker', 'Night-bridges-body-marker', 'Thank-you-marker', 'Thanks-body-marker', 'Share-marker-night', 'Share-variant-marker-night'],
};
const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function copyFixture(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-consent-'));
  await fs.cp(FIXTURE, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  const before = await fs.readFile(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The edit of ${file} changed nothing: the fixture no longer matches the test.`);
  await fs.writeFile(full, after);
}

async function build(dir: string, reuse?: BuiltSite): Promise<BuiltSite> {
  return buildSite(dir, { now: NOW, reuse });
}

function assertBuilt(site: BuiltSite) {
  if (site.code !== 0) throw new Error(`The consent fixture did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
}

/** The output files that are images, with their bytes' hash. */
async function listImages(site: BuiltSite): Promise<{ file: string; hash: string; bytes: Buffer }[]> {
  const files = (await site.files()).filter((f) => IMAGE.test(f));
  return Promise.all(
    files.map(async (file) => {
      const bytes = await fs.readFile(path.join(site.outDir, file));
      return { file, hash: sha256(bytes), bytes };
    }),
  );
}

/** EXIF, XMP or IPTC metadata in an image, as sharp reads it. */
async function findMetadata(bytes: Buffer): Promise<string[]> {
  const meta = await sharp(bytes).metadata();
  return [meta.exif && 'EXIF', meta.xmp && 'XMP', meta.iptc && 'IPTC'].filter((m): m is string => Boolean(m));
}

describe('withdrawing (status: withdrawn), rebuilt into the same output and cache', () => {
  let dir: string;
  let before: BuiltSite;
  let after: BuiltSite;
  /** Output files made from Wannes's photo or showing it (his card) in the first build. */
  let hisImages: { file: string; hash: string }[];
  let beforeLeaks: string[];
  const publishedBefore: string[] = [];

  beforeAll(async () => {
    dir = await copyFixture();
    before = await build(dir);
    assertBuilt(before);
    const images = await listImages(before);
    hisImages = images.filter((i) => i.file.includes('portrait-wv-7q') || i.file.includes(WANNES.slug)).map(({ file, hash }) => ({ file, hash }));
    beforeLeaks = await findLeaks(before, [...WANNES.words, ...WANNES.solo]);
    // The rebuild reuses the output folder: look at the first build now.
    for (const file of [`ambassadors/${WANNES.slug}/index.html`, `og/ambassadors/${WANNES.slug}.jpg`, 'stories/night-bridges/index.html']) {
      if (await before.exists(file)) publishedBefore.push(file);
    }

    await edit(dir, WANNES.profile, (t) => t.replace('status: active', 'status: withdrawn'));
    after = await build(dir, before);
    assertBuilt(after);
  }, BUILD_TIMEOUT);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('publishes Wannes, his photo, card and story while he takes part (so the scan below can fail)', async () => {
    expect(publishedBefore).toEqual([`ambassadors/${WANNES.slug}/index.html`, `og/ambassadors/${WANNES.slug}.jpg`, 'stories/night-bridges/index.html']);
    expect(hisImages.some((i) => i.file.includes('portrait-wv-7q'))).toBe(true);
    for (const word of [...WANNES.words, ...WANNES.solo]) {
      expect(beforeLeaks.some((leak) => leak.endsWith(`: ${word}`)), `"${word}" should appear in the first build`).toBe(true);
    }
  });

  it('afterwards, nothing names him: no page, feed, sitemap, JSON, card or path', async () => {
    // Astro names transformed images <name>.<source hash>_<options hash>.<ext>: look for both hashes.
    const hashedNames = hisImages.flatMap((i) => {
      const middle = path.basename(i.file).split('.').slice(1, -1).join('.');
      return [middle, middle.split('_').slice(0, -1).join('_')].filter((part) => part.length >= 6);
    });
    expect(hashedNames.length).toBeGreaterThan(0);
    expect(await findLeaks(after, [...WANNES.words, ...WANNES.solo, ...hashedNames])).toEqual([]);
  });

  it('afterwards, no file carries the bytes of his photo or card', async () => {
    const his = new Set(hisImages.map((i) => i.hash));
    const original = sha256(await fs.readFile(path.join(FIXTURE, 'ambassadors/wannes-verhaeghe/portrait-wv-7q.jpg')));
    const same = (await listImages(after)).filter((i) => his.has(i.hash) || i.hash === original).map((i) => i.file);
    expect(same).toEqual([]);
  });

  it('drops the story only he told, keeps the story he told with a colleague, and the rest of the site', async () => {
    expect(await after.exists('stories/night-bridges/index.html')).toBe(false);
    expect(await after.exists('og/stories/night-bridges.png')).toBe(false);
    expect(await after.exists('stories/duo-story/index.html')).toBe(true);
    expect(await after.read('stories/duo-story/index.html')).toContain('Astrid Lemaire');
    expect(await after.exists('ambassadors/astrid-lemaire/index.html')).toBe(true);
    expect(await after.exists('jobs/platform-engineer/index.html')).toBe(true);
  });
});

describe('withdrawing by deleting the folder', () => {
  const dirs: string[] = [];
  let referenced: BuiltSite;
  let clean: BuiltSite;

  beforeAll(async () => {
    // Stories, the job, a thank-you and a share post still name him: the build must refuse.
    const withReferences = await copyFixture();
    dirs.push(withReferences);
    await fs.rm(path.join(withReferences, 'ambassadors/wannes-verhaeghe'), { recursive: true });
    referenced = await build(withReferences);

    // The comms team removed every mention of him: the build passes.
    const cleaned = await copyFixture();
    dirs.push(cleaned);
    await fs.rm(path.join(cleaned, 'ambassadors/wannes-verhaeghe'), { recursive: true });
    await fs.rm(path.join(cleaned, 'stories/night-bridges'), { recursive: true });
    await fs.rm(path.join(cleaned, 'share/night-bridges.md'));
    await fs.rm(path.join(cleaned, 'recognition/2026-02-10-bridge-tour.md'));
    for (const file of ['stories/duo-story/index.md', 'jobs/platform-engineer.md', 'recognition/2026-02-12-migration.md']) {
      await edit(cleaned, file, (t) => t.replace(/\[astrid-lemaire, wannes-verhaeghe\]|\[wannes-verhaeghe, astrid-lemaire\]/, '[astrid-lemaire]'));
    }
    clean = await build(cleaned);
  }, BUILD_TIMEOUT);
  afterAll(() => Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true }))));

  it('fails the build, naming each file that still refers to him', () => {
    expect(referenced.code).not.toBe(0);
    for (const file of ['stories/night-bridges/index.md', 'stories/duo-story/index.md', 'jobs/platform-engineer.md', 'recognition/2026-02-10-bridge-tour.md']) {
      expect(referenced.output, file).toContain(file);
    }
    expect(referenced.output).toContain('ambassadors: "wannes-verhaeghe" is not an ambassador of this site.');
  });

  it('passes once nothing refers to him, and leaks nothing', async () => {
    assertBuilt(clean);
    expect(await clean.exists('ambassadors/astrid-lemaire/index.html')).toBe(true);
    expect(await findLeaks(clean, [...WANNES.words, ...WANNES.solo])).toEqual([]);
  });
});

describe('photos carry no metadata', () => {
  let dir: string;
  let site: BuiltSite;
  const photo = path.join(FIXTURE, 'ambassadors/astrid-lemaire/photo.jpg');

  beforeAll(async () => {
    dir = await copyFixture();
    site = await build(dir);
    assertBuilt(site);
  }, BUILD_TIMEOUT);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("the fixture photo has EXIF with GPS tags (so the test can fail)", async () => {
    const exif = (await sharp(photo).metadata()).exif;
    expect(exif).toBeDefined();
    // 0x8825 is the EXIF tag that points to the GPS data, in either byte order.
    expect(exif!.includes(Buffer.from([0x88, 0x25])) || exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
  });

  it('no published image has EXIF, XMP or IPTC data, and the original is not published', async () => {
    const images = await listImages(site);
    expect(images.some((i) => path.basename(i.file).startsWith('photo.'))).toBe(true);
    expect(images.some((i) => i.file === 'og/ambassadors/astrid-lemaire.jpg')).toBe(true);
    const withMetadata: string[] = [];
    for (const image of images) {
      const found = await findMetadata(image.bytes);
      if (found.length > 0) withMetadata.push(`${image.file}: ${found.join(', ')}`);
    }
    expect(withMetadata).toEqual([]);
    const original = sha256(await fs.readFile(photo));
    expect(images.filter((i) => i.hash === original).map((i) => i.file)).toEqual([]);
  });
});
