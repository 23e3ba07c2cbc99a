/**
 * One card, drawn: template → satori (SVG, text as paths) → resvg (pixels) → the photos
 * and logo painted into their places → the file, in the format its images decide (cardFormatOf):
 * a JPEG through sharp for a card with a photo panel, else a palette PNG (png-encode.ts, or sharp's
 * quantiser when a card has too many colours for it). A JPEG over MAX_CARD_BYTES (a very detailed
 * photo) is encoded again at lower qualities, then with a softer photo. Used by the render workers and, in-process, by tests.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { CardFormat } from '../card-paths.ts';
import { cardFormatOf, IMAGE_SLOTS, isPanel, type CardContent, type ImageSlot } from './card-content.ts';
import { createTypeface, toSatoriFonts, type FontFile, type Typeface } from './fonts.ts';
import { encodePalettePng } from './png-encode.ts';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH, IMAGE_KEY_PREFIX, type CardNode, type CardTree, type PreparedImage } from './templates.ts';

/** A rendered card. */
export interface RenderedCard {
  /** The file: a PNG or a JPEG, as `format` says. */
  bytes: Buffer;
  /** The file format (cardFormatOf of the card's images). */
  format: CardFormat;
  /** The element tree and text fits it was drawn from. */
  tree: CardTree;
}

/** Milliseconds one render() spent in each stage (for the benchmark, scripts/bench/card-figures.ts). */
export interface RenderTimings {
  /** The element tree, with its text fitted. */
  tree: number;
  /** Satori: layout, and text turned into paths. */
  satori: number;
  /** Resvg: the SVG parsed and drawn to pixels. */
  raster: number;
  /** Photos and logos painted in. */
  paint: number;
  /** The file encoded (every JPEG step a heavy photo needs included). */
  encode: number;
}

/** Draws cards with one set of fonts. */
export interface CardRenderer {
  /** The typeface the templates measure and sanitise with. */
  typeface: Typeface;
  /** Draws a card to its file; with `timings`, fills it with the milliseconds of each stage. */
  render(content: CardContent<PreparedImage>, timings?: RenderTimings): Promise<RenderedCard>;
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
  /** The element's key (image placeholders have one). */
  key?: string | number;
  /** The element's own text, if any. */
  textContent?: string;
  /** Its props (style …). */
  props: Record<string, unknown>;
}

/**
 * Paints RGBA pixels (straight alpha) over opaque RGBA pixels at (left, top), clipped to the card;
 * `round` paints only the inscribed circle, with a smooth edge; `opaque` says every alpha is 255.
 */
