import { describe, expect, it } from 'vitest';
import { addUtm } from '../../../src/lib/share/utm.ts';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('addUtm', () => {
  it('adds source, medium and campaign, in that order', () => {
    expect(addUtm('https://careers.example.com/stories/a/', { source: 'x', medium: 'ambassador', campaign: 'a' })).toBe(
      'https://careers.example.com/stories/a/?utm_source=x&utm_medium=ambassador&utm_campaign=a',
    );
  });

  it('adds utm_content only when there is an ambassador', () => {
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c', content: 'sofie-peeters' })).utm_content).toBe('sofie-peeters');
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c', content: ' ' }))).not.toHaveProperty('utm_content');
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c' }))).not.toHaveProperty('utm_content');
  });

  it('falls back to medium "ambassador" when none or an empty one is configured', () => {
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c' })).utm_medium).toBe('ambassador');
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c', medium: '  ' })).utm_medium).toBe('ambassador');
    expect(params(addUtm('https://e.com/', { source: 'x', campaign: 'c', medium: 'employee-advocacy' })).utm_medium).toBe('employee-advocacy');
  });

  it('keeps other parameters and the fragment, and replaces UTM tags already in the URL', () => {
    const tagged = addUtm('https://news.example.org/a?id=7&utm_source=newsletter&utm_content=old#part-2', { source: 'bluesky', campaign: 'press' });
    const url = new URL(tagged);
    expect(url.hash).toBe('#part-2');
    expect(url.searchParams.getAll('utm_source')).toEqual(['bluesky']);
    expect(Object.fromEntries(url.searchParams)).toEqual({ id: '7', utm_source: 'bluesky', utm_medium: 'ambassador', utm_campaign: 'press' });
  });

  it('encodes campaign values that are not plain ids', () => {
    const tagged = addUtm('https://e.com/', { source: 'email', campaign: 'a&b #c' });
    expect(tagged).not.toContain('a&b');
    expect(params(tagged).utm_campaign).toBe('a&b #c');
  });
});
