/**
 * A site in three languages (tests/fixtures/languages: en, nl, fr; built once with today = 2026-03-01):
 * every page under /<lang>/ with a language switcher, the language chooser at /, reciprocal hreflang
 * sets with x-default and the same alternates in the sitemap, untranslated entries shown in their
 * own language with a notice and a canonical to the original, cards, feeds, share kits and
 * /jobs.json per language, and no English interface text on a Dutch or French page.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { elementHtml, findTags, jsonLd, linkHref, meta, nodesOfType, textOf } from '../helpers/html.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { useShareStrings } from '../../src/components/share/strings.ts';

const ORIGIN = 'https://careers.fixture.test';
const LANGUAGES = ['en', 'nl', 'fr'];

let site: BuiltSite;
let files: string[];
const pages = new Map<string, string>();

beforeAll(async () => {
  site = await buildSite('tests/fixtures/languages', { now: '2026-03-01' });
  if (site.code !== 0) throw new Error(`The three-language fixture did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  files = (await site.files()).sort();
  for (const file of files.filter((f) => f.endsWith('.html'))) pages.set(file, await site.read(file));
});

/** The HTML of a page by its site path, e.g. "/nl/jobs/". */
function page(sitePath: string): string {
  const html = pages.get(sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1));
  if (html === undefined) throw new Error(`${sitePath} was not built`);
  return html;
}

/** The hreflang alternates of a page: language → absolute URL. */
function alternates(html: string): Record<string, string> {
  return Object.fromEntries(findTags(html, 'link').filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang!, l.href!]));
}

const sitePathOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1');

describe('pages in every language', () => {
  it('puts every page under /<lang>/, with the same paths in each language, and / is the chooser', () => {
    const html = files.filter((f) => f.endsWith('.html') && f !== '404.html' && f !== 'index.html');
    expect(html.every((f) => LANGUAGES.some((lang) => f.startsWith(`${lang}/`)))).toBe(true);
    const pathsIn = (lang: string) => html.filter((f) => f.startsWith(`${lang}/`)).map((f) => f.slice(lang.length));
    expect(pathsIn('nl')).toEqual(pathsIn('en'));
    expect(pathsIn('fr')).toEqual(pathsIn('en'));
    expect(pathsIn('en')).toContain('/stories/first-day/index.html');
    const chooser = page('/');
    expect(findTags(chooser, 'a').filter((a) => a['data-language-choice'] !== undefined && !('aria-current' in a)).map((a) => [a.href, a.hreflang, a.lang])).toEqual(expect.arrayContaining([
      ['/en/', 'en', 'en'],
      ['/nl/', 'nl', 'nl'],
      ['/fr/', 'fr', 'fr'],
    ]));
  });

  it('gives each page the lang of its language and a switcher to the same page in each language', () => {
    for (const [file, html] of pages) {
      const lang = LANGUAGES.find((l) => file.startsWith(`${l}/`));
      if (!lang) continue;
      expect(findTags(html, 'html')[0]!.lang, file).toBe(lang);
      const rest = sitePathOf(file).slice(lang.length + 1);
      const switcher = findTags(html, 'a').filter((a) => a['data-language-choice'] !== undefined);
      expect(switcher.map((a) => a.href), file).toEqual(LANGUAGES.map((l) => `/${l}${rest}`));
      expect(switcher.filter((a) => a['aria-current'] === 'true').map((a) => a.hreflang), file).toEqual([lang]);
    }
  });

  it('writes team, location and theme names, dates and interface text in the page language', () => {
    expect(textOf(page('/nl/teams/engineering/'))).toContain('Ontwikkeling');
    expect(textOf(page('/fr/jobs/backend-engineer/'))).toContain('Gand');
    expect(textOf(page('/nl/themes/hiring/'))).toContain('Vacatures');
    expect(textOf(page('/fr/stories/first-day/'))).toMatch(/12 janvier 2026/);
    expect(textOf(page('/nl/stories/first-day/'))).toMatch(/12 januari 2026/);
  });

  it('leaves no English interface string on a Dutch or French page', () => {
    for (const lang of ['nl', 'fr']) {
      const phrases = [...englishOnly(useStrings('en'), useStrings(lang)), ...englishOnly(useShareStrings('en'), useShareStrings(lang))];
      expect(phrases.length).toBeGreaterThan(40);
      const pages = ['/', '/jobs/', '/ambassadors/ana-peeters/', '/ambassadors/chloe-martin/', '/stories/first-day/', '/jobs/recruiter/', '/jobs/backend-engineer/', '/jobs/closed-illustrator/', '/share/', '/share/ana-peeters/', '/recognition/', '/teams/', '/themes/', '/themes/culture/', '/privacy/'];
      for (const path of pages.map((p) => `/${lang}${p}`)) {
        const text = textOf(page(path));
        expect(phrases.filter((phrase) => text.includes(phrase)), `${path}`).toEqual([]);
      }
    }
  });
});

