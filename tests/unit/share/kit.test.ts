import { describe, expect, it } from 'vitest';
import { buildFeedItems, buildKit, isShareKitPath } from '../../../src/lib/share/kit';
import type { PostToShare } from '../../../src/lib/share/items';

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
    expect(kit.themeLabels).toEqual({ culture: 'Culture', tech: 'Tech', events: 'Events' });
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
