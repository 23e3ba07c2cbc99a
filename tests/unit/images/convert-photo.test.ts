/** `npm run convert-photo`: what the checker offers for a refused picture that this machine can decode. */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { convertPicture } from '../../../src/lib/images/convert-fs.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(root, 'tests/fixtures/images');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** A fresh folder holding the given files. */
async function folder(files: Record<string, Buffer | string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-convert-'));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(files)) await fs.writeFile(path.join(dir, name), bytes);
  return dir;
}

const fixture = (name: string) => fs.readFile(path.join(FIXTURES, name));

describe('convertPicture', () => {
  test('a HEIF file compressed with AV1 becomes a JPEG of the same size', async () => {
    const dir = await folder({ 'IMG_0001.heif': await fixture('av1.heif') });
    const made = await convertPicture(path.join(dir, 'IMG_0001.heif'));
    expect(made).toEqual({ output: path.join(dir, 'IMG_0001.jpg'), format: 'jpeg', width: 480, height: 480 });
    expect(await sharp(made.output).metadata()).toMatchObject({ format: 'jpeg', width: 480, height: 480 });
  });

  test('an iPhone photo compressed with HEVC cannot be decoded here: the error says how to get a JPEG', async () => {
    const dir = await folder({ 'IMG_0002.heic': await fixture('iphone-hevc.heic') });
    await expect(convertPicture(path.join(dir, 'IMG_0002.heic'))).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: IMG_0002.heic is an iPhone photo (HEIC) whose picture is compressed with HEVC, which the image library here (sharp) cannot decode. On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG (e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG.]`);
    expect(await fs.readdir(dir)).toEqual(['IMG_0002.heic']);
  });

  test('GIF with transparency becomes PNG; TIFF and SVG become JPEG, an SVG drawn large enough for a cover', async () => {
    const transparent = await sharp({ create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).gif().toBuffer();
    const tiff = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#369' } }).tiff().toBuffer();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#369"/></svg>';
    const dir = await folder({ 'a.gif': transparent, 'b.tiff': tiff, 'c.svg': svg });
    expect(await convertPicture(path.join(dir, 'a.gif'))).toMatchObject({ format: 'png', width: 400, height: 400 });
    expect(await convertPicture(path.join(dir, 'b.tiff'))).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect(await convertPicture(path.join(dir, 'c.svg'))).toMatchObject({ format: 'jpeg', width: 1600, height: 800 });
  });

  test('a JPEG named .jfif becomes a .jpg without its EXIF data (such as where it was taken), turned upright', async () => {
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#369' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await sharp(jpeg).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });
    const dir = await folder({ 'scan.jfif': jpeg });
    const made = await convertPicture(path.join(dir, 'scan.jfif'));
    expect(made).toMatchObject({ output: path.join(dir, 'scan.jpg'), width: 200, height: 300 });
    expect((await sharp(made.output).metadata()).exif).toBeUndefined();
  });

  test('never overwrites a file, and leaves a picture the site takes alone', async () => {
    const dir = await folder({ 'photo.heif': await fixture('av1.heif'), 'photo.jpg': 'keep me', 'ok.png': await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer() });
    await expect(convertPicture(path.join(dir, 'photo.heif'))).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: photo.jpg already exists beside photo.heif: rename or remove it first, so that nothing is overwritten.]`);
    expect(await fs.readFile(path.join(dir, 'photo.jpg'), 'utf8')).toBe('keep me');
    await expect(convertPicture(path.join(dir, 'ok.png'))).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: ok.png is already a PNG picture that the site takes: there is nothing to convert.]`);
  });
});

test('npm run convert-photo converts what it can, says why not for the rest, and exits 1 then', async () => {
  const dir = await folder({ 'a.heif': await fixture('av1.heif'), 'b.heic': await fixture('iphone-hevc.heic') });
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/convert-photo.ts'), 'a.heif', 'b.heic'], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  expect(code).toBe(1);
  expect(stdout).toMatchInlineSnapshot(`
    "Wrote a.jpg (480×480 JPEG). Point the entry at ./a.jpg instead of ./a.heif, and delete a.heif.
    "
  `);
  expect(stderr).toMatch(/^b\.heic is an iPhone photo \(HEIC\) whose picture is compressed with HEVC/);
  expect((await fs.readdir(dir)).sort()).toEqual(['a.heif', 'a.jpg', 'b.heic']);
}, 60_000);