describe('text the interface adds around an author\'s words', () => {
  it('labels footnotes in the language of the text they belong to', () => {
    const story = page('/nl/stories/first-day/');
    expect(findTags(story, 'h2').find((h) => h.id === 'footnote-label')?.class).toBe('visually-hidden');
    expect(textOf(elementHtml(story, 'main')!)).toContain('Voetnoten');
    expect(findTags(story, 'a').filter((a) => a['data-footnote-backref'] !== undefined).map((a) => a['aria-label'])).toEqual(['Terug naar verwijzing 1']);
    expect(story).not.toMatch(/Footnotes|Back to reference|sr-only/);
  });

  it('gives the one 404 page, in the default language, the message in every other language too', () => {
    const notFound = page('/404.html');
    expect(findTags(notFound, 'html')[0]!.lang).toBe('en');
    expect(textOf(notFound)).toContain('Page not found');
    const others = findTags(notFound, 'section').filter((s) => s.class?.includes('not-found-other')).map((s) => s.lang);
    expect(others).toEqual(['nl', 'fr']);
    expect(textOf(notFound)).toMatch(/Pagina niet gevonden.*Naar de homepagina.*Page introuvable.*Retour à l’accueil/s);
    expect(findTags(notFound, 'a').map((a) => a.href)).toEqual(expect.arrayContaining(['/nl/', '/fr/']));
  });
});

/** Interface strings of several words that a language translates: none of them may show on its pages. */
function englishOnly(en: object, other: object): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string') {
      const plain = a.replace(/\{[^}]*\}/g, '').trim();
      if (a !== b && plain.includes(' ') && !/[{}]/.test(plain)) out.push(...plain.split(/[.:!?]\s*/).filter((part) => part.trim().split(' ').length >= 2).map((p) => p.trim()));
    } else if (a && typeof a === 'object' && b && typeof b === 'object') for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  };
  walk(en, other);
  return [...new Set(out)];
}

