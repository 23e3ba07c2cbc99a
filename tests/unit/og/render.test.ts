import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardFormatOf, IMAGE_SLOTS, type CardText } from '../../../src/lib/og/card-content.ts';
import { prepareImage } from '../../../src/lib/og/images-fs.ts';
import { encodePalettePng } from '../../../src/lib/og/png-encode.ts';
import { paintImage, type CardRenderer } from '../../../src/lib/og/render-card.ts';
import { buildCardTree, IMAGE_KEY_PREFIX } from '../../../src/lib/og/templates.ts';
import { contentOf, getRenderer, LONG_TITLE } from './renderer.ts';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

const variants: [string, CardText, boolean, 'png' | 'jpeg'][] = [
  ['story', { template: 'story', title: 'Tien jaar nachtploeg in Kortrijk', person: { name: 'Lotte Maes', detail: 'Night shift lead · Bakery', others: 1 }, theme: 'Life at Korenbloem' }, true, 'png'],
  ['story without photo', { template: 'story', title: LONG_TITLE, person: { name: 'Gaëlle Dupont', detail: 'Développeuse · Digital', others: 0 } }, false, 'png'],
  ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead', team: 'Bakery & Production', quote: 'Om vier uur ’s nachts ruikt heel Kortrijk naar ons brood.' }, true, 'jpeg'],
  ['ambassador without photo', { template: 'ambassador', name: 'Gaëlle Dupont', role: 'Développeuse', quote: 'Ça roule 🚲 !' }, false, 'png'],
  ['job', { template: 'job', title: 'Sourdough baker (night shift)', team: 'Bakery & Production', locations: ['Kortrijk'], workMode: 'On-site', closed: false }, false, 'png'],
  ['closed job', { template: 'job', title: 'Summer packer', locations: ['Namur'], workMode: 'On-site', closed: true }, false, 'png'],
  ['share post', { template: 'share', title: 'Say welkom to our digital team', text: 'Our digital team in Namur is growing.', themes: ['Tech'], target: 'Story · Welkom' }, true, 'jpeg'],
  ['share post without picture', { template: 'share', title: 'Say welkom to our digital team', themes: ['Tech'] }, false, 'png'],
  ['site', { template: 'site', tagline: 'Bread, beer and biscuits from Flanders', description: 'A fictional bakery group.' }, false, 'png'],
];

describe.each(variants)('a rendered %s card', (_, text, photo, format) => {
  it(`is a 1200×630 ${format === 'png' ? 'palette PNG' : 'JPEG'} under 150 KB, the format its images decide`, async () => {
    const content = await contentOf(text, { photo });
    const card = await renderer.render(content);
    expect(card.format).toBe(format);
    expect(cardFormatOf(content.images)).toBe(format);
    const meta = await sharp(card.bytes).metadata();
    expect(meta).toMatchObject({ format, width: 1200, height: 630 });
    if (format === 'png') expect(meta.isPalette).toBe(true);
    else expect(meta.chromaSubsampling).toBe('4:4:4');
    expect(card.bytes.byteLength).toBeLessThan(150 * 1024);
  });
});

/** The mean absolute difference per channel between an area of a card and an image painted there. */
async function differenceIn(card: Buffer, image: { pixels: Uint8Array; width: number; height: number }, left: number, top: number): Promise<number> {
  const rgb = await sharp(card).removeAlpha().raw().toBuffer();
  let sum = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      for (let c = 0; c < 3; c++) sum += Math.abs(rgb[((top + y) * 1200 + left + x) * 3 + c]! - image.pixels[(y * image.width + x) * 4 + c]!);
    }
  }
  return sum / (image.width * image.height * 3);
}

describe('photos', () => {
  it.each([
    ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead' } as CardText, 'ambassadorPhoto', 0],
    ['share post', { template: 'share', title: 'Say welkom', themes: [] } as CardText, 'sharePicture', 760],
  ] as const)('are painted in full colour into the %s card’s photo panel', async (_, text, slot, left) => {
    const content = await contentOf(text);
    content.images[slot] = await prepareImage(await gradientPhoto(), slot);
    const { bytes } = await renderer.render(content);
    // A JPEG at quality 85 stays within a few levels of the photo; a 96-colour palette did not.
    expect(await differenceIn(bytes, content.images[slot]!, left, 0)).toBeLessThan(2);
  });

  it('are kept in all their colours for a panel, and reduced to a palette for a story’s round photo', async () => {
    const photo = await gradientPhoto();
    const colours = (image: { pixels: Uint8Array }) => {
      const seen = new Set<number>();
      for (let i = 0; i < image.pixels.length; i += 4) seen.add((image.pixels[i]! << 16) | (image.pixels[i + 1]! << 8) | image.pixels[i + 2]!);
      return seen.size;
    };
    expect(colours(await prepareImage(photo, 'ambassadorPhoto'))).toBeGreaterThan(1000);
    expect(colours(await prepareImage(photo, 'storyPhoto'))).toBeLessThanOrEqual(256);
  });

  it('keep a story card a palette PNG close to its photo', async () => {
    const content = await contentOf(variants[0]![1]);
    content.images.storyPhoto = await prepareImage(await gradientPhoto(), 'storyPhoto');
    const card = await renderer.render(content);
    expect(await sharp(card.bytes).metadata()).toMatchObject({ format: 'png', isPalette: true });
    // The centre of the round photo (its corners are the card's background).
    const photo = content.images.storyPhoto;
    const inner = { width: 60, height: 60, pixels: new Uint8Array(60 * 60 * 4) };
    for (let y = 0; y < 60; y++) inner.pixels.set(photo.pixels.subarray(((30 + y) * 120 + 30) * 4, ((30 + y) * 120 + 90) * 4), y * 60 * 4);
    let place = { left: -1, top: -1 };
    await renderer.toSvg(buildCardTree(content, renderer.typeface).root, (node) => {
      if (node.key === `${IMAGE_KEY_PREFIX}storyPhoto`) place = { left: Math.round(node.left), top: Math.round(node.top) };
    });
    expect(await differenceIn(card.bytes, inner, place.left + 30, place.top + 30)).toBeLessThan(4);
  });
});

