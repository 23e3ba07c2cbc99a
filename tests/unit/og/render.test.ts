import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardText } from '../../../src/lib/og/card-content';
import { prepareImage } from '../../../src/lib/og/images-fs';
import { encodePalettePng } from '../../../src/lib/og/png-encode';
import type { CardRenderer } from '../../../src/lib/og/render-card';
import { contentOf, getRenderer, LONG_TITLE } from './renderer';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

const variants: [string, CardText, boolean][] = [
  ['story', { template: 'story', title: 'Tien jaar nachtploeg in Kortrijk', person: { name: 'Lotte Maes', detail: 'Night shift lead · Bakery', others: 1 }, theme: 'Life at Korenbloem' }, true],
  ['story without photo', { template: 'story', title: LONG_TITLE, person: { name: 'Gaëlle Dupont', detail: 'Développeuse · Digital', others: 0 } }, false],
  ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead', team: 'Bakery & Production', quote: 'Om vier uur ’s nachts ruikt heel Kortrijk naar ons brood.' }, true],
  ['ambassador without photo', { template: 'ambassador', name: 'Gaëlle Dupont', role: 'Développeuse', quote: 'Ça roule 🚲 !' }, false],
  ['job', { template: 'job', title: 'Sourdough baker (night shift)', team: 'Bakery & Production', locations: ['Kortrijk'], workMode: 'On-site', closed: false }, false],
  ['closed job', { template: 'job', title: 'Summer packer', locations: ['Namur'], workMode: 'On-site', closed: true }, false],
  ['share post', { template: 'share', title: 'Say welkom to our digital team', text: 'Our digital team in Namur is growing.', themes: ['Tech'], target: 'Story · Welkom' }, true],
  ['site', { template: 'site', tagline: 'Bread, beer and biscuits from Flanders', description: 'A fictional bakery group.' }, false],
];

describe.each(variants)('a rendered %s card', (_, text, photo) => {
  it('is a 1200×630 palette PNG under 150 KB', async () => {
    const { png } = await renderer.render(await contentOf(text, { photo }));
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: true });
    expect(png.byteLength).toBeLessThan(150 * 1024);
  });
});

describe('photos', () => {
  it.each([
    ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead' } as CardText, 'ambassadorPhoto', 0],
    ['share post', { template: 'share', title: 'Say welkom', themes: [] } as CardText, 'sharePicture', 760],
  ] as const)('are painted pixel for pixel into the %s card’s photo panel', async (_, text, slot, left) => {
    const content = await contentOf(text, { photo: true });
    const card = await sharp((await renderer.render(content)).png).removeAlpha().raw().toBuffer();
    const photo = await sharp(content.images[slot]!.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    for (const [x, y] of [[10, 10], [200, 300], [400, 620], [210, 500]]) {
      const from = (y! * photo.info.width + x!) * 3;
      const to = (y! * 1200 + left + x!) * 3;
      expect([...card.subarray(to, to + 3)], `${x},${y}`).toEqual([...photo.data.subarray(from, from + 3)]);
    }
  });
});

describe('a very detailed photo', () => {
  it.each([
    ['ambassador', { template: 'ambassador', name: 'Lotte Maes', role: 'Night shift lead' } as CardText, 'ambassadorPhoto'],
    ['share post', { template: 'share', title: 'Say welkom', themes: ['Tech'] } as CardText, 'sharePicture'],
  ] as const)('is simplified until the %s card weighs under 150 KB', async (_, text, slot) => {
    // Noise is the worst case: a photo that does not compress at all.
    const noise = await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 70 } } }).png().toBuffer();
    const content = await contentOf(text);
    content.images[slot] = await prepareImage(noise, slot);
    const { png } = await renderer.render(content);
    expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(150 * 1024);
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

  it('gives up above the colour limit so the caller can quantise', () => {
    expect(encodePalettePng(image(4096), 64, 64, { maxColours: 1000 })).toBeUndefined();
  });
});
