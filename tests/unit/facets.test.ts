import { describe, expect, it } from 'vitest';
import { buildFacetGroups, countWithSelection, facetPagePath, facetValuesOf, listFacetPages, matchesSelection, selectionFromSearch, selectionToSearch, toggleSelection, type FacetDefinition } from '../../src/lib/facets.ts';

interface Person {
  id: string;
  team: string;
  languages: string[];
}
const people: Person[] = [
  { id: 'ana', team: 'engineering', languages: ['nl', 'en'] },
  { id: 'bram', team: 'people', languages: ['nl', 'fr'] },
  { id: 'chloe', team: 'engineering', languages: ['fr', 'en'] },
];
const TEAMS: Record<string, string> = { engineering: 'Engineering', people: 'People & Culture' };
const definitions: FacetDefinition<Person>[] = [
  { key: 'team', label: 'Team', valuesOf: (p) => [p.team], labelOf: (v) => TEAMS[v] ?? v, order: ['people', 'engineering'] },
  { key: 'language', label: 'Language', valuesOf: (p) => p.languages, labelOf: (v) => ({ nl: 'Dutch', fr: 'French', en: 'English' })[v] ?? v },
];
const keys = definitions.map((d) => d.key);

describe('facet pages (without JavaScript)', () => {
  it('gives every value that occurs a page under the listing, with counts, in the configured or alphabetical order', () => {
    expect(buildFacetGroups(people, definitions, '/ambassadors/')).toEqual([
      {
        key: 'team',
        label: 'Team',
        options: [
          { value: 'people', label: 'People & Culture', count: 1, href: '/ambassadors/team/people/' },
          { value: 'engineering', label: 'Engineering', count: 2, href: '/ambassadors/team/engineering/' },
        ],
      },
      {
        key: 'language',
        label: 'Language',
        options: [
          { value: 'nl', label: 'Dutch', count: 2, href: '/ambassadors/language/nl/' },
          { value: 'en', label: 'English', count: 2, href: '/ambassadors/language/en/' },
          { value: 'fr', label: 'French', count: 2, href: '/ambassadors/language/fr/' },
        ],
      },
    ]);
  });

  it('lists on each facet page exactly the items with that value', () => {
    const pages = listFacetPages(people, definitions, '/ambassadors/');
    expect(pages.map((p) => `${p.key}/${p.value}: ${p.items.map((i) => i.id).join(',')}`)).toEqual([
      'team/people: bram',
      'team/engineering: ana,chloe',
      'language/nl: ana,bram',
      'language/en: ana,chloe',
      'language/fr: bram,chloe',
    ]);
  });

  it('builds facet page paths with a trailing slash and encoded parts', () => {
    expect(facetPagePath('/jobs', 'work-mode', 'remote')).toBe('/jobs/work-mode/remote/');
    expect(facetPagePath('/ambassadors/', 'language', 'fr-BE')).toBe('/ambassadors/language/fr-BE/');
  });
});

describe('combined filters (with JavaScript)', () => {
  const values = people.map((p) => facetValuesOf(p, definitions));

  it('matches an item only when it has every chosen value', () => {
    expect(people.filter((_, i) => matchesSelection(values[i]!, { team: 'engineering', language: 'fr' })).map((p) => p.id)).toEqual(['chloe']);
    expect(people.filter((_, i) => matchesSelection(values[i]!, {})).length).toBe(3);
  });

  it('reads and writes the choice as a query string, ignoring unknown keys', () => {
    expect(selectionFromSearch('?language=fr&team=people&colour=red', keys)).toEqual({ team: 'people', language: 'fr' });
    expect(selectionToSearch({ language: 'fr', team: 'people' }, keys)).toBe('?team=people&language=fr');
    expect(selectionToSearch({}, keys)).toBe('');
  });

  it('toggles a value on, replaces another of the same facet, and clears it when chosen again or with "all"', () => {
    expect(toggleSelection({}, 'team', 'people')).toEqual({ team: 'people' });
    expect(toggleSelection({ team: 'people' }, 'team', 'engineering')).toEqual({ team: 'engineering' });
    expect(toggleSelection({ team: 'people', language: 'fr' }, 'team', 'people')).toEqual({ language: 'fr' });
    expect(toggleSelection({ team: 'people' }, 'team', '')).toEqual({});
  });

  it('counts what each value would leave given the other facets', () => {
    expect(Object.fromEntries(countWithSelection(values, { team: 'engineering', language: 'nl' }, 'language'))).toEqual({ nl: 1, en: 2, fr: 1 });
    expect(Object.fromEntries(countWithSelection(values, { language: 'fr' }, 'team'))).toEqual({ people: 1, engineering: 1 });
  });
});
