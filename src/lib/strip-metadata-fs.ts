/**
 * Rewrites images without their EXIF, XMP and IPTC data (a phone's GPS position, the camera, the
 * date), for `npm run strip-exif` and for photos `npm run new` copies in. The picture is turned
 * upright first, as its EXIF orientation said, and keeps its colour profile, so it looks the same.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describeImageMetadata } from './image-metadata.ts';

/** The image re-encoded in its own format without metadata: upright, colour profile kept. */
export async function encodeWithoutMetadata(input: Buffer): Promise<Buffer> {
  const { format, pages } = await sharp(input).metadata();
  const image = sharp(input, { animated: (pages ?? 1) > 1 }).autoOrient().keepIccProfile();
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 92, mozjpeg: true }).toBuffer();
    case 'png':
      return image.png({ compressionLevel: 9 }).toBuffer();
    case 'webp':
      return image.webp({ quality: 92 }).toBuffer();
    case 'heif': // sharp reads AVIF files as HEIF with AV1 compression
      return image.avif({ quality: 70 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
    case 'tiff':
      return image.tiff().toBuffer();
    default:
      throw new Error(`${format ?? 'this format'} is not an image format the site uses`);
  }
}

/** What stripping a file did. */
export interface StripResult {
  /** The file. */
  file: string;
  /** What was removed, in words ("EXIF data with a GPS position" …); empty when the file was clean and left alone. */
  removed: string[];
}

/** Rewrites an image file in place without its metadata; a clean file is left untouched. */
export async function stripImageFile(file: string): Promise<StripResult> {
  const input = await fs.readFile(file);
  const removed = describeImageMetadata(await sharp(input).metadata());
  if (!removed.length) return { file, removed };
  const output = await encodeWithoutMetadata(input);
  // Written beside the original, then renamed over it: an interrupted run never leaves half a photo.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(temporary, output);
  await fs.rename(temporary, file);
  return { file, removed };
}
