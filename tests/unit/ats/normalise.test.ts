import { describe, expect, it } from 'vitest';
import { jobSlug, mapName, normalisePostings, validThroughOf } from '../../../src/lib/ats/normalise.ts';
import { jobsConfig, LOCATIONS, TEAMS, TODAY } from './setup.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the normaliser', () => {
  it('makes safe slugs from title and ATS id, whatever the ATS sends', () => {
    expect(jobSlug('Ingénieur·e structure (h/f/x)', '1201')).toBe('ingenieur-e-structure-h-f-x-1201');
    expect(jobSlug('../../etc/passwd\u0000', '../x')).toBe('etc-passwd-x');
    expect(jobSlug('', '7')).toBe('job-7');
    expect(jobSlug('Data', '744000000000001')).toMatch(/^data-[0-9a-f]{8}$/);
  });

  it('keeps the slug an earlier fetch gave a job when its title changes', () => {
    const posting = { id: '42', title: 'Data Engineer II', html: '', departments: ['Data & AI'], offices: ['Ghent'], countries: [], apply: 'https://x.example/42' };
    const context = { config: jobsConfig('greenhouse'), teams: TEAMS, locations: LOCATIONS, languages: ['en'], today: TODAY };
    expect(normalisePostings('greenhouse', [posting], context).jobs[0]!.slug).toBe('data-engineer-ii-42');
    expect(normalisePostings('greenhouse', [posting], { ...context, slugs: new Map([['42', 'data-engineer-42']]) }).jobs[0]!.slug).toBe('data-engineer-42');
  });

  it('maps names through site.yaml, then by a team or location name, then by the part before a comma', () => {
    expect(mapName('R&D / Firmware', { 'R&D / Firmware': 'sensing' }, TEAMS)).toBe('sensing');
    expect(mapName('data & ai', {}, TEAMS)).toBe('data-ai');
    expect(mapName('Liege, Belgium', {}, LOCATIONS)).toBe('liege');
    expect(mapName('Antwerp', {}, LOCATIONS)).toBeUndefined();
  });

  it('keeps a job open while it is in the feed: validFor days at a time from posting, or the closing date', () => {
    expect(validThroughOf(day('2026-11-01'), undefined, 60, TODAY)).toEqual(day('2026-12-31'));
    expect(validThroughOf(day('2026-08-01'), undefined, 60, TODAY)).toEqual(day('2027-01-28'));
    expect(validThroughOf(day('2026-08-01'), day('2026-12-15'), 60, TODAY)).toEqual(day('2026-12-15'));
  });

  it('suggests the closest team for an unmapped department', () => {
    const posting = { id: '1', title: 'Tester', html: '', departments: ['Platform Enginering'], offices: ['Ghent'], countries: [], apply: 'https://x.example/1' };
    const result = normalisePostings('lever', [posting], { config: jobsConfig('lever'), teams: TEAMS, locations: LOCATIONS, languages: ['en'], today: TODAY });
    expect(result.jobs).toHaveLength(0);
    expect(result.unmapped).toEqual([{ kind: 'team', value: 'Platform Enginering', suggestion: 'platform', jobs: ['Tester'] }]);
  });
});
