/**
 * Fits a text into a box on a card: the largest of the allowed font sizes at which it wraps into
 * the box; at the smallest size, the lines that fit with an ellipsis at the end. Widths come from
 * the font's own advances (see fonts.ts), measured without kerning, so a line we think fits is never
 * wider in satori, which does kern.
 */
import type { FontWeight, Typeface } from './fonts.ts';

/** The box a text must fit in. */
export interface FitBox {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Never more lines than this, whatever the height allows. */
  maxLines: number;
  /** The font weight. */
  weight: FontWeight;
}

/** A text fitted into a box. */
export interface FittedText {
  /** The text to draw: the input, or its first lines with an ellipsis. */
  text: string;
  /** The chosen font size. */
  fontSize: number;
  /** The lines as we expect them to break. */
  lines: string[];
  /** How many lines the box allows at the chosen size (the line clamp). */
  maxLines: number;
  /** Whether the text was cut short. */
  truncated: boolean;
}

const ELLIPSIS = '…';

/** Fits `text` into `box`; see the module comment. */
export function fitText(text: string, typeface: Typeface, box: FitBox): FittedText {
  // Spaces collapse, but a no-break space stays one: French « Bonjour ! » never breaks at it.
  const clean = text.replace(/[^\S\u00a0\u202f]+/gu, ' ').trim();
  const sizes = box.sizes.length ? box.sizes : [16];
  for (const fontSize of sizes) {
    const maxLines = linesAllowed(box, fontSize);
    const lines = wrapText(clean, typeface, fontSize, box.weight, box.width);
    if (lines.length <= maxLines) return { text: clean, fontSize, lines, maxLines, truncated: false };
  }
  const fontSize = sizes[sizes.length - 1]!;
  const maxLines = linesAllowed(box, fontSize);
  const lines = wrapText(clean, typeface, fontSize, box.weight, box.width).slice(0, maxLines);
  const fits = (line: string) => typeface.measure(line, fontSize, box.weight) <= box.width;
  let last = lines.pop() ?? '';
  while (last && !fits(trimForEllipsis(last) + ELLIPSIS)) {
    const cut = last.lastIndexOf(' ');
    last = cut > 0 ? last.slice(0, cut) : [...last].slice(0, -1).join('');
  }
  lines.push(trimForEllipsis(last) + ELLIPSIS);
  return { text: lines.join(' '), fontSize, lines, maxLines, truncated: true };
}

/** How many lines of this size the box holds. */
function linesAllowed(box: FitBox, fontSize: number): number {
  return Math.max(1, Math.min(box.maxLines, Math.floor(box.height / (fontSize * box.lineHeight) + 1e-6)));
}

/** Drops what should not stand before an ellipsis: spaces and , ; : - – —. */
function trimForEllipsis(line: string): string {
  return line.replace(/[\s,;:\-–—]+$/u, '');
}

/** Greedy line breaking at spaces; a word wider than the line is broken between characters. */
export function wrapText(text: string, typeface: Typeface, fontSize: number, weight: FontWeight, width: number): string[] {
  const measure = (s: string) => typeface.measure(s, fontSize, weight);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (line && measure(line + ch) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}
