/**
 * Every card drawn with the longest values the schemas allow (tests/helpers/longest.ts), through
 * the real renderer and satori: the field a card is about (a title, a name, a quote, the tagline)
 * is drawn whole, not cut with "…", and every text satori lays out stays inside the card. One-line
 * mentions (a byline, a chip, the theme pill) may shorten with "…": that is their design.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardText } from '../../../src/lib/og/card-content.ts';
import type { CardRenderer, LaidOutNode } from '../../../src/lib/og/render-card.ts';
import { buildCardTree, CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/og/templates.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { LONGEST } from '../../helpers/longest.ts';
import { contentOf, getRenderer } from './renderer.ts';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

const L = LONGEST;
const brandName = { name: L.site.name };

/** Each card at its longest, with the roles that must be drawn whole. */
const cards: { name: string; text: CardText; photo?: boolean; logo?: boolean; whole: string[] }[] = [
  {
    name: 'story',
    text: { template: 'story', title: L.stories.title, person: { name: L.ambassadors.name, detail: `${L.ambassadors.role} · ${L.site.teamName}`, others: 2 }, theme: L.themes.label },
    photo: true,
    whole: ['title'],
  },
  { name: 'ambassador, with a photo', text: { template: 'ambassador', name: L.ambassadors.name, role: L.ambassadors.role, team: L.site.teamName, quote: L.ambassadors.quote }, photo: true, whole: ['name', 'quote'] },
  { name: 'ambassador, initials', text: { template: 'ambassador', name: L.ambassadors.name, role: L.ambassadors.role, team: L.site.teamName, quote: L.ambassadors.quote }, whole: ['name', 'quote'] },
  { name: 'job', text: { template: 'job', title: L.jobs.title, team: L.site.teamName, locations: [L.site.locationName, L.site.locationName], workMode: 'Hybrid', closed: false }, whole: ['title'] },
  { name: 'closed job', text: { template: 'job', title: L.jobs.title, team: L.site.teamName, locations: [L.site.locationName], workMode: 'Remote', closed: true }, whole: ['title'] },
  {
    name: 'share post, with a picture',
    text: { template: 'share', title: L.share.title, text: 'x'.repeat(280), themes: [L.themes.label, L.themes.label, L.themes.label], target: `Story · ${L.stories.title}` },
    photo: true,
    whole: ['title'],
  },
  { name: 'share post', text: { template: 'share', title: L.share.title, text: L.recognition.message, themes: [L.themes.label], target: `Job · ${L.jobs.title}` }, whole: ['title'] },
  { name: 'site, without a logo', text: { template: 'site', tagline: L.site.tagline, description: L.site.description }, logo: false, whole: ['tagline', 'description'] },
];

describe.each(cards)('the $name card at the limits', ({ text, photo, logo, whole }) => {
  it('draws the text it is about whole, at the limit of each field', async () => {
    const content = await contentOf(text, { photo, logo });
    const tree = buildCardTree({ ...content, brand: { ...content.brand, ...brandName } }, renderer.typeface);
    for (const role of whole) {
      const fit = tree.fits[role]!;
      expect(fit, role).toBeDefined();
      expect(fit.truncated, `${role}: ${fit.text}`).toBe(false);
      expect(fit.lines.length).toBeLessThanOrEqual(fit.maxLines);
    }
  });

  it('keeps every text satori lays out inside the card', async () => {
    const content = await contentOf(text, { photo, logo });
    const tree = buildCardTree({ ...content, brand: { ...content.brand, ...brandName } }, renderer.typeface);
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

describe('the limits themselves', () => {
  it('are what the longest values are made of', () => {
    expect([...L.ambassadors.name].length).toBe(LIMITS.ambassadors.name.max);
    expect([...L.stories.title].length).toBe(LIMITS.stories.title.max);
    expect([...L.share.title].length).toBe(LIMITS.share.title.max);
  });

  it('one character more than a title of the share card, written in long words, would no longer fit whole (the limit is tight)', async () => {
    const long = `${L.share.title} ${L.share.title}`.slice(0, 110);
    const content = await contentOf({ template: 'share', title: long, themes: [], target: '' }, { photo: true });
    expect(buildCardTree(content, renderer.typeface).fits.title!.truncated).toBe(true);
  });
});
