/**
 * One card, drawn: template → satori (SVG, text as paths) → librsvg via sharp (pixels) → the photos
 * and logo painted into their places → palette PNG (png-encode.ts, or sharp's quantiser for images
 * with too many colours). A card over MAX_CARD_BYTES (a very detailed photo) is drawn again with
 * ever simpler photos. Used by the render workers and, in-process, by tests.
 */
import satori from 'satori';
import sharp from 'sharp';
import { IMAGE_SLOTS, type CardContent, type ImageSlot } from './card-content.ts';
import { createTypeface, toSatoriFonts, type FontFile, type Typeface } from './fonts.ts';
import { encodePalettePng } from './png-encode.ts';
import { quantisePhoto } from './quantise.ts';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH, IMAGE_KEY_PREFIX, type CardNode, type CardTree, type PreparedImage } from './templates.ts';

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
    async render(content) {
      const tree = buildCardTree(content, typeface);
      const places: { slot: ImageSlot; left: number; top: number }[] = [];
      const svg = Buffer.from(
        await toSvg(tree.root, (node) => {
          if (typeof node.key === 'string' && node.key.startsWith(IMAGE_KEY_PREFIX)) places.push({ slot: node.key.slice(IMAGE_KEY_PREFIX.length) as ImageSlot, left: node.left, top: node.top });
        }),
      );
      const draw = async (step?: CompactStep) => {
        const { data, info } = await sharp(svg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        for (const place of places) {
          const image = content.images[place.slot];
          if (!image) continue;
          const slot = IMAGE_SLOTS[place.slot];
          const pixels = await pixelsOf(image, slot.fit === 'cover' ? step : undefined);
          // Photos (slots that cover) are prepared opaque; logos keep their transparency.
          paintImage(data, info.width, info.height, pixels, image.width, image.height, Math.round(place.left), Math.round(place.top), (slot as { round?: boolean }).round === true, slot.fit === 'cover');
        }
        return (
          encodePalettePng(data, info.width, info.height) ??
          (await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).png({ palette: true, compressionLevel: 9, effort: 4 }).toBuffer())
        );
      };
      let png = await draw();
      // A detailed photograph can make the card too heavy: draw it again with a simpler photo.
      const hasPhoto = places.some((p) => IMAGE_SLOTS[p.slot].fit === 'cover' && content.images[p.slot]);
      for (const step of COMPACT_STEPS) {
        if (png.byteLength <= MAX_CARD_BYTES || !hasPhoto) break;
        png = await draw(step);
      }
      return { png, tree };
    },
  };
}

/** The most a card may weigh before its photos are simplified (the limit is 150 KB; some margin). */
export const MAX_CARD_BYTES = 140 * 1024;

/** A simpler version of a photo: fewer colours, no dither, optionally blurred. */
interface CompactStep {
  colours: number;
  blur?: number;
}

/** Ever simpler photos, tried in turn until the card is light enough. */
const COMPACT_STEPS: CompactStep[] = [{ colours: 48 }, { colours: 24 }, { colours: 12, blur: 2 }];

/** An image's RGBA pixels, as prepared or simplified by a step. */
async function pixelsOf(image: PreparedImage, step?: CompactStep): Promise<Uint8Array> {
  if (!step) return sharp(image.png).ensureAlpha().raw().toBuffer();
  let decoded = sharp(image.png).removeAlpha();
  if (step.blur) decoded = decoded.blur(step.blur);
  const rgb = await decoded.raw().toBuffer();
  const { indices, palette } = quantisePhoto(rgb, image.width, image.height, 3, step.colours, 0);
  const rgba = new Uint8Array(indices.length * 4);
  for (let i = 0; i < indices.length; i++) {
    const p = indices[i]! * 3;
    rgba[i * 4] = palette[p]!;
    rgba[i * 4 + 1] = palette[p + 1]!;
    rgba[i * 4 + 2] = palette[p + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}
