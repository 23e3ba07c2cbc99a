/**
 * One card, drawn: template → satori (SVG, text as paths) → librsvg via sharp (pixels) → palette
 * PNG (png-encode.ts, or sharp's quantiser for images with too many colours). Used by the render
 * workers and, in-process, by tests.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { CardContent } from './card-content.ts';
import { createTypeface, toSatoriFonts, type FontFile, type Typeface } from './fonts.ts';
import { encodePalettePng } from './png-encode.ts';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH, type CardNode, type CardTree, type PreparedImage } from './templates.ts';

/** A rendered card. */
export interface RenderedCard {
  /** The PNG file. */
  png: Buffer;
  /** The element tree and text fits it was drawn from. */
  tree: CardTree;
}

/** Draws cards with one set of fonts. */
export interface CardRenderer {
  /** The typeface the templates measure and sanitise with. */
  typeface: Typeface;
  /** Draws a card to PNG. */
  render(content: CardContent<PreparedImage>): Promise<RenderedCard>;
  /** Satori's SVG of an element tree; `onNode` sees every laid-out element (for layout tests). */
  toSvg(root: CardNode, onNode?: (node: LaidOutNode) => void): Promise<string>;
}

/** An element as satori laid it out. */
export interface LaidOutNode {
  /** Element name. */
  type: string;
  /** Left edge in pixels from the card's left. */
  left: number;
  /** Top edge in pixels from the card's top. */
  top: number;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** The element's own text, if any. */
  textContent?: string;
  /** Its props (style …). */
  props: Record<string, unknown>;
}

/** Creates a renderer for a set of font files (see fonts.ts for which). */
export function createCardRenderer(files: readonly FontFile[]): CardRenderer {
  const typeface = createTypeface(files);
  // One array for every call: satori caches parsed fonts per array.
  const fonts = toSatoriFonts(files);
  const toSvg = (root: CardNode, onNode?: (node: LaidOutNode) => void) =>
    satori(root as unknown as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
      ...(onNode ? { onNodeDetected: (node) => onNode(node as LaidOutNode) } : {}),
    });
  return {
    typeface,
    toSvg,
    async render(content) {
      const tree = buildCardTree(content, typeface);
      const svg = await toSvg(tree.root);
      const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const png =
        encodePalettePng(data, info.width, info.height) ??
        (await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).png({ palette: true, compressionLevel: 9, effort: 4 }).toBuffer());
      return { png, tree };
    },
  };
}
