import { describe, expect, it } from 'vitest';
import { isBundleFile, isIndexedPage, jobRecord, pageDigest, pageUrlOf, personRecord, searchFilterPairs, searchIndexKey, searchMarks, storyRecord, teamRecord, themeRecord } from '../../src/lib/search.ts';

const own = { fallback: false, versions: ['en', 'fr'] };
const shownInAnotherLanguage = { fallback: true, versions: ['en'] };
const ana = { ...own, data: { team: 'engineering', location: 'ghent', languages: ['nl-BE', 'en', 'nl'] } };
const bram = { ...own, data: { team: 'people', location: 'ghent', languages: ['fr'] } };
const job = { ...own, data: { team: 'engineering', locations: ['ghent', 'brussels'], workMode: 'hybrid' } };

describe('what the site search finds', () => {
  it('finds a person by team, place and the languages they speak', () => {
    expect(personRecord(ana)).toEqual({ type: 'person', filters: { team: ['engineering'], location: ['ghent'], language: ['nl', 'en'] } });
  });

  it('finds a story by the teams and places of its tellers and the languages it is written in', () => {
    expect(storyRecord(own, [ana, bram])).toEqual({ type: 'story', filters: { team: ['engineering', 'people'], location: ['ghent'], language: ['en', 'fr'] } });
  });

  it('finds an open job by team, places, work mode and language', () => {
    expect(jobRecord(job, false)).toEqual({ type: 'job', filters: { team: ['engineering'], location: ['ghent', 'brussels'], mode: ['hybrid'], language: ['en', 'fr'] } });
  });

  it('does not find a closed job', () => {
    expect(jobRecord(job, true)).toBeUndefined();
  });

  it('does not find a page that shows another language’s text', () => {
    expect(personRecord({ ...ana, ...shownInAnotherLanguage })).toBeUndefined();
    expect(storyRecord(shownInAnotherLanguage, [ana])).toBeUndefined();
    expect(jobRecord({ ...job, ...shownInAnotherLanguage }, false)).toBeUndefined();
  });

  it('finds teams and themes', () => {
    expect(teamRecord({ id: 'people' })).toEqual({ type: 'team', filters: { team: ['people'] } });
    expect(themeRecord()).toEqual({ type: 'theme', filters: {} });
  });
});

describe('the marks on a page', () => {
  it('marks an indexed page’s content and weighs its title above the rest', () => {
    expect(searchMarks(teamRecord({ id: 'people' }))).toEqual({ body: { 'data-pagefind-body': '' }, title: { 'data-pagefind-weight': '10' } });
  });

  it('marks nothing on a page that is not indexed', () => {
    expect(searchMarks(undefined)).toEqual({ body: {}, title: {} });
  });

  it('lists every filter value, the type first', () => {
    expect(searchFilterPairs(jobRecord(job, false)!)).toEqual([
      ['type', 'job'],
      ['team', 'engineering'],
      ['location', 'ghent'],
      ['location', 'brussels'],
      ['mode', 'hybrid'],
      ['language', 'en'],
      ['language', 'fr'],
    ]);
  });
});

describe('the built pages and the index', () => {
  it('knows an indexed page by its marked content', () => {
    expect(isIndexedPage('<html><body><header class="x" data-pagefind-body><h1>A</h1></header></body></html>')).toBe(true);
    expect(isIndexedPage('<html><body><main data-pagefind-body="">A</main></body></html>')).toBe(true);
    expect(isIndexedPage('<html><body><p>Search with data-pagefind-body in prose</p><div data-pagefind-ignore>x</div></body></html>')).toBe(false);
  });

  it('links each page by its site path, without index.html', () => {
    expect(pageUrlOf('fr/jobs/recruiter/index.html')).toBe('/fr/jobs/recruiter/');
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });

  it('keeps Pagefind’s script, worker, WebAssembly and index, not its ready-made interfaces', () => {
    const kept = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.fr.pagefind', 'pagefind.fr_1a2b.pf_meta', 'index/fr_1a2b.pf_index', 'fragment/fr_3c4d.pf_fragment', 'filter/fr_5e6f.pf_filter'];
    const dropped = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'playground/index.html'];
    expect(kept.filter(isBundleFile)).toEqual(kept);
    expect(dropped.filter(isBundleFile)).toEqual([]);
  });

  it('keys the index on the indexed pages and Pagefind’s version, whatever their order', () => {
    const pages = [
      { file: 'en/jobs/a/index.html', digest: pageDigest('<h1>A</h1>') },
      { file: 'en/jobs/b/index.html', digest: pageDigest('<h1>B</h1>') },
    ];
    const key = searchIndexKey('1.6.0', pages);
    expect(searchIndexKey('1.6.0', [...pages].reverse())).toBe(key);
    expect(searchIndexKey('1.6.1', pages)).not.toBe(key);
    expect(searchIndexKey('1.6.0', [pages[0]!, { ...pages[1]!, digest: pageDigest('<h1>B!</h1>') }])).not.toBe(key);
    expect(searchIndexKey('1.6.0', [pages[0]!, { ...pages[1]!, file: 'en/jobs/c/index.html' }])).not.toBe(key);
    expect(searchIndexKey('1.6.0', [pages[0]!])).not.toBe(key);
  });
});

describe('what the index reads of a page', () => {
  const story = ({ lang = 'en', title = 'Ten winters', nav = 'Jobs', h1 = 'Ten winters on one battery', body = 'The sensor slept.', image = 'cover.webp', filter = 'engineering', listing = 'More stories', anchor = 'start' } = {}) =>
    `<!doctype html><html lang="${lang}"><head><title>${title} · Brugwerk</title></head><body><nav>${nav}</nav><main>` +
    `<header data-pagefind-body><h1 data-pagefind-weight="10">${h1}</h1><img src="${image}" alt="A battery"></header>` +
    `<div class="prose" data-pagefind-body><p id="${anchor}">${body}</p></div><div hidden data-pagefind-meta="type:story"><span data-pagefind-filter="team:${filter}"></span></div>` +
    `<section><h2>${listing}</h2></section></main><footer>© Brugwerk</footer></body></html>`;
  const digest = pageDigest(story());

  it('is the same when only what the index leaves out changed: the menu, a listing, the footer', () => {
    expect(pageDigest(story({ nav: 'Vacatures' }))).toBe(digest);
    expect(pageDigest(story({ listing: 'Three more stories' }))).toBe(digest);
    expect(pageDigest(story().replace('© Brugwerk', '© Brugwerk 2027'))).toBe(digest);
  });

  it('changes with every part the index reads', () => {
    const changed = [
      story({ lang: 'nl' }),
      story({ title: 'Elf winters' }),
      story({ h1: 'Eleven winters on one battery' }),
      story({ body: 'The sensor woke.' }),
      story({ image: 'cover-2.webp' }),
      story({ filter: 'field-ops' }),
      story({ anchor: 'begin' }),
    ].map(pageDigest);
    expect(new Set([digest, ...changed]).size).toBe(changed.length + 1);
  });

  it('counts an element the page leaves open up to the end', () => {
    const cut = '<html lang="en"><body><main data-pagefind-body><h1>Cut</h1><p>short';
    expect(pageDigest(cut)).not.toBe(pageDigest(`${cut}er`));
  });
});
