/**
 * `npm run strip-exif`: images rewritten without EXIF, XMP and IPTC data, turned upright as their
 * EXIF orientation said, with their colour profile and their pixels kept; clean files untouched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeImageMetadata } from '../../src/lib/image-metadata.ts';
import { stripImageFile } from '../../src/lib/strip-metadata-fs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const stripExif = (...files: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/strip-exif.ts'), ...files], { cwd: root, encoding: 'utf8' });
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-strip-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A 60×40 picture, red on the left and blue on the right, in a wide-gamut profile, as a phone might save it. */
async function phonePhoto(format: 'jpeg' | 'png'): Promise<Buffer> {
  const half = (background: string) => sharp({ create: { width: 30, height: 40, channels: 3, background } }).png().toBuffer();
  const image = sharp({ create: { width: 60, height: 40, channels: 3, background: '#000000' } })
    .composite([{ input: await half('#d01010'), left: 0, top: 0 }, { input: await half('#1030d0'), left: 30, top: 0 }])
    .withIccProfile('p3')
    .withExif({ IFD0: { Make: 'Phone', Model: 'X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '3/1 43/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>');
  return format === 'jpeg' ? image.jpeg({ quality: 95 }).toBuffer() : image.png().toBuffer();
}

/** The mean colour of a region of an image's pixels (as stored, without colour conversion). */
async function meanColour(bytes: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number[]> {
  const { data, info } = await sharp(bytes).extract(region).raw().toBuffer({ resolveWithObject: true });
  const sums = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) for (let c = 0; c < 3; c++) sums[c]! += data[i + c]!;
  return sums.map((s) => Math.round(s / (data.length / info.channels)));
}

describe.each(['jpeg', 'png'] as const)('a %s from a phone', (format) => {
  let before: Buffer;
  let after: Buffer;
  let removed: string[];

  beforeAll(async () => {
    before = await phonePhoto(format);
    const file = path.join(dir, `photo.${format === 'jpeg' ? 'jpg' : 'png'}`);
    await fs.writeFile(file, before);
    ({ removed } = await stripImageFile(file));
    after = await fs.readFile(file);
  });

  it('carried a GPS position, an orientation, XMP and a P3 profile (so the test can fail)', async () => {
    const meta = await sharp(before).metadata();
    expect(describeImageMetadata(meta)).toEqual(['EXIF data with a GPS position', 'XMP data']);
    expect([meta.orientation, meta.width, meta.height]).toEqual([6, 60, 40]);
    expect(meta.icc).toBeDefined();
  });

  it('loses its EXIF and XMP, and says so', async () => {
    expect(removed).toEqual(['EXIF data with a GPS position', 'XMP data']);
    const meta = await sharp(after).metadata();
    expect(describeImageMetadata(meta)).toEqual([]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(meta.format).toBe(format);
  });

  it('is turned upright: 40×60, red on top, blue below, in the same colour profile', async () => {
    const meta = await sharp(after).metadata();
    expect([meta.width, meta.height]).toEqual([40, 60]);
    expect(meta.icc?.equals((await sharp(before).metadata()).icc!)).toBe(true);
    const [top, bottom, original] = await Promise.all([meanColour(after, { left: 5, top: 5, width: 30, height: 20 }), meanColour(after, { left: 5, top: 35, width: 30, height: 20 }), meanColour(before, { left: 5, top: 5, width: 20, height: 30 })]);
    expect(top[0]).toBeGreaterThan(150);
    expect(bottom[2]).toBeGreaterThan(150);
    // The stored pixel values stay as they were (no conversion out of the P3 profile).
    top.forEach((value, c) => expect(Math.abs(value - original[c]!)).toBeLessThanOrEqual(3));
  });
});

describe('a clean image', () => {
  it('is left as it was', async () => {
    const file = path.join(dir, 'clean.png');
    const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer();
    await fs.writeFile(file, bytes);
    expect(await stripImageFile(file)).toEqual({ file, removed: [] });
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });
});

describe('npm run strip-exif', () => {
  it('strips each file named, says what it removed, and exits 1 when one cannot be read', async () => {
    const photo = path.join(dir, 'cli.jpg');
    await fs.writeFile(photo, await phonePhoto('jpeg'));
    const run = stripExif(photo, path.join(dir, 'missing.jpg'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${photo}: removed EXIF data with a GPS position, XMP data\n`);
    expect(run.stderr).toBe(`${path.join(dir, 'missing.jpg')}: does not exist\n`);
    const again = stripExif(photo);
    expect([again.status, again.stdout]).toEqual([0, `${photo}: no metadata, left as it was\n`]);
    expect(stripExif().status).toBe(2);
  }, 60_000);
});
