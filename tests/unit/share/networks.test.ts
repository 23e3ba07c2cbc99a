import { describe, expect, it } from 'vitest';
import { buildCopyLink, buildCopyText, buildShareUrl, NETWORK_IDS, resolveMastodonInstance, tagLink, type ShareTarget } from '../../../src/lib/share/networks.ts';

/** Text with every character that breaks naive share links. */
const TEXT = 'Q&A with Sofie: 100% #data, 1+1=2 🎉👩🏽‍💻\nSecond line';
const target: ShareTarget = {
  url: 'https://careers.example.com/stories/q-and-a/',
  campaign: 'q-and-a',
  medium: 'ambassador',
  content: 'sofie-peeters',
  subject: 'Q&A: data #1 🎉',
  mastodonInstance: 'fosstodon.org',
};
const tagged = (source: string) =>
  `https://careers.example.com/stories/q-and-a/?utm_source=${source}&utm_medium=ambassador&utm_campaign=q-and-a&utm_content=sofie-peeters`;

/** The parameters of a share URL as the network will read them. */
function read(href: string): Record<string, string> {
  const query = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
}

/** A share URL must not contain anything that a browser or the network would read differently. */
function expectSafelyEncoded(href: string) {
  const query = href.slice(href.indexOf('?') + 1);
  expect(query).not.toMatch(/[#\s+🎉]/u);
  expect(query).toMatch(/^[A-Za-z0-9_\-.!~*'()%=&]*$/);
}

describe('buildShareUrl', () => {
  it('LinkedIn gets only the link, tagged utm_source=linkedin', () => {
    const href = buildShareUrl('linkedin', TEXT, target);
    expect(href.startsWith('https://www.linkedin.com/sharing/share-offsite/?url=')).toBe(true);
    expect(read(href)).toEqual({ url: tagged('linkedin') });
    expectSafelyEncoded(href);
  });

  it('Facebook gets only the link, tagged utm_source=facebook', () => {
    const href = buildShareUrl('facebook', TEXT, target);
    expect(href.startsWith('https://www.facebook.com/sharer/sharer.php?u=')).toBe(true);
    expect(read(href)).toEqual({ u: tagged('facebook') });
    expectSafelyEncoded(href);
  });

  it('X gets the text and the link in separate fields', () => {
    const href = buildShareUrl('x', TEXT, target);
    expect(href.startsWith('https://x.com/intent/tweet?text=')).toBe(true);
    expect(read(href)).toEqual({ text: TEXT, url: tagged('x') });
    expect(href).toContain('Q%26A');
    expect(href).toContain('%23data');
    expect(href).toContain('%0ASecond');
    expect(href).toContain('%F0%9F%8E%89');
    expectSafelyEncoded(href);
  });

  it('Bluesky gets the text with the link on its own line', () => {
    const href = buildShareUrl('bluesky', TEXT, target);
    expect(href.startsWith('https://bsky.app/intent/compose?text=')).toBe(true);
    expect(read(href)).toEqual({ text: `${TEXT}\n\n${tagged('bluesky')}` });
    expectSafelyEncoded(href);
  });

  it("Mastodon shares on the target's instance", () => {
    const href = buildShareUrl('mastodon', TEXT, target);
    expect(href.startsWith('https://fosstodon.org/share?text=')).toBe(true);
    expect(read(href)).toEqual({ text: `${TEXT}\n\n${tagged('mastodon')}` });
    expectSafelyEncoded(href);
  });

  it('WhatsApp gets the text with the link', () => {
    const href = buildShareUrl('whatsapp', TEXT, target);
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    expect(read(href)).toEqual({ text: `${TEXT}\n\n${tagged('whatsapp')}` });
    expectSafelyEncoded(href);
  });

  it('e-mail is a mailto with the subject and a body whose line breaks are %0D%0A (RFC 6068)', () => {
    const href = buildShareUrl('email', TEXT, target);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(read(href)).toEqual({ subject: 'Q&A: data #1 🎉', body: `${TEXT}\n\n${tagged('email')}`.replace(/\n/g, '\r\n') });
    expect(href).toContain('%0D%0ASecond');
    expect(href).not.toMatch(/[^D]%0A/);
    expectSafelyEncoded(href);
  });

  it('turns Windows line ends in edited text into one line break', () => {
    expect(read(buildShareUrl('whatsapp', 'a\r\nb', target)).text).toBe(`a\nb\n\n${tagged('whatsapp')}`);
  });

  it('shares just the link when the text was emptied', () => {
    expect(read(buildShareUrl('x', '  ', target))).toEqual({ url: tagged('x') });
    expect(read(buildShareUrl('bluesky', '', target))).toEqual({ text: tagged('bluesky') });
  });

  it('tags every network with its own utm_source', () => {
    for (const network of NETWORK_IDS) {
      const href = buildShareUrl(network, TEXT, target);
      const shared = Object.values(read(href)).find((v) => v.includes('utm_source='))!;
      const link = new URL(shared.match(/https:\/\/\S+/)![0]);
      expect(link.searchParams.get('utm_source')).toBe(network);
      expect(link.searchParams.get('utm_campaign')).toBe('q-and-a');
      expect(link.searchParams.get('utm_content')).toBe('sofie-peeters');
    }
  });

  it('falls back to mastodon.social when the target has no usable instance', () => {
    expect(buildShareUrl('mastodon', 'hi', { ...target, mastodonInstance: '' }).startsWith('https://mastodon.social/share?')).toBe(true);
  });
});

describe('copy', () => {
  it('copy text is the text and the link tagged utm_source=copy', () => {
    expect(buildCopyText(TEXT, target)).toBe(`${TEXT}\n\n${tagged('copy')}`);
  });

  it('copy link is the link tagged utm_source=copy', () => {
    expect(buildCopyLink(target)).toBe(tagged('copy'));
  });

  it('leaves utm_content out when nobody in particular shares', () => {
    expect(tagLink({ ...target, content: undefined }, 'x')).toBe(
      'https://careers.example.com/stories/q-and-a/?utm_source=x&utm_medium=ambassador&utm_campaign=q-and-a',
    );
  });
});

describe('resolveMastodonInstance', () => {
  it("uses the host of the person's Mastodon profile first", () => {
    expect(resolveMastodonInstance('https://Fosstodon.org/@sofie', 'mastodon.social')).toBe('fosstodon.org');
  });

  it("falls back to site.yaml's instance, written with or without https://", () => {
    expect(resolveMastodonInstance(undefined, 'social.example.be')).toBe('social.example.be');
    expect(resolveMastodonInstance(undefined, 'https://social.example.be/')).toBe('social.example.be');
  });

  it('falls back to mastodon.social when neither is usable', () => {
    expect(resolveMastodonInstance(undefined, undefined)).toBe('mastodon.social');
    expect(resolveMastodonInstance('not a url', 'no spaces allowed')).toBe('mastodon.social');
  });
});