describe('pages for candidates, in every language', () => {
  it('index the teams and the themes', () => {
    expect(textOf(page('/nl/teams/'))).toMatch(/Teams.*Ontwikkeling.*Mensen & Cultuur.*Ontwerp/);
    expect(findTags(page('/fr/teams/'), 'a').map((a) => a.href)).toEqual(expect.arrayContaining(['/fr/teams/engineering/', '/fr/teams/people/', '/fr/teams/design/']));
    expect(textOf(page('/fr/themes/'))).toMatch(/Thèmes.*Culture.*1 témoignage.*Recrutement/);
    expect(findTags(page('/nl/themes/'), 'a').map((a) => a.href)).toEqual(expect.arrayContaining(['/nl/themes/culture/', '/nl/themes/hiring/']));
  });

  it("say on a closed job whose team has no other open job that there is none, with a link to every job", () => {
    const expected = {
      en: 'Open jobs in Design No open jobs in this team right now. See all jobs',
      nl: 'Open vacatures in Ontwerp Er zijn nu geen open vacatures in dit team. Alle vacatures',
      fr: 'Offres ouvertes : Design Aucune offre ouverte dans cette équipe pour le moment. Toutes les offres',
    };
    for (const [lang, words] of Object.entries(expected)) {
      const main = elementHtml(page(`/${lang}/jobs/closed-illustrator/`), 'main')!;
      expect(textOf(main), lang).toContain(words);
      expect(findTags(main, 'a').map((a) => a.href), lang).toContain(`/${lang}/jobs/`);
    }
  });

  it("lead a candidate to a colleague's own contact route, else to the recruiting team", () => {
    const backend = (lang: string) => elementHtml(page(`/${lang}/jobs/backend-engineer/`), 'main')!;
    expect(findTags(backend('en'), 'a').filter((a) => a.href === 'https://www.linkedin.com/in/anapeeters').length).toBe(1);
    expect(textOf(backend('en'))).toContain('Ask Ana Peeters on LinkedIn');
    expect(textOf(backend('nl'))).toContain('Vraag het Ana Peeters op LinkedIn');
    expect(textOf(backend('fr'))).toContain('Écrire à Ana Peeters sur LinkedIn');
    expect(textOf(backend('en'))).not.toContain('recruiting team');
    expect(textOf(page('/en/ambassadors/ana-peeters/'))).toContain('Ask Ana Peeters on LinkedIn');
    // Chloé gave no route: the recruiting team of site.yaml puts candidates in touch, the job's title as the subject.
    const recruiter = elementHtml(page('/fr/jobs/recruiter/'), 'main')!;
    expect(textOf(recruiter)).toContain('Notre équipe recrutement vous met en contact avec Chloé Martin : jobs@fixture.test');
    expect(findTags(recruiter, 'a').map((a) => a.href)).toContain('mailto:jobs@fixture.test?subject=Recruiter');
    expect(textOf(page('/nl/ambassadors/chloe-martin/'))).toContain('Ons rekruteringsteam brengt je in contact met Chloé Martin: jobs@fixture.test');
  });

  it('end every page with the legal details of site.yaml and a link to the privacy notice in its language', () => {
    for (const [file, html] of pages) {
      const lang = LANGUAGES.find((l) => file.startsWith(`${l}/`));
      if (!lang) continue;
      const footer = elementHtml(html, 'footer')!;
      expect(textOf(footer), file).toContain(`Fixture & Co BV · Korenmarkt 1, 9000 Gent, België · ${useStrings(lang).footer.vat('BE 0123.456.789')}`);
      expect(findTags(footer, 'a').map((a) => a.href), file).toEqual(expect.arrayContaining([`/${lang}/privacy/`, `/${lang}/share/`]));
    }
    expect(textOf(page('/nl/privacy/'))).toContain('de taal die je koos');
    expect(textOf(page('/fr/privacy/'))).toMatch(/Qui nous sommes Fixture & Co BV Korenmarkt 1, 9000 Gent, België TVA BE 0123\.456\.789 Vos questions sur la vie privée : jobs@fixture\.test/);
  });
});