/** A 600×600 photo-like picture: smooth gradients in every direction, thousands of colours. */
async function gradientPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><defs><linearGradient id="a" x2="1" y2="1"><stop offset="0" stop-color="#f3c9a0"/><stop offset="1" stop-color="#27507a"/></linearGradient><radialGradient id="b"><stop offset="0" stop-color="#e0604f" stop-opacity="0.8"/><stop offset="1" stop-color="#e0604f" stop-opacity="0"/></radialGradient></defs><rect width="600" height="600" fill="url(#a)"/><circle cx="300" cy="260" r="220" fill="url(#b)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 95 }).toBuffer();
}

describe('a very detailed photo', () => {
  it.each([
    ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead' } as CardText, 'ambassadorPhoto'],
    ['share post', { template: 'share', title: 'Say welkom', themes: ['Tech'] } as CardText, 'sharePicture'],
  ] as const)('is encoded at a lower quality, then softened, until the %s card weighs under 150 KB', async (_, text, slot) => {
    // Noise at the panel's own size is the worst case: a photo that does not compress at all.
    const { width, height } = IMAGE_SLOTS[slot];
    const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 70 } } }).png().toBuffer();
    const content = await contentOf(text);
    content.images[slot] = await prepareImage(noise, slot);
    const { bytes, format } = await renderer.render(content);
    expect(format).toBe('jpeg');
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
  });
});

describe('paintImage', () => {
  it('paints a round image as a circle with a soft edge, leaving the corners', () => {
    const card = new Uint8Array(10 * 10 * 4).fill(255);
    const image = new Uint8Array(10 * 10 * 4);
    for (let i = 0; i < 100; i++) image.set([0, 0, 0, 255], i * 4);
    paintImage(card, 10, 10, image, 10, 10, 0, 0, true);
    const at = (x: number, y: number) => card[(y * 10 + x) * 4]!;
    expect(at(5, 5)).toBe(0); // centre: the image
    expect(at(0, 0)).toBe(255); // corner: the card
    expect(at(0, 5)).toBeGreaterThan(0); // on the edge: a blend
    expect(at(0, 5)).toBeLessThan(255);
  });
});

describe('encodePalettePng', () => {
  const image = (colours: number) => {
    const rgba = new Uint8Array(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) {
      const c = i % colours;
      rgba.set([c & 255, (c >> 8) * 16, 7, 255], i * 4);
    }
    return rgba;
  };
  const decode = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();

  it('is lossless for 256 colours or fewer', async () => {
    const rgba = image(256);
    const png = encodePalettePng(rgba, 64, 64)!;
    const rgb = await decode(png);
    for (let i = 0; i < 64 * 64; i++) expect([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]]).toEqual([rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]]);
  });

  it('maps rare colours beyond 256 to the nearest kept one', async () => {
    const rgba = image(256);
    rgba.set([255, 1, 7, 255], 0); // one pixel of a 257th colour, nearest to (255, 0, 7)
    const rgb = await decode(encodePalettePng(rgba, 64, 64)!);
    expect([...rgb.subarray(0, 3)]).toEqual([255, 0, 7]);
  });

  it('is lossless for runs of one colour across rows, from pixels at any byte offset', async () => {
    // Runs of 1 to 90 pixels in an odd width, so that runs end mid-row and cross row ends.
    const width = 37;
    const height = 23;
    const bytes = Buffer.alloc(width * height * 4 + 1);
    const rgba = bytes.subarray(1); // not aligned to 4 bytes, as a pixel buffer may be
    for (let i = 0, run = 0, length = 1; i < width * height; i++) {
      if (--length <= 0) length = 1 + ((++run * 37) % 90);
      rgba.set([(run * 50) % 256, (run * 90) % 256, run % 3, 255], i * 4);
    }
    const rgb = await decode(encodePalettePng(rgba, width, height)!);
    for (let i = 0; i < width * height; i++) expect([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]]).toEqual([rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]]);
  });

  it('gives up above the colour limit so the caller can quantise', () => {
    expect(encodePalettePng(image(4096), 64, 64, { maxColours: 1000 })).toBeUndefined();
  });
});
