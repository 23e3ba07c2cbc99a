/**
 * `npm run convert-photo`: turns a picture the site refuses into one it takes, beside it. sharp
 * (as built for npm) reads GIF, TIFF, SVG, JPEG files named .jfif, and HEIF files compressed with
 * AV1; it cannot decode the HEVC pictures of iPhone photos, which are refused with the ways to get
 * a JPEG from the phone. The copy is a JPEG, or a PNG when the picture has transparency; it keeps
 * no metadata (no EXIF, so no location), turned upright by its EXIF orientation.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { accepts, acceptsPath, formatOfPath, formatOfSharp, IMAGE_FORMATS, refuseImageName } from './formats.ts';

/** Why a file could not be converted, with what to do. */
export class ConvertError extends Error {}

/** A converted picture. */
export interface ConvertedPicture {
  /** The file written, beside the original. */
  output: string;
  /** Its format. */
  format: 'jpeg' | 'png';
  /** Its size in pixels. */
  width: number;
  height: number;
}

/** An SVG is drawn at least this many pixels on its longer side, so that it is sharp as a photo or cover. */
const SVG_MIN_SIDE = 1600;

/** Converts `file` into a JPEG or PNG beside it (same name, new ending); never overwrites a file. */
export async function convertPicture(file: string): Promise<ConvertedPicture> {
  const name = path.basename(file);
  const meta = await sharp(file)
    .metadata()
    .catch(() => {
      throw new ConvertError(`${name} cannot be read as a picture. Export it again as a JPEG or PNG file from the program that made it.`);
    });
  const format = formatOfSharp(meta.format, meta.compression);
  if (format === 'heic') {
    const ways = refuseImageName('photo', 'photo.heic', { field: 'photo' })!.hint.replace(/ Then write .*$/, '');
    throw new ConvertError(`${name} is an iPhone photo (HEIC) whose picture is compressed with HEVC, which the image library here (sharp) cannot decode. ${ways}`);
  }
  if (format !== undefined && accepts('photo', format) && acceptsPath('photo', file)) {
    throw new ConvertError(`${name} is already a ${IMAGE_FORMATS[format].label} picture that the site takes: there is nothing to convert.`);
  }
  const density = format === 'svg' && meta.width && meta.height ? Math.min(2400, Math.ceil((72 * SVG_MIN_SIDE) / Math.max(meta.width, meta.height))) : undefined;
  const image = sharp(file, density ? { density } : {}).rotate();
  const transparent = meta.hasAlpha && !(await image.clone().stats()).isOpaque;
  const out = transparent ? ('png' as const) : ('jpeg' as const);
  const stem = formatOfPath(name) === undefined ? name : name.replace(/\.[^.]+$/, '');
  const output = path.join(path.dirname(file), `${stem}.${out === 'png' ? 'png' : 'jpg'}`);
  if (await fs.stat(output).then(() => true, () => false)) {
    throw new ConvertError(`${path.basename(output)} already exists beside ${name}: rename or remove it first, so that nothing is overwritten.`);
  }
  let encoded: { data: Buffer; info: OutputInfo };
  try {
    encoded = await (out === 'png' ? image.png() : image.jpeg({ quality: 90, mozjpeg: true })).toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ConvertError(`${name} cannot be decoded here (${(error as Error).message.split('\n')[0]}). Export it again as a JPEG or PNG file from the program that made it.`);
  }
  await fs.writeFile(output, encoded.data, { flag: 'wx' });
  return { output, format: out, width: encoded.info.width, height: encoded.info.height };
}
