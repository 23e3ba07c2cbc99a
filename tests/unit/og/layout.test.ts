/**
 * Long text shrinks, wraps and ends in "…" and never leaves its box; short text is drawn large.
 * Checked three ways: the fit the templates computed, satori's own layout of that text without any
 * line clamp, and the pixels: the ink of a text (the card drawn with and without it) stays inside
 * the area reserved for it.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardLabels, CardText } from '../../../src/lib/og/card-content.ts';
import { useStrings } from '../../../src/i18n/index.ts';
import { fitText } from '../../../src/lib/og/fit.ts';
import { FONT_FAMILY } from '../../../src/lib/og/fonts.ts';
import type { CardRenderer, LaidOutNode } from '../../../src/lib/og/render-card.ts';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH, type CardNode } from '../../../src/lib/og/templates.ts';
import { contentOf, getRenderer, LONG_TITLE } from './renderer.ts';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

/** Pixels of a card. */
async function pixels(root: CardNode): Promise<Buffer> {
  return sharp(Buffer.from(await renderer.toSvg(root))).ensureAlpha().raw().toBuffer();
}

/** A copy of the tree with the element that holds `text` drawn in transparent ink. */
function withoutInk(node: CardNode, text: string): CardNode {
  const children = node.props.children;
  if (children === text) return { ...node, props: { ...node.props, style: { ...node.props.style, color: 'transparent' } } };
  const list = Array.isArray(children) ? children : children === undefined ? [] : [children];
  const mapped = list.map((c) => (typeof c === 'string' ? c : withoutInk(c, text)));
  return { ...node, props: { ...node.props, children: Array.isArray(children) ? mapped : mapped[0] } };
}

/** The bounding box of the pixels where a text's ink is (the card drawn with and without it). */
async function inkBox(root: CardNode, text: string) {
  const [a, b] = await Promise.all([pixels(root), pixels(withoutInk(root, text))]);
  let left = Infinity, top = Infinity, right = -1, bottom = -1;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue;
    const x = (i / 4) % CARD_WIDTH;
    const y = Math.floor(i / 4 / CARD_WIDTH);
    left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
  }
  return { left, top, right, bottom };
}

/** The area each card keeps for its main text: below the header, above the footer, inside the margins. */
const cases: { name: string; role: string; largest: number; text: CardText; photo?: boolean; area: { left: number; top: number; right: number; bottom: number } }[] = [
  {
    name: 'story title',
    largest: 76,
    role: 'title',
    text: { template: 'story', title: LONG_TITLE, person: { name: 'Lotte Maes', detail: 'Night shift lead · Bakery & Production', others: 0 }, theme: 'Life at Korenbloem' },
    photo: true,
    area: { left: 64, top: 124, right: 1136, bottom: 440 },
  },
  {
    name: 'job title',
    largest: 84,
    role: 'title',
    text: { template: 'job', title: LONG_TITLE, team: 'Bakery & Production', locations: ['Kortrijk', 'Namur'], workMode: 'On-site', closed: false },
    area: { left: 88, top: 124, right: 1136, bottom: 442 },
  },
  {
    name: 'share post title',
    largest: 60,
    role: 'title',
    text: { template: 'share', title: LONG_TITLE, text: LONG_TITLE + ' ' + LONG_TITLE, themes: ['Life at Korenbloem', 'Tech'], target: 'Story · ' + LONG_TITLE },
    photo: true,
    area: { left: 64, top: 124, right: 1200 - 440 - 64, bottom: 560 },
  },
  {
    name: 'ambassador quote',
    largest: 34,
    role: 'quote',
    text: { template: 'ambassador', name: 'Gaëlle Dupont-Vanderstraeten de la Fontaine-Lemaître', role: 'Développeuse front-end et responsable accessibilité', team: 'Digital', quote: (LONG_TITLE + ' ').repeat(2).slice(0, 280) },
    photo: true,
    area: { left: 480, top: 124, right: 1140, bottom: 630 - 52 - 30 },
  },
  {
    name: 'site tagline',
    largest: 76,
    role: 'tagline',
    text: { template: 'site', tagline: LONG_TITLE, description: LONG_TITLE },
    area: { left: 72, top: 64 + 112, right: 1128, bottom: 630 - 72 - 52 },
  },
];

/** The same card with its main text three times as long. */
function tripled(text: CardText, role: string): CardText {
  const key = role === 'tagline' ? 'tagline' : role === 'quote' ? 'quote' : 'title';
  const value = (text as unknown as Record<string, string>)[key]!;
  return { ...text, [key]: `${value} ${value} ${value}` } as CardText;
}

