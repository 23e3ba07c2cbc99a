/**
 * Encodes a rendered card without a photo panel (RGBA pixels) as a palette PNG, fast. Such a card
 * is flat brand colours, text edges blending two of them, and a logo and small photo already
 * reduced to a palette when they were prepared (images-fs.ts): a few hundred distinct colours. So
 * instead of a general quantiser (libimagequant via sharp spends ~35 ms on 1200×630, more than
 * satori and the SVG rasteriser together), the colours are counted exactly; when there are at most 256 the PNG is lossless, else the 256 most used are kept and the
 * rare ones (edge pixels) take their nearest. Returns undefined when the image has too many colours
 * for this to look right (a caller then uses sharp's quantiser). The pixels are read as runs of one
 * colour, which is what a card is mostly made of: 2.8 ms a card against 7.9 ms pixel by pixel
 * (mean of the first 90 palette cards of the benchmark's content, one thread).
 * PNG format: https://www.w3.org/TR/png-3/
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** Options of the encoder. */
export interface PaletteOptions {
  /** Give up (return undefined) above this many distinct colours. */
  maxColours?: number;
  /**
   * zlib level, with zlib's run-length strategy: a card's rows are long runs of one palette index,
   * and matching only runs made the whole encoder 3 ms faster a card than level 4's general
   * matching, for files 8% larger (33 KB against 31 KB on average; level 6 was slower still for 3%
   * less than level 4).
   */
  level?: number;
}

const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Work arrays, kept between calls: a card is 4.5 MB of scratch, and allocating it per card costs
 * more in garbage collection than the encoding itself.
 */
const table = { keys: new Int32Array(TABLE_SIZE), counts: new Uint32Array(TABLE_SIZE), indexOf: new Uint8Array(TABLE_SIZE) };
const scratches = new Map<number, { runSlot: Uint16Array; runEnd: Uint32Array; raw: Buffer }>();

/** Runs shorter than this are written byte by byte; longer ones with Buffer.fill. */
const SHORT_RUN = 16;

/** Encodes opaque RGBA pixels (alpha ignored) as an 8-bit palette PNG; see the module comment. */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number, options: PaletteOptions = {}): Buffer | undefined {
  const maxColours = Math.min(options.maxColours ?? 4096, TABLE_SIZE >> 1);
  const count = width * height;
  if (rgba.byteLength !== count * 4) throw new Error(`expected ${count * 4} bytes of RGBA, got ${rgba.byteLength}`);
  const pixels = rgba.byteOffset % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, count) : new Int32Array(Uint8Array.from(rgba).buffer);
  const key = count * 8 + (width % 8); // same size, same rows: same work arrays
  let scratch = scratches.get(key);
  if (!scratch || scratch.raw.length !== (width + 1) * height) {
    if (scratches.size >= 4) scratches.clear(); // cards, and the few photo sizes
    scratch = { runSlot: new Uint16Array(count), runEnd: new Uint32Array(count), raw: Buffer.alloc((width + 1) * height) };
    scratches.set(key, scratch);
  }
  const { runSlot, runEnd } = scratch;
  const { keys, counts, indexOf } = table;
  const mask = TABLE_SIZE - 1;
  const used: number[] = [];
  // A card is mostly long runs of one colour (measured: about 28,000 runs in 756,000 pixels), so
  // the pixels are read as runs: each run's colour is looked up once, and written once below.
  let runs = 0;
  for (let i = 0; i < count; ) {
    const value = pixels[i]!;
    let end = i + 1;
    while (end < count && pixels[end] === value) end++;
    const colour = value | 0xff000000; // opaque: the alpha byte is forced to 255
    let slot = (Math.imul(colour, 0x9e3779b1) >>> (32 - TABLE_BITS)) & mask;
    while (counts[slot] !== 0 && keys[slot] !== colour) slot = (slot + 1) & mask;
    if (counts[slot] === 0) {
      if (used.length >= maxColours) {
        for (const u of used) counts[u] = 0;
        return undefined;
      }
      keys[slot] = colour;
      used.push(slot);
    }
    counts[slot]! += end - i;
    runSlot[runs] = slot;
    runEnd[runs++] = end;
    i = end;
  }
  used.sort((a, b) => counts[b]! - counts[a]! || keys[a]! - keys[b]!);
  const palette = used.slice(0, 256);
  palette.forEach((slot, index) => (indexOf[slot] = index));
  const paletteColours = palette.map((slot) => keys[slot]!);
  for (let u = 256; u < used.length; u++) indexOf[used[u]!] = nearest(keys[used[u]!]!, paletteColours);

  // Each row is a filter byte (0, none: best for palette images) and its pixels' palette indexes;
  // pixel p of row y is at byte p + y + 1.
  const raw = scratch.raw;
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  let p = 0;
  for (let r = 0; r < runs; r++) {
    const end = runEnd[r]!;
    const index = indexOf[runSlot[r]!]!;
    while (p < end) {
      const y = (p / width) | 0;
      const stop = Math.min(end, (y + 1) * width);
      if (stop - p < SHORT_RUN) for (let b = p + y + 1; b < stop + y + 1; b++) raw[b] = index;
      else raw.fill(index, p + y + 1, stop + y + 1);
      p = stop;
    }
  }
  const plte = Buffer.alloc(palette.length * 3);
  paletteColours.forEach((colour, index) => {
    plte[index * 3] = colour & 0xff; // little-endian: R is the low byte
    plte[index * 3 + 1] = (colour >>> 8) & 0xff;
    plte[index * 3 + 2] = (colour >>> 16) & 0xff;
  });
  for (const u of used) counts[u] = 0;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: options.level ?? 4, strategy: constants.Z_RLE })), chunk('IEND', Buffer.alloc(0))]);
}

/** The palette index closest to a colour (weighted RGB distance). */
function nearest(colour: number, palette: number[]): number {
  const r = colour & 0xff;
  const g = (colour >>> 8) & 0xff;
  const b = (colour >>> 16) & 0xff;
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const p = palette[i]!;
    const dr = r - (p & 0xff);
    const dg = g - ((p >>> 8) & 0xff);
    const db = b - ((p >>> 16) & 0xff);
    const distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))) >>> 0);
  return Buffer.concat([head, body, crc]);
}
