import { describe, expect, it } from 'vitest';
import { isListPageNumber, MAX_SLUG_LENGTH, makeUniqueSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['Sofie Peeters', 'sofie-peeters'],
    ['Élodie Dubois', 'elodie-dubois'],
    ['Jürgen Weiß', 'jurgen-weiss'],
    ['Ærøskøbing Ålborg', 'aeroskobing-alborg'],
    ['Łukasz Wałęsa', 'lukasz-walesa'],
    ['Œuvre Ðorđe Þór', 'oeuvre-dorde-thor'],
    ['François-Xavier  Van den Broeck', 'francois-xavier-van-den-broeck'],
    ["Lies D'Hondt", 'lies-d-hondt'],
    ['  --Data & AI: a day!--  ', 'data-ai-a-day'],
    ['Ça va, Łódź & Straße', 'ca-va-lodz-strasse'],
    ['Nguyễn Thị Minh Khai', 'nguyen-thi-minh-khai'],
    ['Team 2026 🎉 rocks', 'team-2026-rocks'],
    ['ﬁne ligatures', 'fine-ligatures'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('returns an empty slug when no letter or digit survives', () => {
    expect(slugify('🎉 !!')).toBe('');
    expect(slugify('李小龙')).toBe('');
  });

  it('cuts long titles at a dash, never mid-word', () => {
    const slug = slugify('How we moved a hundred colleagues from Brussels to Ghent in one weekend without losing a single plant');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('how-we-moved-a-hundred-colleagues-from-brussels-to-ghent-in');
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('makeUniqueSlug', () => {
  it('keeps a free slug and suffixes a taken one with the first free number', () => {
    const taken = new Set(['sofie-peeters', 'sofie-peeters-2', 'sofie-peeters-4']);
    expect(makeUniqueSlug('jan-janssens', (s) => taken.has(s))).toBe('jan-janssens');
    expect(makeUniqueSlug('sofie-peeters', (s) => taken.has(s))).toBe('sofie-peeters-3');
  });
});

describe('isListPageNumber', () => {
  it('is true for bare numbers only, the addresses of the story list pages', () => {
    expect(['2', '12', '2025'].map(isListPageNumber)).toEqual([true, true, true]);
    expect(['story-2', '2025-review', 'two', '2b'].map(isListPageNumber)).toEqual([false, false, false, false]);
  });
});
