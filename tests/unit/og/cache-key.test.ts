import { describe, expect, it } from 'vitest';
import { computeCardKey, stableJson, type KeyContext } from '../../../src/lib/og/cache-key.ts';
import type { CardContent } from '../../../src/lib/og/card-content.ts';
import { listEntryCards, type CardCatalog, type CardSite } from '../../../src/lib/og/cards.ts';

const context: KeyContext = { templateVersion: '1', fontHash: 'f0', rendererHash: 'r0' };
const card: CardContent<string> = {
  text: { template: 'story', title: 'Welkom', person: { name: 'Gaëlle Dupont', detail: 'Développeuse · Digital', others: 0 }, theme: 'Tech' },
  brand: { name: 'Korenbloem', host: 'careers.korenbloem.be', primary: '#5b2a86', accent: '#f4b942' },
  images: { logo: 'hash-of-logo', storyPhoto: 'hash-of-photo' },
};
const key = computeCardKey(card, 'png', context);

describe('the card cache key', () => {
  it('is a 32-character hex hash', () => {
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['the title', { ...card, text: { ...card.text, title: 'Welkom!' } }, context],
    ['a person on the card', { ...card, text: { ...card.text, person: { name: 'Gaëlle Dupont', detail: 'Développeuse · Digital', others: 1 } } }, context],
    ['the primary colour', { ...card, brand: { ...card.brand, primary: '#5b2a87' } }, context],
    ['the accent colour', { ...card, brand: { ...card.brand, accent: undefined } }, context],
    ['the host name', { ...card, brand: { ...card.brand, host: 'jobs.korenbloem.be' } }, context],
    ['the bytes of the photo', { ...card, images: { ...card.images, storyPhoto: 'hash-of-another-photo' } }, context],
    ['the photo moving to another slot', { ...card, images: { logo: 'hash-of-logo', ambassadorPhoto: 'hash-of-photo' } }, context],
    ['the template version', card, { ...context, templateVersion: '2' }],
    ['the font bytes', card, { ...context, fontHash: 'f1' }],
    ['the renderer', card, { ...context, rendererHash: 'r1' }],
  ] as [string, CardContent<string>, KeyContext][])('changes with %s', (_, changed, changedContext) => {
    expect(computeCardKey(changed, 'png', changedContext)).not.toBe(key);
  });

  it('changes with the file format', () => {
    expect(computeCardKey(card, 'jpeg', context)).not.toBe(key);
  });

  it('does not change with the order of fields or with fields left undefined', () => {
    const reordered: CardContent<string> = {
      images: { storyPhoto: 'hash-of-photo', logo: 'hash-of-logo' },
      brand: { accent: '#f4b942', primary: '#5b2a86', host: 'careers.korenbloem.be', name: 'Korenbloem' },
      text: { theme: 'Tech', person: { others: 0, detail: 'Développeuse · Digital', name: 'Gaëlle Dupont' }, title: 'Welkom', template: 'story' },
    };
    expect(computeCardKey(reordered, 'png', context)).toBe(key);
    expect(computeCardKey({ ...card, images: { ...card.images, sharePicture: undefined } }, 'png', context)).toBe(key);
  });

  it('writes JSON with sorted keys', () => {
    expect(stableJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toMatchInlineSnapshot(`"{"a":[2,{"c":"x"}],"b":1}"`);
  });
});

describe('what a story card is keyed on', () => {
  const site: CardSite = {
    name: 'Korenbloem',
    origin: 'https://careers.korenbloem.be',
    tagline: 't',
    description: 'd',
    colors: { primary: '#5b2a86' },
    teamById: new Map([['digital', { name: 'Digital' }]]),
    locationById: new Map(),
    themeById: new Map([['tech', { label: 'Tech' }]]),
  };
  const gaelle = { id: 'gaelle-dupont', data: { name: 'Gaëlle Dupont', role: 'Développeuse', team: 'digital' } };
  const catalogWith = (story: { id: string; data: Record<string, unknown> }): CardCatalog =>
    ({
      ambassadors: [gaelle],
      stories: [story],
      openJobs: [],
      closedJobs: [],
      share: [],
      ambassadorsOf: (ids: readonly string[]) => (ids.includes('gaelle-dupont') ? [gaelle] : []),
      story: () => undefined,
      job: () => undefined,
    }) as unknown as CardCatalog;
  const story = { id: 'welkom', data: { title: 'Welkom', summary: 'One word.', date: new Date('2026-02-01'), ambassadors: ['gaelle-dupont'], themes: ['tech'], body: 'Hello' } };
  const keyOf = (s: typeof story) => {
    const spec = listEntryCards(site, catalogWith(s))[0]!;
    return computeCardKey(spec.content, spec.format, context);
  };

  it('ignores what the card does not draw: summary, date, body, id', () => {
    const base = keyOf(story);
    expect(keyOf({ ...story, id: 'welcome', data: { ...story.data, summary: 'Changed.', date: new Date('2026-02-02'), body: 'Changed' } })).toBe(base);
  });

  it('follows what it draws: the title, the storyteller, the theme', () => {
    const base = keyOf(story);
    expect(keyOf({ ...story, data: { ...story.data, title: 'Bienvenue' } })).not.toBe(base);
    expect(keyOf({ ...story, data: { ...story.data, ambassadors: [] } })).not.toBe(base);
    expect(keyOf({ ...story, data: { ...story.data, themes: [] } })).not.toBe(base);
  });
});
