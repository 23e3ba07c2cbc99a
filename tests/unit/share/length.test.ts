/** How long a post is on each network, counted as the network counts it. */
import { describe, expect, it } from 'vitest';
import { countForX, findOverflows, measurePost, shortenLinkForBluesky } from '../../../src/lib/share/length.ts';

const link = 'https://careers.brugwerk.be/jobs/data-en...r/?utm_source=x&utm_medium=ambassador&utm_campaign=data-engineer';

describe('X', () => {
  it('counts Latin text (accents included) as 1 per character, CJK and emoji as 2', () => {
    expect(countForX('Liège, Gent, Brussel')).toBe(20);
    expect(countForX('Cafe\u0301')).toBe(4); // NFC makes e + accent one character
    expect(countForX('東京')).toBe(4);
    expect(countForX('👍🏽 ok')).toBe(5);
    expect(countForX('👩‍👩‍👧')).toBe(2);
    expect(countForX('“Gent” – 5 € …')).toBe(16); // curly quotes and the dash count 1, the euro sign and the ellipsis 2
  });

  it('counts every ASCII and Latin character 1', () => {
    for (let code = 0x20; code <= 0x2ff; code++) {
      if (code >= 0x7f && code < 0xa0) continue;
      const c = String.fromCodePoint(code);
      expect(countForX(`a${c}`), `U+${code.toString(16)}`).toBe(2);
    }
  });

  it('adds a space and 23 for the link, whatever its length', () => {
    expect(measurePost('x', 'Hello', link)).toBe(5 + 1 + 23);
    expect(measurePost('x', '', link)).toBe(23);
  });
});

describe('Bluesky', () => {
  it('shortens links as its composer shows them: the host and 13 more characters, then "..."', () => {
    expect(shortenLinkForBluesky(link)).toBe('careers.brugwerk.be/jobs/data-en...');
    expect(shortenLinkForBluesky('https://example.com/a/')).toBe('example.com/a/');
    expect(shortenLinkForBluesky('https://example.com/')).toBe('example.com');
  });

  it('counts graphemes, the link after a blank line', () => {
    expect(measurePost('bluesky', 'Hello 👍🏽', link)).toBe(7 + 2 + 'careers.brugwerk.be/jobs/data-en...'.length);
  });
});

describe('Mastodon and LinkedIn', () => {
  it('Mastodon counts every link as 23 after a blank line; LinkedIn gets the text alone', () => {
    expect(measurePost('mastodon', 'Hello', link)).toBe(5 + 2 + 23);
    expect(measurePost('linkedin', 'Hello', link)).toBe(5);
  });

  it('names only the networks a text is too long for, among those asked', () => {
    const text = 'a'.repeat(260);
    expect(findOverflows(text, link, ['x', 'bluesky', 'mastodon', 'linkedin', 'facebook', 'whatsapp', 'email']).map((o) => [o.network, o.length])).toEqual([['x', 284]]);
    expect(findOverflows(text, link, ['bluesky', 'mastodon'])).toEqual([]);
    expect(findOverflows('a'.repeat(3001), link, ['linkedin', 'email']).map((o) => o.network)).toEqual(['linkedin']);
  });
});
