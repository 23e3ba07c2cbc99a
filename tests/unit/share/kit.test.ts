import { describe, expect, it } from 'vitest';
import { buildFeedItems, buildKit, isShareKitPath, reusableProposal } from '../../../src/lib/share/kit.ts';
import type { PostToShare, Proposal } from '../../../src/lib/share/items.ts';
import { buildCopyLink, buildCopyText, buildShareUrl, NETWORK_IDS } from '../../../src/lib/share/networks.ts';
import { fillIn } from '../../../src/components/render-once.ts';

const site = { origin: 'https://careers.example.com', name: 'Acme', mastodonInstance: 'mastodon.social' };
const titles = { story: () => 'A story', job: () => 'A job', storyCover: () => undefined };
const themes = [
  { id: 'culture', label: 'Culture', description: 'x' },
  { id: 'tech', label: 'Tech', description: 'x' },
  { id: 'events', label: 'Events', description: 'x' },
];
const post = (id: string, postThemes: string[]): PostToShare => ({
  id,
  data: { title: id, themes: postThemes, story: 's', variants: ['One', 'Two'], hashtags: ['acme'], from: new Date('2026-02-01') },
});
const posts = [post('a', ['culture']), post('b', ['tech', 'culture'])];

describe('buildKit', () => {
  it('offers the themes that have proposals, in themes.yaml order, none picked by default', () => {
    const kit = buildKit(posts, themes, site, titles);
    expect(kit.themes).toEqual([
      { id: 'culture', label: 'Culture' },
      { id: 'tech', label: 'Tech' },
    ]);
    expect(kit.defaultThemes).toEqual([]);
    expect(kit.themeLabels).toEqual({ culture: 'Culture', tech: 'Tech' });
    expect(kit.storageKey).toBe('vaandel:share-themes');
    expect(kit.personal).toBe(false);
    expect(kit.proposals.map((p) => p.target.content)).toEqual([undefined, undefined]);
  });

  it("on a personal page, tags every link with the slug and picks the person's themes", () => {
    const kit = buildKit(posts, themes, site, titles, { slug: 'sofie', themes: ['tech', 'events'] });
    expect(kit.themes).toEqual([{ id: 'tech', label: 'Tech' }]);
    expect(kit.defaultThemes).toEqual(['tech']);
    expect(kit.storageKey).toBe('vaandel:share-themes:sofie');
    expect(kit.personal).toBe(true);
    expect(kit.proposals.every((p) => p.target.content === 'sofie')).toBe(true);
  });
});

describe('reusableProposal', () => {
  const STAND_IN = 'standin0123abc';
  const personal = (slug: string, mastodon?: string) => buildKit(posts, themes, site, titles, { slug, mastodon, themes: ['culture', 'tech'] }).proposals[1]!;
  /** Everything of a proposal that holds its sharer: the share links, the copied link and text, its target as the buttons' script reads it. */
  const sharedBits = (p: Proposal) => [...NETWORK_IDS.flatMap((n) => p.variants.map((text) => buildShareUrl(n, text, p.target))), buildCopyLink(p.target), buildCopyText(p.variants[0]!, p.target), JSON.stringify(p.target)].join('\n');

  it("renders the same for everyone of a language: the sharer's slug gives way to the stand-in, and each page puts its own in", () => {
    const [sofie, jan] = [personal('sofie-peeters'), personal('jan-2')];
    const [a, b] = [reusableProposal(sofie, { culture: 'Culture', tech: 'Tech' }, 'en', STAND_IN), reusableProposal(jan, { culture: 'Culture', tech: 'Tech' }, 'en', STAND_IN)];
    expect(a.key).toBeDefined();
    expect(a.key).toBe(b.key);
    expect(a.proposal).toEqual(b.proposal);
    expect(a.fill).toEqual({ [STAND_IN]: 'sofie-peeters' });
    // Every link and text built with the stand-in, once filled in, is the one built for the person.
    expect(fillIn(sharedBits(a.proposal), a.fill)).toBe(sharedBits(sofie));
    expect(fillIn(sharedBits(b.proposal), b.fill)).toBe(sharedBits(jan));
    expect(sharedBits(a.proposal)).not.toContain('sofie-peeters');
  });

  it('keys on all the card shows: the language, the proposal, its themes’ names and the Mastodon instance', () => {
    const labels = { culture: 'Culture', tech: 'Tech', events: 'Events' };
    const key = (p: Proposal, themeLabels: Record<string, string> = labels, lang = 'en') => reusableProposal(p, themeLabels, lang, STAND_IN).key;
    const sofie = personal('sofie');
    expect(key(sofie)).toBe(key(personal('jan')));
    expect(key(sofie)).not.toBe(key(personal('jan', 'https://fosstodon.org/@jan')));
    expect(key(sofie)).not.toBe(key(sofie, labels, 'nl'));
    expect(key(sofie)).not.toBe(key({ ...sofie, targetLabel: 'A story, renamed' }));
    expect(key(sofie)).not.toBe(key(sofie, { ...labels, tech: 'Technology' }));
    expect(key(sofie)).toBe(key(sofie, { ...labels, events: 'Happenings' }));
  });

  it('reuses a public proposal as it is, and renders a proposal whose slug an encoding could change for each page', () => {
    const open = buildKit(posts, themes, site, titles).proposals[0]!;
    expect(reusableProposal(open, {}, 'en', STAND_IN)).toMatchObject({ key: expect.any(String), proposal: open, fill: {} });
    const accented = personal('zoë');
    expect(reusableProposal(accented, {}, 'en', STAND_IN)).toEqual({ proposal: accented, fill: {} });
  });
});

describe('buildFeedItems', () => {
  it('links every item to its proposal on the personal page, with every wording', () => {
    const kit = buildKit(posts, themes, site, titles, { slug: 'sofie', themes: ['culture'] });
    expect(buildFeedItems(kit, site, 'sofie', (id) => id.toUpperCase(), 'Share it')[1]).toEqual({
      title: 'b',
      link: 'https://careers.example.com/share/sofie/#proposal-b',
      pubDate: new Date('2026-02-01'),
      description: 'One\n\n#acme',
      content:
        '<ol><li><p>One<br><br>#acme</p></li><li><p>Two<br><br>#acme</p></li></ol><p><a href="https://careers.example.com/share/sofie/#proposal-b">Share it</a></p>',
      categories: ['TECH', 'CULTURE'],
    });
  });

  it('escapes HTML in wordings', () => {
    const kit = buildKit([{ ...post('c', ['culture']), data: { ...post('c', ['culture']).data, variants: ['<b>&</b>'], hashtags: [] } }], themes, site, titles);
    expect(buildFeedItems(kit, site, 'sofie', (id) => id, 'Go')[0]!.content).toBe(
      '<p>&#60;b&#62;&#38;&#60;/b&#62;</p><p><a href="https://careers.example.com/share/sofie/#proposal-c">Go</a></p>',
    );
  });
});

describe('isShareKitPath', () => {
  it('matches the kit, personal pages and feeds, and nothing else', () => {
    expect(['/share/', '/share/sofie/', '/share/sofie/feed.xml'].every(isShareKitPath)).toBe(true);
    expect(['/', '/stories/share/', '/shared/'].some(isShareKitPath)).toBe(false);
  });
});