describe('translations and untranslated entries', () => {
  it('shows a translation in its language, with its own text', () => {
    const html = page('/nl/stories/first-day/');
    expect(textOf(html)).toContain('Mijn eerste dag bij Fixture & Co');
    expect(textOf(html)).toContain('Op mijn eerste dag stond het ontbijt klaar');
    expect(html).not.toContain('notice--language');
    expect(linkHref(html, 'canonical')).toBe(`${ORIGIN}/nl/stories/first-day/`);
    expect(nodesOfType(jsonLd(html), 'Article')[0]).toMatchObject({ inLanguage: 'nl', headline: 'Mijn eerste dag bij Fixture & Co' });
  });

  it('lists an untranslated entry in every language, marked with its language', () => {
    const list = page('/nl/stories/');
    expect(textOf(list)).toContain('Des entretiens en français');
    expect(textOf(list)).toContain('In het Frans');
    expect(findTags(list, 'h2').some((h) => h.lang === 'fr')).toBe(true);
  });

  it('shows the original text of an untranslated page, with lang, a notice and a canonical to the original', () => {
    const html = page('/nl/stories/entretiens-en-francais/');
    expect(textOf(html)).toContain('Dit verhaal is in het Frans.');
    expect(findTags(html, 'h1')[0]!.lang).toBe('fr');
    expect(linkHref(html, 'canonical')).toBe(`${ORIGIN}/fr/stories/entretiens-en-francais/`);
    expect(alternates(html)).toEqual({});
    expect(nodesOfType(jsonLd(html), 'Article')).toEqual([]);
    expect(textOf(page('/fr/jobs/recruiter/'))).toContain('Cette offre est en anglais.');
    // The posting's own words about pay are in English too, and marked so.
    const note = (lang: string) => [...page(`/${lang}/jobs/recruiter/`).matchAll(/<(span|dd)([^>]*)>Shared in the first call, before any interview\.</g)].map((m) => `${m[1]}${/ lang="([^"]*)"/.exec(m[2]!)?.[0] ?? ''}`);
    expect(note('fr')).toEqual(['span lang="en"', 'dd lang="en"']);
    expect(note('en')).toEqual(['span', 'dd']);
    expect(textOf(page('/en/ambassadors/chloe-martin/'))).toContain('This profile is in French.');
  });

  it('has reciprocal hreflang sets: every version lists all versions and x-default, and each of them lists the same', () => {
    let checked = 0;
    for (const [file, html] of pages) {
      const set = alternates(html);
      if (Object.keys(set).length === 0) continue;
      checked++;
      expect(set['x-default'], file).toBeDefined();
      const own = `${ORIGIN}${sitePathOf(file)}`;
      if (file !== 'index.html') expect(Object.values(set), file).toContain(own);
      for (const [lang, url] of Object.entries(set)) {
        if (lang === 'x-default') continue;
        expect(alternates(page(url.slice(ORIGIN.length))), `${file} → ${url}`).toEqual(set);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(alternates(page('/nl/stories/first-day/'))).toEqual({ en: `${ORIGIN}/en/stories/first-day/`, nl: `${ORIGIN}/nl/stories/first-day/`, 'x-default': `${ORIGIN}/en/stories/first-day/` });
    expect(alternates(page('/fr/'))).toEqual({ en: `${ORIGIN}/en/`, nl: `${ORIGIN}/nl/`, fr: `${ORIGIN}/fr/`, 'x-default': `${ORIGIN}/` });
    expect(alternates(page('/en/jobs/backend-engineer/'))).toEqual({ en: `${ORIGIN}/en/jobs/backend-engineer/`, fr: `${ORIGIN}/fr/jobs/backend-engineer/`, 'x-default': `${ORIGIN}/en/jobs/backend-engineer/` });
  });

  it('carries the same alternates in the sitemap, and leaves untranslated pages out', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(await site.read('sitemap-0.xml'));
    const urls = xml.urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain(`${ORIGIN}/nl/stories/first-day/`);
    expect(locs).not.toContain(`${ORIGIN}/nl/stories/entretiens-en-francais/`);
    expect(locs).not.toContain(`${ORIGIN}/fr/jobs/recruiter/`);
    for (const url of urls) {
      const fromSitemap = Object.fromEntries((url['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
      expect(fromSitemap, url.loc).toEqual(alternates(page(url.loc.slice(ORIGIN.length))));
    }
  });
});

describe('cards, feeds, share kits and /jobs.json per language', () => {
  it('gives each language its own card, in its words', async () => {
    expect(meta(page('/nl/stories/first-day/'), 'og:image')).toBe(`${ORIGIN}/og/nl/stories/first-day.png`);
    expect(meta(page('/fr/'), 'og:image')).toBe(`${ORIGIN}/og/fr/site.png`);
    for (const lang of ['en', 'fr']) expect(await site.exists(`og/${lang}/jobs/backend-engineer.png`)).toBe(true);
    expect(files.filter((f) => /^og\/[a-z]+\/site\.png$/.test(f))).toHaveLength(3);
  });

  it("shows on a page in another language's text that text's own card, and draws no card for it", async () => {
    // backend-engineer is in English and French; the Dutch page shows the English text.
    expect(meta(page('/nl/jobs/backend-engineer/'), 'og:image')).toBe(`${ORIGIN}/og/en/jobs/backend-engineer.png`);
    expect(meta(page('/fr/jobs/backend-engineer/'), 'og:image')).toBe(`${ORIGIN}/og/fr/jobs/backend-engineer.png`);
    expect(await site.exists('og/nl/jobs/backend-engineer.png')).toBe(false);
    // entretiens-en-francais is in French only.
    for (const lang of ['en', 'nl']) expect(meta(page(`/${lang}/stories/entretiens-en-francais/`), 'og:image')).toBe(`${ORIGIN}/og/fr/stories/entretiens-en-francais.png`);
    expect(files.filter((f) => f.startsWith('og/') && f.includes('/stories/entretiens-en-francais.'))).toEqual(['og/fr/stories/entretiens-en-francais.png']);
  });

  it('makes a card with a photo a JPEG in every language, and says so in og:image:type', async () => {
    for (const lang of LANGUAGES) {
      const html = page(`/${lang}/ambassadors/ana-peeters/`);
      const card = meta(html, 'og:image')!;
      expect(card).toMatch(new RegExp(`^${ORIGIN}/og/[a-z]+/ambassadors/ana-peeters\\.jpg$`));
      expect(meta(html, 'og:image:type')).toBe('image/jpeg');
      expect(await site.exists(card.slice(ORIGIN.length + 1))).toBe(true);
    }
    expect(meta(page('/nl/stories/first-day/'), 'og:image:type')).toBe('image/png');
  });

  it('has feeds per language, with the language and links to that language\'s pages', async () => {
    const nl = await site.read('nl/rss.xml');
    expect(nl).toContain('<language>nl</language>');
    expect(nl).toContain(`<link>${ORIGIN}/nl/stories/first-day/</link>`);
    expect(nl).toContain('Mijn eerste dag bij Fixture &amp; Co');
    expect(await site.read('fr/jobs/rss.xml')).toContain('Ingénieur ou ingénieure backend');
  });

  it('offers each proposal in the languages the ambassador speaks that it has text in', () => {
    const kit = textOf(page('/fr/share/ana-peeters/'));
    expect(kit).toContain('Deel Ana');
    expect(kit).toContain('Share Ana');
    expect(kit).toContain('En néerlandais');
    // The Dutch proposal links to the Dutch page, with the same campaign as the English one.
    const links = findTags(page('/fr/share/ana-peeters/'), 'a').map((a) => a.href ?? '').filter((href) => href.startsWith('https://x.com/'));
    expect(links.some((href) => href.includes(encodeURIComponent(`${ORIGIN}/nl/stories/first-day/?utm_source=x&utm_medium=ambassador&utm_campaign=first-day&utm_content=ana-peeters`)))).toBe(true);
    expect(links.some((href) => href.includes(encodeURIComponent(`${ORIGIN}/en/stories/first-day/?utm_source=x&utm_medium=ambassador&utm_campaign=first-day&utm_content=ana-peeters`)))).toBe(true);
  });

  it('lists each job of /jobs.json in its language, with its translations', async () => {
    const json = JSON.parse(await site.read('jobs.json')) as { jobs: { id: string; language: string; url: string; title: string; translations?: Record<string, { title: string; url: string }> }[] };
    const backend = json.jobs.find((j) => j.id === 'backend-engineer')!;
    expect(backend).toMatchObject({ language: 'en', url: `${ORIGIN}/en/jobs/backend-engineer/`, title: 'Backend engineer', translations: { fr: { title: 'Ingénieur ou ingénieure backend', url: `${ORIGIN}/fr/jobs/backend-engineer/` } } });
    expect(json.jobs.find((j) => j.id === 'recruiter')!.translations).toBeUndefined();
    expect(nodesOfType(jsonLd(page('/fr/jobs/backend-engineer/')), 'JobPosting')[0]).toMatchObject({ inLanguage: 'fr', title: 'Ingénieur ou ingénieure backend' });
  });
});
