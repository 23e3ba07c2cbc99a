/**
 * Reads the images drawn on cards, once each per build: their bytes hashed for the cache key, and
 * each (file, slot) decoded, oriented and resized to exactly the size the slot is drawn at, as RGBA
 * pixels for the render workers. A photo panel keeps all its colours (its card is a JPEG); a story
 * card's small round photo and the logos are reduced to a palette by sharp, so that their card stays
 * a small palette PNG (png-encode.ts). A photo on several cards (a share post's picture that is its
 * story's cover, on every post about that story) is read and resized once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { sanitiseSvgKept } from '../images/site-logo-fs.ts';
import { IMAGE_SLOTS, isPanel, type ImageSlot } from './card-content.ts';
import type { PreparedImage } from './templates.ts';

/** Colours kept in a logo (with transparency). */
const LOGO_COLOURS = 48;

/** Memoised reads, hashes and resizes of card images. */
export interface ImageStore {
  /** A short hash of a file's bytes. */
  hash(file: string): Promise<string>;
  /** The image resized for a slot; each call must be matched by one release(). */
  prepare(file: string, slot: ImageSlot): Promise<PreparedImage>;
  /** Done with a prepared image: once every user has released it, it is dropped from memory. */
  release(file: string, slot: ImageSlot): void;
}

/** Creates an empty store (one per build); `cacheDir` keeps the sanitised SVG logo between builds, as the pages do. */
export function createImageStore(cacheDir?: string): ImageStore {
  const bytes = new Map<string, Promise<Buffer>>();
  const hashes = new Map<string, Promise<string>>();
  const prepared = new Map<string, { image: Promise<PreparedImage>; users: number }>();
  const read = (file: string) => {
    let p = bytes.get(file);
    if (!p) bytes.set(file, (p = readFile(file).then((b) => (path.extname(file).toLowerCase() === '.svg' ? sanitised(b, cacheDir) : b))));
    return p;
  };
  return {
    hash(file) {
      let p = hashes.get(file);
      if (!p) hashes.set(file, (p = read(file).then((b) => createHash('sha256').update(b).digest('hex').slice(0, 20))));
      return p;
    },
    prepare(file, slot) {
      const id = `${slot}\0${file}`;
      let entry = prepared.get(id);
      if (!entry) {
        const image = read(file).then((b) => prepareImage(b, slot, path.extname(file).toLowerCase() === '.svg'));
        // Once resized, the original bytes are no longer needed; keep memory flat.
        image.finally(() => bytes.delete(file)).catch(() => {});
        prepared.set(id, (entry = { image, users: 0 }));
      }
      entry.users++;
      return entry.image;
    },
    release(file, slot) {
      const id = `${slot}\0${file}`;
      const entry = prepared.get(id);
      if (entry && --entry.users <= 0) prepared.delete(id);
    },
  };
}

/** An SVG logo as the site publishes it (src/lib/images/sanitise-svg.ts), so that cards draw those bytes and no others. */
async function sanitised(svg: Buffer, cacheDir: string | undefined): Promise<Buffer> {
  return Buffer.from((await sanitiseSvgKept(svg.toString('utf8'), cacheDir)).svg);
}

/**
 * Resizes an image for a slot: photos cover it exactly, logos fit inside it and keep their
 * transparency. Panels keep every colour; the other slots are reduced to a palette by sharp
 * (libimagequant at its fastest effort, without dithering, which would only add noise at this size).
 */
export async function prepareImage(input: Buffer, slot: ImageSlot, isSvg = false): Promise<PreparedImage> {
  const size = IMAGE_SLOTS[slot];
  // SVG logos are drawn large enough to stay sharp once scaled down.
  const image = sharp(input, isSvg ? { density: 288 } : {})
    .rotate()
    .resize(size.width, size.height, { fit: size.fit });
  if (isPanel(slot)) return pixelsOf(image.removeAlpha());
  const palette =
    size.fit === 'inside'
      ? image.png({ palette: true, colours: LOGO_COLOURS, effort: 7, compressionLevel: 0 })
      : image.removeAlpha().png({ palette: true, effort: 1, dither: 0, compressionLevel: 0 });
  return pixelsOf(sharp(await palette.toBuffer()));
}

/** The RGBA pixels of an image and their size. */
async function pixelsOf(image: Sharp): Promise<PreparedImage> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}
