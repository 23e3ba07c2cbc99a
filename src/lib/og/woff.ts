/**
 * Just enough of a WOFF (1.0) reader to know, without drawing, which characters a font has and how
 * wide they are: the cmap (code point → glyph), hmtx (glyph → advance) and head (units per em).
 * Satori draws the text; these figures let the templates decide font sizes and line breaks, and let
 * the sanitiser drop characters the fonts lack before satori would draw them as boxes.
 * Spec: https://www.w3.org/TR/WOFF/ and https://learn.microsoft.com/typography/opentype/spec/cmap
 */
import { inflateSync } from 'node:zlib';

/** What the card renderer needs to know of one font file. */
export interface FontFacts {
  /** Font units per em (2048 for Inter). */
  unitsPerEm: number;
  /** Glyph id of each code point the font maps (glyph 0, "missing", is never stored). */
  glyphOf: Map<number, number>;
  /** Advance width of each glyph id, in font units. */
  advances: Uint16Array;
}

/** Reads the cmap, hmtx and head tables of a WOFF file. Throws on anything that is not WOFF 1.0. */
export function readFontFacts(bytes: Uint8Array): FontFacts {
  const tables = readWoffTables(bytes);
  const need = (tag: string) => {
    const table = tables.get(tag);
    if (!table) throw new Error(`the font has no "${tag}" table`);
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const maxp = need('maxp');
  const numGlyphs = maxp.getUint16(4);
  const numberOfHMetrics = hhea.getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  let last = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numberOfHMetrics) last = hmtx.getUint16(g * 4);
    advances[g] = last;
  }
  return { unitsPerEm: head.getUint16(18), glyphOf: readCmap(need('cmap')), advances };
}

/** The decompressed tables of a WOFF 1.0 file, by tag. */
function readWoffTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 44 || view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font (satori needs .woff, not .woff2)');
  const count = view.getUint16(12);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = String.fromCharCode(bytes[entry]!, bytes[entry + 1]!, bytes[entry + 2]!, bytes[entry + 3]!);
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const data = bytes.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? new Uint8Array(inflateSync(data)) : data);
  }
  return tables;
}

/** Code point → glyph id from the Unicode subtables of a cmap (formats 4 and 12). */
function readCmap(cmap: DataView): Map<number, number> {
  const glyphOf = new Map<number, number>();
  const subtables = cmap.getUint16(2);
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 4) readFormat4(cmap, offset, glyphOf);
    else if (format === 12) readFormat12(cmap, offset, glyphOf);
  }
  return glyphOf;
}

function readFormat4(cmap: DataView, offset: number, glyphOf: Map<number, number>) {
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0 && !glyphOf.has(cp)) glyphOf.set(cp, glyph);
    }
  }
}

function readFormat12(cmap: DataView, offset: number, glyphOf: Map<number, number>) {
  const groups = cmap.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + g * 12;
    const start = cmap.getUint32(group);
    const end = cmap.getUint32(group + 4);
    const first = cmap.getUint32(group + 8);
    for (let cp = start; cp <= end; cp++) if (first + cp - start !== 0 && !glyphOf.has(cp)) glyphOf.set(cp, first + cp - start);
  }
}
