/** Shared by the card tests: one renderer with the real fonts, and a sample brand and photo. */
import path from 'node:path';
import sharp from 'sharp';
import type { CardBrand, CardContent, CardText } from '../../../src/lib/og/card-content.ts';
import { loadFontFiles } from '../../../src/lib/og/fonts-fs.ts';
import { prepareImage } from '../../../src/lib/og/images-fs.ts';
import { createCardRenderer, type CardRenderer } from '../../../src/lib/og/render-card.ts';
import type { PreparedImage } from '../../../src/lib/og/templates.ts';

let renderer: Promise<CardRenderer> | undefined;

/** The renderer, created once per test file. */
export function getRenderer(): Promise<CardRenderer> {
  return (renderer ??= loadFontFiles().then(createCardRenderer));
}

/** The fixture site's brand. */
export const BRAND: CardBrand = { name: 'Korenbloem', host: 'careers.korenbloem.be', primary: '#5b2a86', accent: '#f4b942' };

/** The fixture's photo and logo files. */
export const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/cards');
export const PHOTO = path.join(FIXTURE, 'ambassadors/lotte-maes/photo.png');
export const LOGO = path.join(FIXTURE, 'logo.png');

/** A card's content with prepared images. */
export async function contentOf(text: CardText, images: { photo?: boolean; logo?: boolean } = {}): Promise<CardContent<PreparedImage>> {
  const read = (file: string) => sharp(file).toBuffer();
  const prepared: CardContent<PreparedImage>['images'] = {};
  if (images.logo !== false) prepared[text.template === 'site' ? 'siteLogo' : 'logo'] = await prepareImage(await read(LOGO), text.template === 'site' ? 'siteLogo' : 'logo');
  if (images.photo) {
    const slot = text.template === 'story' ? 'storyPhoto' : text.template === 'share' ? 'sharePicture' : 'ambassadorPhoto';
    prepared[slot] = await prepareImage(await read(PHOTO), slot);
  }
  return { text, brand: BRAND, images: prepared };
}

/** A 200-character title. */
export const LONG_TITLE =
  'Ten years of night shifts in Kortrijk: how a temporary summer job in the bakery turned into a career, a team of forty people, and a lifelong love for sourdough bread, rye bread and speculoos biscuits!';
