/**
 * The cards' typeface: Inter from @fontsource/inter, as .woff (satori reads WOFF, not WOFF2), in
 * the subsets that cover Latin (Dutch, French, German, Polish, Czech, Turkish …), Vietnamese, Greek
 * and Cyrillic. Each subset is its own family name, listed in order, so satori takes each character
 * from the first subset that has it (fonts sharing one name are not searched in turn).
 */
import { readFontFacts, type FontFacts } from './woff.ts';

/** The weights the templates use: body, names and labels, titles. */
export const FONT_WEIGHTS = [400, 700, 800] as const;
/** A weight the templates use. */
export type FontWeight = (typeof FONT_WEIGHTS)[number];
/** The @fontsource/inter subsets loaded, in the order satori searches them. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'] as const;
/** A subset of the typeface. */
export type FontSubset = (typeof FONT_SUBSETS)[number];

/** The satori family name of a subset. */
export function familyOf(subset: FontSubset): string {
  return subset === 'latin' ? 'Inter' : `Inter ${subset}`;
}

/** The CSS font-family the templates set: every subset, in search order. */
export const FONT_FAMILY = FONT_SUBSETS.map(familyOf).join(', ');

/** The file name of a subset and weight in @fontsource/inter/files/. */
export function fontFileName(subset: FontSubset, weight: FontWeight): string {
  return `inter-${subset}-${weight}-normal.woff`;
}

/** One font file, as loaded. */
export interface FontFile {
  /** Which subset it is. */
  subset: FontSubset;
  /** Which weight it is. */
  weight: FontWeight;
  /** The WOFF bytes. */
  data: Buffer;
}

/** The font list in satori's format. */
export function toSatoriFonts(files: readonly FontFile[]) {
  return files.map((f) => ({ name: familyOf(f.subset), weight: f.weight, style: 'normal' as const, data: f.data }));
}

/** What the layout code asks of the typeface: which characters it has and how wide a text is. */
export interface Typeface {
  /** Whether every weight has a glyph for this code point. */
  covers(codePoint: number): boolean;
  /** The advance width of a text in pixels at a size and weight, without kerning (so a little wide: safe). */
  measure(text: string, fontSize: number, weight: FontWeight): number;
}

/** Builds the typeface from the loaded font files; each weight needs at least the latin subset. */
export function createTypeface(files: readonly FontFile[]): Typeface {
  const chains = new Map<FontWeight, FontFacts[]>();
  for (const weight of FONT_WEIGHTS) {
    const chain = FONT_SUBSETS.flatMap((subset) => files.filter((f) => f.subset === subset && f.weight === weight)).map((f) => readFontFacts(f.data));
    if (chain.length === 0) throw new Error(`no font file for weight ${weight}`);
    chains.set(weight, chain);
  }
  const covered = new Map<number, boolean>();
  const covers = (cp: number) => {
    let known = covered.get(cp);
    if (known === undefined) {
      known = [...chains.values()].every((chain) => chain.some((font) => font.glyphOf.has(cp)));
      covered.set(cp, known);
    }
    return known;
  };
  const widths = new Map<FontWeight, Map<number, number>>(FONT_WEIGHTS.map((w) => [w, new Map()]));
  /** Advance of a code point in ems, from the first font of the chain that has it. */
  const advance = (cp: number, weight: FontWeight) => {
    const cache = widths.get(weight)!;
    let em = cache.get(cp);
    if (em === undefined) {
      const font = chains.get(weight)!.find((f) => f.glyphOf.has(cp)) ?? chains.get(weight)![0]!;
      em = (font.advances[font.glyphOf.get(cp) ?? 0] ?? 0) / font.unitsPerEm;
      cache.set(cp, em);
    }
    return em;
  };
  return {
    covers,
    measure(text, fontSize, weight) {
      let em = 0;
      for (const ch of text) em += advance(ch.codePointAt(0)!, weight);
      return em * fontSize;
    },
  };
}
