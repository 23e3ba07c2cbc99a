import { describe, expect, it } from 'vitest';
import { buildProposal, shareItemOfJob, shareItemOfStory, type PostToShare } from '../../../src/lib/share/items.ts';

const site = { origin: 'https://careers.example.com', name: 'Acme & Co', utm: { medium: 'advocacy', publicMedium: 'visitor' }, mastodonInstance: 'social.acme.example' };
const cover = Object.defineProperty({ src: '/_astro/cover.abc.jpg' }, 'fsPath', { value: '/content/stories/q-and-a/cover.jpg', enumerable: false });
const titles = {
  story: (id: string) => (id === 'q-and-a' ? 'Q&A with Sofie' : id === 'no-cover' ? 'No cover' : undefined),
  job: (id: string) => (id === 'data-engineer' ? 'Data engineer' : undefined),
  storyCover: (id: string) => (id === 'q-and-a' ? cover : undefined),
};
const post = (data: Partial<PostToShare['data']>): PostToShare => ({
  id: 'spring-post',
  data: { title: 'Spring', themes: ['culture'], variants: ['One', 'Two #culture'], hashtags: ['culture', 'acme'], from: new Date('2026-02-01'), ...data },
});

describe('shareItemOfStory', () => {
  it("shares the story page with its share text and hashtags, campaign = the story's id, the public medium", () => {
    const item = shareItemOfStory({ id: 'q-and-a', data: { title: 'Q&A', share: { text: 'Read this', hashtags: ['data'] } } }, site);
    expect(item.text).toBe('Read this\n\n#data');
    expect(item.target).toEqual({
      url: 'https://careers.example.com/stories/q-and-a/',
      campaign: 'q-and-a',
      subject: 'Q&A',
      medium: 'visitor',
      mastodonInstance: 'social.acme.example',
    });
    expect(item.networks).toEqual(['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email']);
  });

  it('falls back to the title when the story has no share text', () => {
    expect(shareItemOfStory({ id: 's', data: { title: 'Title', share: { hashtags: [] } } }, site).text).toBe('Title');
  });

  it('tags public shares utm_medium=share when site.yaml names no public medium', () => {
    expect(shareItemOfStory({ id: 's', data: { title: 'Title' } }, { ...site, utm: { medium: 'advocacy' } }).target.medium).toBe('share');
    expect(shareItemOfStory({ id: 's', data: { title: 'Title' } }, { ...site, utm: undefined }).target.medium).toBe('share');
  });
});

describe('shareItemOfJob', () => {
  it('shares the job page as "<title> — <company>", campaign = the job id', () => {
    const item = shareItemOfJob({ id: 'data-engineer', data: { title: 'Data engineer' } }, site);
    expect(item.text).toBe('Data engineer — Acme & Co');
    expect(item.target.url).toBe('https://careers.example.com/jobs/data-engineer/');
    expect(item.target.campaign).toBe('data-engineer');
    expect(item.target.content).toBeUndefined();
    expect(item.target.medium).toBe('visitor');
  });
});

describe('buildProposal', () => {
  it('links a post to its story, campaign = the post id, every variant with its hashtags', () => {
    const proposal = buildProposal(post({ story: 'q-and-a' }), site, titles);
    expect(proposal.target.url).toBe('https://careers.example.com/stories/q-and-a/');
    expect(proposal.target.campaign).toBe('spring-post');
    expect(proposal.targetLabel).toBe('Q&A with Sofie');
    expect(proposal.targetHref).toBe('/stories/q-and-a/');
    expect(proposal.variants).toEqual(['One\n\n#culture #acme', 'Two #culture\n\n#acme']);
    expect(proposal.card).toBe('/og/share/spring-post.jpg'); // the story's cover is on its card
    expect(proposal.target.medium).toBe('advocacy');
  });

  it('links to a PNG card when the post shows no picture, and a JPEG one when it has its own', () => {
    expect(buildProposal(post({ story: 'no-cover' }), site, titles).card).toBe('/og/share/spring-post.png');
    expect(buildProposal(post({ job: 'data-engineer' }), site, titles).card).toBe('/og/share/spring-post.png');
    expect(buildProposal(post({ url: 'https://news.example.org/', image: '/content/share/spring.jpg' }), site, titles).card).toBe('/og/share/spring-post.jpg');
  });

  it('links a post to a job or to any URL', () => {
    expect(buildProposal(post({ job: 'data-engineer' }), site, titles)).toMatchObject({
      target: { url: 'https://careers.example.com/jobs/data-engineer/' },
      targetLabel: 'Data engineer',
    });
    expect(buildProposal(post({ url: 'https://news.example.org/acme?x=1' }), site, titles)).toMatchObject({
      target: { url: 'https://news.example.org/acme?x=1' },
      targetLabel: 'news.example.org',
      targetHref: 'https://news.example.org/acme?x=1',
    });
  });

  it("tags a personal page's links with the sharer and uses their Mastodon instance", () => {
    const proposal = buildProposal(post({ story: 'q-and-a' }), site, titles, { slug: 'sofie-peeters', mastodon: 'https://fosstodon.org/@sofie' });
    expect(proposal.target.content).toBe('sofie-peeters');
    expect(proposal.target.mastodonInstance).toBe('fosstodon.org');
    expect(buildProposal(post({ story: 'q-and-a' }), site, titles, { slug: 'jan' }).target.mastodonInstance).toBe('social.acme.example');
  });

  it('tags nobody when site.yaml turns per-person tags off', () => {
    const untagged = { ...site, utm: { medium: 'advocacy', perPerson: false } };
    const proposal = buildProposal(post({ story: 'q-and-a' }), untagged, titles, { slug: 'sofie-peeters' });
    expect(proposal.target.content).toBeUndefined();
    expect(proposal.target.medium).toBe('advocacy');
  });

  it("keeps only the post's networks, in button order", () => {
    expect(buildProposal(post({ story: 'q-and-a', networks: ['email', 'linkedin'] }), site, titles).networks).toEqual(['linkedin', 'email']);
  });
});
