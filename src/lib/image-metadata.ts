/**
 * What an image file tells about where and how it was taken: EXIF (camera, date, often a GPS
 * position), XMP and IPTC blocks. The site never publishes them (Astro and the card renderer drop
 * them), but the file in the repository keeps them for anyone who clones it. Pure.
 */
import readExif from 'exif-reader';

/** The metadata blocks of an image, as sharp's metadata() gives them. */
export interface ImageMetadataBlocks {
  exif?: Uint8Array;
  xmp?: Uint8Array;
  iptc?: Uint8Array;
}

/** What an image carries, in words ("a GPS position", "EXIF data", "XMP data" …); empty when it is clean. */
export function describeImageMetadata(blocks: ImageMetadataBlocks): string[] {
  const found: string[] = [];
  if (blocks.exif?.length) {
    found.push(hasGpsPosition(blocks.exif) ? 'EXIF data with a GPS position' : 'EXIF data');
  }
  if (blocks.xmp?.length) found.push('XMP data');
  if (blocks.iptc?.length) found.push('IPTC data');
  return found;
}

/** Whether EXIF data holds a latitude or longitude. */
function hasGpsPosition(exif: Uint8Array): boolean {
  try {
    const gps = readExif(Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength)).GPSInfo;
    return gps !== undefined && (gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined);
  } catch {
    // Unreadable EXIF: say no more than that there is some.
    return false;
  }
}
