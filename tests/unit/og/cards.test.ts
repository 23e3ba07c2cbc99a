import { describe, expect, it } from 'vitest';
import { cardFormatOfPath, cardMediaType, cardPath } from '../../../src/lib/card-paths.ts';
import { listEntryCards, listSiteCard, shareCardPath, type CardCatalog, type CardSite } from '../../../src/lib/og/cards.ts';
import { sourceFileOf } from '../../../src/lib/og/image-source.ts';

const photo = Object.defineProperty({ src: '/_astro/photo.abc.png', width: 480, height: 480, format: 'png' }, 'fsPath', { value: '/content/ambassadors/lotte-maes/photo.png', enumerable: false });
const svgLogo = Object.assign(() => '<svg/>', { src: '/_astro/logo.abc.svg', width: 96, height: 96, format: 'svg' });
const site: CardSite = {
  name: 'Korenbloem',
  origin: 'https://careers.korenbloem.be',
  tagline: 'Bread',
  description: 'A bakery.',
  colors: { primary: '#5b2a86', accent: '#f4b942' },
  logo: svgLogo,
  teamById: new Map([['bakery', { name: 'Bakery & Production' }]]),
  locationById: new Map([['kortrijk', { name: 'Kortrijk' }], ['namur', { name: 'Namur' }]]),
  themeById: new Map([['culture', { label: 'Life at Korenbloem' }]]),
};
const lotte = { id: 'lotte-maes', data: { name: 'Lotte Maes', role: 'Night shift lead', team: 'bakery', photo, quote: 'Bread!' } };
const an = { id: 'an-claes', data: { name: 'An Claes', role: 'Planner', team: 'bakery' } };
const story = { id: 'ten-years', data: { title: 'Ten years', ambassadors: ['lotte-maes', 'an-claes'], themes: ['nope', 'culture'] } };
const open = { id: 'baker', data: { title: 'Baker', team: 'bakery', locations: ['kortrijk'], workMode: 'onsite' as const } };
const remote = { id: 'dev', data: { title: 'Developer', team: 'digital', locations: ['namur'], workMode: 'remote' as const, remoteCountries: ['BE', 'FR'] } };
const closed = { id: 'packer', data: { title: 'Packer', team: 'bakery', locations: ['namur'], workMode: 'onsite' as const } };
const post = { id: 'share-it', data: { title: 'Share it', variants: ['First', 'Second'], themes: ['culture'], story: 'ten-years' } };
const cover = Object.defineProperty({ src: '/_astro/cover.abc.jpg', width: 1600, height: 900, format: 'jpg' }, 'fsPath', { value: '/content/stories/ten-years/cover.jpg', enumerable: false });
const picture = Object.defineProperty({ src: '/_astro/open-day.abc.jpg', width: 1200, height: 630, format: 'jpg' }, 'fsPath', { value: '/content/share/open-day.jpg', enumerable: false });
const withCover = { ...story, id: 'with-cover', data: { ...story.data, cover } };
const aboutCover = { id: 'about-cover', data: { title: 'About the cover', variants: ['Look'], themes: [], story: 'with-cover' } };
const ownPicture = { id: 'own-picture', data: { title: 'Open day', variants: ['Come'], themes: [], image: picture } };
const catalog: CardCatalog = {
  ambassadors: [an, lotte],
  stories: [story],
  openJobs: [open, remote],
  closedJobs: [closed],
  share: [post],
  ambassadorsOf: (ids) => ids.flatMap((id) => [lotte, an].filter((a) => a.id === id)),
  story: (id) => (id === story.id ? story : undefined),
  job: () => undefined,
};

