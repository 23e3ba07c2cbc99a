/**
 * Reads the images drawn on cards, once each per build: their bytes hashed for the cache key, and
 * each (file, slot) decoded, oriented, resized to exactly the size the slot is drawn at and reduced
 * to a small palette, as a small PNG for the render workers. A photo on several cards (an ambassador's, on their
 * own card and on their stories' cards) is read and resized once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { IMAGE_SLOTS, type ImageSlot } from './card-content.ts';
import type { PreparedImage } from './templates.ts';

/** Colours kept in a photo: few enough that a card stays a small palette PNG (png-encode.ts). */
const PHOTO_COLOURS = 96;
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

/** Creates an empty store (one per build). */
export function createImageStore(): ImageStore {
  const bytes = new Map<string, Promise<Buffer>>();
  const hashes = new Map<string, Promise<string>>();
  const prepared = new Map<string, { image: Promise<PreparedImage>; users: number }>();
  const read = (file: string) => {
    let p = bytes.get(file);
    if (!p) bytes.set(file, (p = readFile(file)));
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

/** Resizes an image for a slot: photos cover it exactly (round ones get transparent corners), logos fit inside it. */
export async function prepareImage(input: Buffer, slot: ImageSlot, isSvg = false): Promise<PreparedImage> {
  const size = IMAGE_SLOTS[slot];
  const isLogo = size.fit === 'inside';
  // SVG logos are drawn large enough to stay sharp once scaled down.
  let image = sharp(input, isSvg ? { density: 288 } : {})
    .rotate()
    .resize(size.width, size.height, { fit: size.fit });
  if ('round' in size && size.round) {
    const circle = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><circle cx="${size.width / 2}" cy="${size.height / 2}" r="${size.width / 2}"/></svg>`;
    image = sharp(await image.ensureAlpha().png().toBuffer()).composite([{ input: Buffer.from(circle), blend: 'dest-in' }]);
  }
  const { data, info } = await image
    .png({ palette: true, colours: isLogo ? LOGO_COLOURS : PHOTO_COLOURS, effort: 7, compressionLevel: 2 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}
