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
import { sanitiseSvg } from '../images/sanitise-svg.ts';
import { IMAGE_SLOTS, type ImageSlot } from './card-content.ts';
import { encodeIndexedPng } from './png-encode.ts';
import { quantisePhoto } from './quantise.ts';
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
    if (!p) bytes.set(file, (p = readFile(file).then((b) => (path.extname(file).toLowerCase() === '.svg' ? sanitised(b) : b))));
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
function sanitised(svg: Buffer): Buffer {
  return Buffer.from(sanitiseSvg(svg.toString('utf8')).svg);
}

/** Resizes an image for a slot: photos cover it exactly, reduced to a small palette (quantise.ts); logos fit inside it and keep their transparency. */
export async function prepareImage(input: Buffer, slot: ImageSlot, isSvg = false): Promise<PreparedImage> {
  const size = IMAGE_SLOTS[slot];
  // SVG logos are drawn large enough to stay sharp once scaled down.
  const image = sharp(input, isSvg ? { density: 288 } : {})
    .rotate()
    .resize(size.width, size.height, { fit: size.fit });
  if (size.fit === 'inside') {
    const { data, info } = await image.png({ palette: true, colours: LOGO_COLOURS, effort: 7, compressionLevel: 2 }).toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  }
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { indices, palette } = quantisePhoto(data, info.width, info.height, 3, PHOTO_COLOURS);
  return { png: encodeIndexedPng(indices, palette, info.width, info.height), width: info.width, height: info.height };
}
