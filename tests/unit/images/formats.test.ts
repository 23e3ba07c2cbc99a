/** The one table of image formats (src/lib/images/formats.ts) and the tools it was decided from. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { acceptedExtensions, acceptedFormats, describeAccepted, formatOfPath, formatOfSharp, IMAGE_FILE, IMAGE_FORMATS, refuseImageName, type ImageFormat } from '../../../src/lib/images/formats.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('what each field takes', () => {
  test('photos, covers and images: JPEG, PNG, WebP and AVIF; the logo also SVG', () => {
    expect(acceptedFormats('photo')).toEqual(['jpeg', 'png', 'webp', 'avif']);
    expect(acceptedFormats('cover')).toEqual(acceptedFormats('photo'));
    expect(acceptedFormats('image')).toEqual(acceptedFormats('photo'));
    expect(acceptedFormats('logo')).toEqual(['jpeg', 'png', 'webp', 'avif', 'svg']);
    expect(acceptedExtensions('photo')).toEqual(['jpg', 'jpeg', 'png', 'webp', 'avif']);
    expect(describeAccepted('photo')).toBe('a photo must be a picture file (JPEG, PNG, WebP or AVIF)');
    expect(describeAccepted('image')).toBe('an image must be a picture file (JPEG, PNG, WebP or AVIF)');
    expect(describeAccepted('logo')).toBe('a logo must be an SVG or a picture file (JPEG, PNG, WebP or AVIF)');
  });

  test('the pictures accepted are those that Astro\'s sharp service both reads and writes, and this sharp too', async () => {
    const astro = (await import(pathToFileURL(path.join(root, 'node_modules/astro/dist/assets/consts.js')).href)) as { VALID_INPUT_FORMATS: readonly string[]; VALID_OUTPUT_FORMATS: readonly string[] };
    const pictures = acceptedExtensions('photo');
    expect(pictures.filter((ext) => !astro.VALID_INPUT_FORMATS.includes(ext) || !astro.VALID_OUTPUT_FORMATS.includes(ext))).toEqual([]);
    // Read but never written by Astro: refused, with a reason.
    for (const ext of astro.VALID_INPUT_FORMATS.filter((f) => !astro.VALID_OUTPUT_FORMATS.includes(f) && f !== 'apng')) {
      expect(acceptedExtensions('photo'), ext).not.toContain(ext);
      expect(formatOfPath(`x.${ext}`), ext).toBeDefined();
    }
    for (const id of acceptedFormats('photo')) {
      const name = (IMAGE_FORMATS[id] as ImageFormat).sharp!.format;
      expect(sharp.format[name as keyof typeof sharp.format].input.buffer, id).toBe(true);
      expect(sharp.format[name as keyof typeof sharp.format].output.buffer, id).toBe(true);
    }
  });
});

describe('telling formats apart', () => {
  test('by name, whatever the case, ignoring a query or fragment', () => {
    expect(formatOfPath('./Photo.JPG')).toBe('jpeg');
    expect(formatOfPath('cover.webp?v=2')).toBe('webp');
    expect(formatOfPath('IMG_0001.HEIC')).toBe('heic');
    expect(formatOfPath('logo.svg')).toBe('svg');
    expect(formatOfPath('notes.docx')).toBeUndefined();
    expect(formatOfPath('photo')).toBeUndefined();
  });

  test("by sharp's reading of the content: a HEIF file is an AVIF picture or an iPhone photo by its compression", () => {
    expect(formatOfSharp('jpeg')).toBe('jpeg');
    expect(formatOfSharp('heif', 'av1')).toBe('avif');
    expect(formatOfSharp('heif', 'hevc')).toBe('heic');
    expect(formatOfSharp('svg')).toBe('svg');
    expect(formatOfSharp('magick')).toBeUndefined();
  });

  test('image files are pictures of any format the table knows, not documents', () => {
    expect(['a.jpg', 'a.heic', 'a.svg', 'a.gif', 'a.TIFF', 'a.avif'].filter((f) => IMAGE_FILE.test(f))).toHaveLength(6);
    expect(['a.pdf', 'a.psd', 'a.ai', 'a.md', 'a.jpg.txt'].filter((f) => IMAGE_FILE.test(f))).toEqual([]);
  });
});

describe('refusals', () => {
  test('a name the field takes is not refused; the logo takes SVG', () => {
    expect(refuseImageName('photo', './photo.jpg', { field: 'photo' })).toBeUndefined();
    expect(refuseImageName('logo', './logo.svg', { field: 'logo' })).toBeUndefined();
  });

  test('an SVG photo, cover and image', () => {
    expect(refuseImageName('photo', './photo.svg', { field: 'photo' })?.message).toMatchInlineSnapshot(`""./photo.svg" is an SVG file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here."`);
    expect(refuseImageName('cover', './cover.svg', { field: 'cover' })?.message).toMatchInlineSnapshot(`""./cover.svg" is an SVG file: a cover must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here."`);
    expect(refuseImageName('image', './image.svg', { field: 'image' })?.message).toMatchInlineSnapshot(`""./image.svg" is an SVG file: an image must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here."`);
  });

  test('the way out names the project command only when it is given one', () => {
    expect(refuseImageName('photo', './IMG_0001.HEIC', { field: 'photo' })?.hint).not.toContain('npm run');
    expect(refuseImageName('photo', './IMG_0001.HEIC', { field: 'photo', convert: 'npm run convert-photo -- content/x/IMG_0001.HEIC' })?.hint).toContain('Or run npm run convert-photo -- content/x/IMG_0001.HEIC,');
  });
});