describe('listEntryCards', () => {
  const cards = listEntryCards(site, catalog, { logoFile: '/content/logo.svg' });

  it('lists one card per published entry, closed jobs included, at their card paths', () => {
    expect(cards.map((c) => c.path)).toEqual([
      '/og/stories/ten-years.png',
      '/og/ambassadors/an-claes.png',
      '/og/ambassadors/lotte-maes.jpg',
      '/og/jobs/baker.png',
      '/og/jobs/dev.png',
      '/og/jobs/packer.png',
      '/og/share/share-it.png',
    ]);
  });

  it('makes a card with a photo panel a JPEG, and every other card a PNG, its path saying which', () => {
    expect(cards.map((c) => [c.slug, c.format])).toEqual([
      ['ten-years', 'png'], // a small round photo
      ['an-claes', 'png'], // no photo: initials
      ['lotte-maes', 'jpeg'],
      ['baker', 'png'],
      ['dev', 'png'],
      ['packer', 'png'],
      ['share-it', 'png'], // its story has no cover
    ]);
    for (const card of cards) expect(cardFormatOfPath(card.path)).toBe(card.format);
  });

  it('gives a share post the JPEG card of its own picture, else of its story’s cover', () => {
    const withPictures: CardCatalog = { ...catalog, stories: [story, withCover], share: [post, aboutCover, ownPicture], story: (id) => [story, withCover].find((s) => s.id === id) };
    const share = listEntryCards(site, withPictures).filter((c) => c.kind === 'share');
    expect(share.map((c) => [c.path, c.content.images.sharePicture])).toEqual([
      ['/og/share/share-it.png', undefined],
      ['/og/share/about-cover.jpg', '/content/stories/ten-years/cover.jpg'],
      ['/og/share/own-picture.jpg', '/content/share/open-day.jpg'],
    ]);
  });

  it('puts a share post’s card at the path a share kit without the card index links to', () => {
    const withPictures: CardCatalog = { ...catalog, stories: [story, withCover], share: [post, aboutCover, ownPicture], story: (id) => [story, withCover].find((s) => s.id === id) };
    const coverOf = (id: string) => withPictures.story(id)?.data.cover;
    const share = listEntryCards(site, withPictures).filter((c) => c.kind === 'share');
    expect(share.map((c) => c.path)).toEqual(withPictures.share.map((p) => shareCardPath(p, coverOf)));
  });

  it('puts the language before the kind, with the extension of the format', () => {
    const language = { param: 'nl', labels: { story: 'Verhaal', people: 'Onze mensen', hiring: 'Vacature', closed: 'Gesloten', closedBand: 'Gesloten', applyAt: 'Solliciteer op', share: 'Deel dit', careers: 'Jobs', more: '+ {n} meer', quoteOpen: '“', quoteClose: '”', job: 'Vacature' }, workModes: {} };
    const nl = listEntryCards(site, catalog, { language });
    expect(nl.find((c) => c.slug === 'lotte-maes')?.path).toBe('/og/nl/ambassadors/lotte-maes.jpg');
    expect(nl.find((c) => c.slug === 'ten-years')?.path).toBe('/og/nl/stories/ten-years.png');
    expect(listSiteCard(site, { language }).path).toBe('/og/nl/site.png');
  });

  it('draws a story with its first storyteller, how many more there are, and its first known theme', () => {
    expect(cards[0]!.content.text).toEqual({ template: 'story', title: 'Ten years', person: { name: 'Lotte Maes', detail: 'Night shift lead · Bakery & Production', others: 1 }, theme: 'Life at Korenbloem' });
    expect(cards[0]!.content.images).toEqual({ logo: '/content/logo.svg', storyPhoto: '/content/ambassadors/lotte-maes/photo.png' });
  });

  it('draws an ambassador without a photo with no photo slot (the template draws initials)', () => {
    expect(cards[1]!.content.images).toEqual({ logo: '/content/logo.svg' });
  });

  it('marks closed jobs closed and shows remote countries with the work mode', () => {
    expect(cards[3]!.content.text).toMatchObject({ workMode: 'On-site', locations: ['Kortrijk'], closed: false, team: 'Bakery & Production' });
    expect(cards[4]!.content.text).toMatchObject({ workMode: 'Remote · BE, FR', locations: ['Namur'], closed: false });
    expect(cards[4]!.content.text).not.toHaveProperty('team');
    expect(cards[5]!.content.text).toMatchObject({ closed: true });
  });

  it('draws a share post with its first variant and what it links to', () => {
    expect(cards[6]!.content.text).toEqual({ template: 'share', title: 'Share it', text: 'First', themes: ['Life at Korenbloem'], target: 'Story · Ten years' });
  });

  it('draws no logo when the site has none, even if a file was found', () => {
    const without = listEntryCards({ ...site, logo: undefined }, catalog, { logoFile: '/content/logo.svg' });
    expect(without[0]!.content.images).not.toHaveProperty('logo');
  });
});

describe('listSiteCard', () => {
  it('is the site card at /og/site.png', () => {
    expect(listSiteCard(site, { logoFile: '/content/logo.svg' })).toEqual({
      path: '/og/site.png',
      format: 'png',
      kind: 'site',
      slug: 'site',
      content: {
        text: { template: 'site', tagline: 'Bread', description: 'A bakery.' },
        brand: { name: 'Korenbloem', host: 'careers.korenbloem.be', primary: '#5b2a86', accent: '#f4b942' },
        images: { siteLogo: '/content/logo.svg' },
      },
    });
  });
});

describe('cardPath', () => {
  it('gives each format its extension, and each path its media type', () => {
    expect([cardPath('png', 'stories', 'a'), cardPath('jpeg', 'ambassadors', 'b'), cardPath('png'), cardPath('jpeg', 'share', 'c', 'fr')]).toEqual(['/og/stories/a.png', '/og/ambassadors/b.jpg', '/og/site.png', '/og/fr/share/c.jpg']);
    expect([cardMediaType('/og/stories/a.png'), cardMediaType('/og/ambassadors/b.jpg')]).toEqual(['image/png', 'image/jpeg']);
  });
});

describe('sourceFileOf', () => {
  it('reads the hidden fsPath of build-time image metadata', () => {
    expect(sourceFileOf(photo)).toBe('/content/ambassadors/lotte-maes/photo.png');
  });
  it('reads the /@fs/ path of dev-server image metadata', () => {
    expect(sourceFileOf({ src: '/@fs/home/me/site/content/a%20b/photo.jpg?origWidth=400&origHeight=400&origFormat=jpg' })).toBe('/home/me/site/content/a b/photo.jpg');
  });
  it('cannot tell the file of an SVG component (the caller falls back to site.yaml)', () => {
    expect(sourceFileOf(svgLogo)).toBeUndefined();
  });
});