describe.each(cases)('a 200-character $name', ({ role, text, photo, area, largest }) => {
  it('shrinks and wraps, and its ink stays inside its area', async () => {
    const tree = buildCardTree(await contentOf(text, { photo }), renderer.typeface);
    const fit = tree.fits[role]!;
    expect(fit.fontSize).toBeLessThan(largest);
    expect(fit.lines.length).toBeGreaterThan(1);
    expect(fit.lines.length).toBeLessThanOrEqual(fit.maxLines);
    const ink = await inkBox(tree.root, fit.text);
    expect(ink.right).toBeGreaterThan(ink.left); // it is drawn
    expect(ink.left).toBeGreaterThanOrEqual(area.left);
    expect(ink.right).toBeLessThanOrEqual(area.right);
    expect(ink.top).toBeGreaterThanOrEqual(area.top);
    expect(ink.bottom).toBeLessThanOrEqual(area.bottom);
  });

  it('three times as long, ends in an ellipsis at the smallest size, still inside its area', async () => {
    const tree = buildCardTree(await contentOf(tripled(text, role), { photo }), renderer.typeface);
    const fit = tree.fits[role]!;
    expect(fit.truncated).toBe(true);
    expect(fit.text.endsWith('…')).toBe(true);
    expect(fit.lines.length).toBe(fit.maxLines);
    const ink = await inkBox(tree.root, fit.text);
    expect(ink.left).toBeGreaterThanOrEqual(area.left);
    expect(ink.right).toBeLessThanOrEqual(area.right);
    expect(ink.top).toBeGreaterThanOrEqual(area.top);
    expect(ink.bottom).toBeLessThanOrEqual(area.bottom);
  });

  it('keeps every element of the card inside the card', async () => {
    const tree = buildCardTree(await contentOf(text, { photo }), renderer.typeface);
    const texts: LaidOutNode[] = [];
    await renderer.toSvg(tree.root, (node) => {
      if (node.textContent) texts.push(node);
    });
    expect(texts.length).toBeGreaterThan(2);
    for (const node of texts) {
      expect(node.left, node.textContent).toBeGreaterThanOrEqual(0);
      expect(node.top, node.textContent).toBeGreaterThanOrEqual(0);
      expect(node.left + node.width, node.textContent).toBeLessThanOrEqual(CARD_WIDTH);
      expect(node.top + node.height, node.textContent).toBeLessThanOrEqual(CARD_HEIGHT);
    }
  });
});

describe('a one-word story title', () => {
  it('is drawn at the largest size, whole', async () => {
    const tree = buildCardTree(
      await contentOf({ template: 'story', title: 'Welkom', person: { name: 'Gaëlle Dupont', detail: 'Développeuse · Digital', others: 1 } }),
      renderer.typeface,
    );
    expect(tree.fits.title).toMatchObject({ text: 'Welkom', fontSize: 76, truncated: false, lines: ['Welkom'] });
  });
});

describe('the fit agrees with satori', () => {
  const sizes = [76, 70, 64, 58, 52, 46, 42, 38];
  const texts = [LONG_TITLE, 'Welkom', 'Magazijnmedewerker nachtploeg (m/v/x) — Antwerpen Haven', 'Responsable de la maintenance des équipements de boulangerie industrielle à Namur', 'Supercalifragilisticexpialidociouslyunbreakablewordthatisverylongindeed and more', 'Pourquoi rester à Namur\u00a0? «\u00a0Parce que le chocolat, c’est une affaire sérieuse, et la praline encore plus\u00a0!\u00a0» nous dit Anaïs'];
  it.each(texts)('satori needs no more lines than the fit allowed for "%s"', async (text) => {
    const box = { width: 1072, height: 276, sizes, weight: 800 as const, lineHeight: 1.12, maxLines: 5 };
    const fit = fitText(text, renderer.typeface, box);
    let height = 0;
    // The fitted text laid out by satori in the same width, without a line clamp.
    await renderer.toSvg(
      {
        type: 'div',
        props: {
          style: { display: 'flex', alignItems: 'flex-start', width: CARD_WIDTH, height: CARD_HEIGHT, fontFamily: FONT_FAMILY },
          children: { type: 'div', props: { style: { display: 'block', maxWidth: box.width, fontSize: fit.fontSize, fontWeight: 800, lineHeight: box.lineHeight, wordBreak: 'break-word' }, children: fit.text } },
        },
      },
      (node) => {
        if (node.textContent === fit.text) height = node.height;
      },
    );
    const lines = Math.round(height / (fit.fontSize * box.lineHeight));
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThanOrEqual(fit.maxLines);
    expect(lines * fit.fontSize * box.lineHeight).toBeLessThanOrEqual(box.height + 0.5);
  });
});

describe('an ambassador quote', () => {
  const quoteOf = async (quote: string, labels?: CardLabels) => {
    const content = await contentOf({ template: 'ambassador', name: 'Anaïs Dubois', role: 'Chocolatière', team: 'Atelier', quote });
    return buildCardTree({ ...content, labels }, renderer.typeface).fits.quote!.text;
  };

  it('is drawn in the quotation marks of the card’s language, the author’s own marks left out', async () => {
    // French puts a narrow no-break space inside « »; a plain no-break space where the fonts lack it.
    const space = renderer.typeface.covers(0x202f) ? '\u202f' : '\u00a0';
    const FRENCH = `«${space}Une praline, c’est de la patience.${space}»`;
    expect(await quoteOf('Une praline, c’est de la patience.', useStrings('fr').card)).toBe(FRENCH);
    expect(await quoteOf('« Une praline, c’est de la patience. »', useStrings('fr').card)).toBe(FRENCH);
    expect(await quoteOf('"Bread at four."')).toBe('“Bread at four.”');
    expect(await quoteOf('„Brood om vier uur.”', useStrings('nl').card)).toBe('“Brood om vier uur.”');
  });
});
