/** The languages of a site and what an entry looks like in one of them (src/lib/languages.ts, src/lib/language-choice.ts). */
import { describe, expect, test } from 'vitest';
import { groupTranslations, languageOfParam, languageParam, localizeEntry, localizePath, resolveLanguages, textIn, withAtsTranslations } from '../../src/lib/languages.ts';
import { pickLanguage } from '../../src/lib/language-choice.ts';

const one = resolveLanguages({ lang: 'en' });
const three = resolveLanguages({ languages: ['en', 'nl', 'fr'] });

describe('languages of a site', () => {
  test('one language keeps unprefixed paths; several put every page under /<lang>/', () => {
    expect(resolveLanguages({})).toEqual({ codes: ['en'], defaultLang: 'en', multilingual: false });
    expect(three).toEqual({ codes: ['en', 'nl', 'fr'], defaultLang: 'en', multilingual: true });
    expect(localizePath(one, 'en', '/stories/x/')).toBe('/stories/x/');
    expect(localizePath(three, 'fr', '/stories/x/')).toBe('/fr/stories/x/');
    expect(languageParam(one, 'en')).toBeUndefined();
    expect(languageParam(resolveLanguages({ languages: ['nl-BE', 'fr-BE'] }), 'fr-BE')).toBe('fr-be');
    expect(languageOfParam(resolveLanguages({ languages: ['nl-BE', 'fr-BE'] }), 'fr-be')).toBe('fr-BE');
    expect(languageOfParam(three, undefined)).toBe('en');
  });

  test('a text per language falls back to the default language, then to any', () => {
    expect(textIn('Ghent', 'fr', 'en')).toBe('Ghent');
    expect(textIn({ en: 'Ghent', nl: 'Gent', fr: 'Gand' }, 'nl', 'en')).toBe('Gent');
    expect(textIn({ en: 'Ghent', nl: 'Gent' }, 'fr', 'en')).toBe('Ghent');
    expect(textIn({ nl: 'Gent' }, 'fr', 'en')).toBe('Gent');
    expect(textIn(undefined, 'fr', 'en')).toBeUndefined();
  });
});

describe('an entry in a language', () => {
  const main = { id: 'first-day', data: { title: 'My first day', summary: 'How it began.', ambassadors: ['sofie'] }, body: 'English text', rendered: { html: '<p>English text</p>' } };
  const nl = { id: 'first-day.nl', data: { title: 'Mijn eerste dag', summary: undefined }, body: 'Nederlandse tekst', rendered: { html: '<p>Nederlandse tekst</p>' } };
  const texts = { main, translations: new Map([['nl', nl]]) };

  test('a translation lays its fields and body over the main file; identity stays', () => {
    const shown = localizeEntry(texts, 'nl', three);
    expect(shown).toMatchObject({ id: 'first-day', lang: 'nl', original: 'en', versions: ['en', 'nl'], fallback: false, body: 'Nederlandse tekst', rendered: { html: '<p>Nederlandse tekst</p>' } });
    expect(shown.data).toEqual({ title: 'Mijn eerste dag', summary: 'How it began.', ambassadors: ['sofie'], lang: 'nl' });
    expect(shown.source).toBe(nl);
  });

  test('without a translation, the original text, marked as shown in another language', () => {
    const shown = localizeEntry(texts, 'fr', three);
    expect(shown).toMatchObject({ lang: 'en', original: 'en', versions: ['en', 'nl'], fallback: true, body: 'English text' });
    expect(shown.source).toBe(main);
    expect(localizeEntry(texts, 'en', three).fallback).toBe(false);
  });

  test('an original in another language than the default; on a one-language site nothing is a fallback', () => {
    const french = { main: { ...main, data: { ...main.data, lang: 'fr' } }, translations: new Map() };
    expect(localizeEntry(french, 'en', three)).toMatchObject({ lang: 'fr', original: 'fr', versions: ['fr'], fallback: true });
    expect(localizeEntry(french, 'en', resolveLanguages({ lang: 'en' }))).toMatchObject({ lang: 'fr', original: 'en', fallback: false });
  });

  test('translation ids <slug>.<lang> are grouped by entry', () => {
    const grouped = groupTranslations([{ id: 'a.nl' }, { id: 'a.fr' }, { id: 'b-c.nl' }, { id: 'nodot' }]);
    expect([...grouped].map(([id, byLang]) => [id, [...byLang.keys()]])).toEqual([
      ['a', ['nl', 'fr']],
      ['b-c', ['nl']],
    ]);
  });
});

describe('the language chooser', () => {
  const offered = ['en', 'nl', 'fr'];
  test('a remembered choice first, then the browser languages, exactly or by their main part', () => {
    expect(pickLanguage(offered, 'fr', ['nl-BE'])).toBe('fr');
    expect(pickLanguage(offered, null, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(offered, 'de', ['fr-BE'])).toBe('fr');
    expect(pickLanguage(['nl-BE', 'fr-BE'], undefined, ['fr'])).toBe('fr-BE');
    expect(pickLanguage(offered, null, ['de', 'es'])).toBeUndefined();
  });
});

describe('jobs from an applicant tracking system', () => {
  test('bring their translations, unless a translation file of the same language exists', () => {
    const job = { id: 'data-engineer-123', data: { title: 'Data engineer', translations: { nl: { title: 'Data-ingenieur', html: '<p>NL</p>' }, fr: { title: 'Ingénieur data', html: '<p>FR</p>' } } } };
    const file = { id: 'data-engineer-123.fr', data: { title: 'Ingénieure ou ingénieur data' } };
    const all = withAtsTranslations(job, new Map([['fr', file]]));
    expect(all.get('fr')).toBe(file);
    expect(all.get('nl')).toEqual({ id: 'data-engineer-123.nl', collection: 'translations', data: { title: 'Data-ingenieur' }, rendered: { html: '<p>NL</p>' } });
    const shown = localizeEntry({ main: { ...job, body: '', rendered: { html: '<p>EN</p>' } }, translations: all }, 'nl', three);
    expect(shown).toMatchObject({ lang: 'nl', data: { title: 'Data-ingenieur' }, rendered: { html: '<p>NL</p>' }, fallback: false, versions: ['en', 'nl', 'fr'] });
  });
});