export function paintImage(card: Uint8Array, cardWidth: number, cardHeight: number, image: Uint8Array, width: number, height: number, left: number, top: number, round = false, opaque = false): void {
  if (opaque && !round && left >= 0 && top >= 0 && left + width <= cardWidth && top + height <= cardHeight) {
    // A photo has no transparency: copy it row by row.
    for (let y = 0; y < height; y++) card.set(image.subarray(y * width * 4, (y + 1) * width * 4), ((top + y) * cardWidth + left) * 4);
    return;
  }
  const radius = Math.min(width, height) / 2;
  for (let y = Math.max(0, -top); y < height && top + y < cardHeight; y++) {
    for (let x = Math.max(0, -left); x < width && left + x < cardWidth; x++) {
      const from = (y * width + x) * 4;
      const to = ((top + y) * cardWidth + left + x) * 4;
      let alpha = image[from + 3]!;
      if (round) {
        const coverage = radius + 0.5 - Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2);
        if (coverage <= 0) continue;
        if (coverage < 1) alpha = Math.round(alpha * coverage);
      }
      if (alpha === 255) {
        card[to] = image[from]!;
        card[to + 1] = image[from + 1]!;
        card[to + 2] = image[from + 2]!;
      } else if (alpha !== 0) {
        for (let c = 0; c < 3; c++) card[to + c] = Math.round((image[from + c]! * alpha + card[to + c]! * (255 - alpha)) / 255);
      }
    }
  }
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
    async render(content, timings) {
      let last = performance.now();
      const lap = (stage: keyof RenderTimings) => {
        const now = performance.now();
        if (timings) timings[stage] = now - last;
        last = now;
      };
      const tree = buildCardTree(content, typeface);
      const format = cardFormatOf(content.images);
      lap('tree');
      const places: { slot: ImageSlot; left: number; top: number }[] = [];
      const svg = await toSvg(tree.root, (node) => {
        if (typeof node.key === 'string' && node.key.startsWith(IMAGE_KEY_PREFIX)) places.push({ slot: node.key.slice(IMAGE_KEY_PREFIX.length) as ImageSlot, left: node.left, top: node.top });
      });
      lap('satori');
      const { data, info } = rasterise(svg);
      lap('raster');
      const paint = async (only?: (slot: ImageSlot) => boolean, blur?: number) => {
        for (const place of places) {
          const image = content.images[place.slot];
          if (!image || (only && !only(place.slot))) continue;
          const slot = IMAGE_SLOTS[place.slot];
          const pixels = blur ? await blurred(image, blur) : image.pixels;
          // Photos (slots that cover) are prepared opaque; logos keep their transparency.
          paintImage(data, info.width, info.height, pixels, image.width, image.height, Math.round(place.left), Math.round(place.top), (slot as { round?: boolean }).round === true, slot.fit === 'cover');
        }
      };
      await paint();
      lap('paint');
      if (format === 'png') {
        const bytes = await encodePng(data, info.width, info.height);
        lap('encode');
        return { bytes, format, tree };
      }
      let bytes = Buffer.alloc(0);
      let blur = 0;
      for (const step of JPEG_STEPS) {
        // An opaque panel covers its whole place, so painting it again, softer, replaces it.
        if ((step.blur ?? 0) !== blur) await paint(isPanel, (blur = step.blur ?? 0));
        bytes = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
          .removeAlpha()
          .jpeg({ quality: step.quality, chromaSubsampling: '4:4:4', optimiseCoding: step.optimise ?? true })
          .toBuffer();
        if (bytes.byteLength <= MAX_CARD_BYTES) break;
      }
      lap('encode');
      return { bytes, format, tree };
    },
  };
}

/**
 * The pixels of satori's SVG, drawn by resvg (the renderer satori is made for): RGBA, opaque, since
 * every template paints a full background. Measured against librsvg through sharp on the same cards:
 * 10 ms against 19 ms a card (median, one thread). System fonts are not loaded: satori draws all
 * text as paths, so they are never used, and loading them cost 3 ms a card on a machine with few
 * fonts (more with every font a machine has).
 */
function rasterise(svg: string): { data: Buffer; info: { width: number; height: number } } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { data: image.pixels, info: { width: image.width, height: image.height } };
}

/** The most a card may weigh (the limit is 150 KB; some margin). */
export const MAX_CARD_BYTES = 140 * 1024;

/**
 * JPEG settings tried in turn until a card is light enough: quality 85 with full-resolution colour
 * (4:4:4) keeps text edges clean. The first try skips optimised Huffman tables, which took half of
 * the encoding time (measured 9–11 ms against 5 ms a card) for files 4–24% smaller; a card over the
 * limit gets them, then a lower quality, and a photo that is nearly noise is softened too.
 */
const JPEG_STEPS: { quality: number; optimise?: boolean; blur?: number }[] = [
  { quality: 85, optimise: false },
  { quality: 85 },
  { quality: 72 },
  { quality: 60 },
  { quality: 45 },
  { quality: 45, blur: 1.5 },
  { quality: 35, blur: 4 },
];

/** A prepared photo's pixels, blurred. */
async function blurred(image: PreparedImage, sigma: number): Promise<Uint8Array> {
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).blur(sigma).raw().toBuffer();
}

/** A card without a photo panel as a palette PNG: the fast exact encoder, or sharp's quantiser for a card with too many colours. */
async function encodePng(rgba: Buffer, width: number, height: number): Promise<Buffer> {
  return encodePalettePng(rgba, width, height) ?? (await sharp(rgba, { raw: { width, height, channels: 4 } }).png({ palette: true, effort: 1, dither: 0 }).toBuffer());
}
