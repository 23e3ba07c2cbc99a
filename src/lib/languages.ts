/**
 * The languages of a site (DESIGN §9) and what an entry looks like in one of them. Pure: the site's
 * languages and the page's language are arguments.
 *
 * A one-language site keeps unprefixed paths (`/stories/…`); a site in several languages puts every
 * page under `/<lang>/`. An entry's text is its main file's (in its `lang`, or the site default) with a
 * translation file's fields over it; with no translation for the page's language, the page shows the
 * original text, marked, and points search engines to the original as its canonical version.
 */
import type { LocalText } from '../schemas/fields.ts';

/** The languages of a site, the default first. */
export interface SiteLanguages {
  /** Every language code, the default first. */
  codes: readonly string[];
  /** The default language. */
  defaultLang: string;
  /** Whether pages live under /<lang>/ (more than one language). */
  multilingual: boolean;
}

/** The site's languages from site.yaml: `languages`, or the single `lang` (English by default). */
export function resolveLanguages(input: { lang?: string; languages?: readonly string[] }): SiteLanguages {
  const codes = input.languages?.length ? [...input.languages] : [input.lang ?? 'en'];
  return { codes, defaultLang: codes[0]!, multilingual: codes.length > 1 };
}

/** The text of a value in a language: its own, else the default language's, else the first one given. */
export function textIn(value: LocalText, lang: string, defaultLang: string): string;
export function textIn(value: LocalText | undefined, lang: string, defaultLang: string): string | undefined;
export function textIn(value: LocalText | undefined, lang: string, defaultLang: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[lang] ?? value[defaultLang] ?? Object.values(value)[0];
}

/** The route parameter of a page in a language: undefined on a one-language site (no prefix). */
export function languageParam(languages: SiteLanguages, lang: string): string | undefined {
  return languages.multilingual ? lang.toLowerCase() : undefined;
}

/** The language of a route parameter (undefined: the default language, on a one-language site or the language chooser). */
export function languageOfParam(languages: SiteLanguages, param: string | undefined): string {
  if (param === undefined) return languages.defaultLang;
  return languages.codes.find((code) => code.toLowerCase() === param) ?? languages.defaultLang;
}

/** A site path in a language: `/stories/x/` → `/fr/stories/x/` on a site in several languages. */
export function localizePath(languages: SiteLanguages, lang: string, path: string): string {
  const param = languageParam(languages, lang);
  return param === undefined ? path : `/${param}${path}`;
}

/** The main file and translations of one entry, as the loaders give them. */
export interface EntryTexts<E, T> {
  /** The main file. */
  main: E;
  /** Translations by language code. */
  translations: ReadonlyMap<string, T>;
}

/** An entry as a page in one language shows it. */
export type Localized<E extends { id: string; data: object }, T = unknown> = E & {
  /** The language its text is in. */
  lang: string;
  /** The language of its main file (its page in that language is the canonical one for untranslated pages). */
  original: string;
  /** The languages with their own text (the original and the translations), in the site's order. */
  versions: readonly string[];
  /** Shown in a language it has no text in (on a site in several languages): a marked, canonicalised page. */
  fallback: boolean;
  /** What holds the body to render: the main entry or the translation. */
  source: E | T;
};

/** The language a main file is written in: its `lang` when the site has that language, else the default. */
export function originalLanguage(data: { lang?: string }, languages: SiteLanguages): string {
  return data.lang && languages.codes.includes(data.lang) ? data.lang : languages.defaultLang;
}

/**
 * An entry in a language: the translation's fields over the main file's data, and the translation's
 * body, when there is one in `lang`; otherwise the main file as it is.
 */
export function localizeEntry<E extends { id: string; data: object & { lang?: string }; body?: string; rendered?: unknown }, T extends { data: object; body?: string; rendered?: unknown }>(
  texts: EntryTexts<E, T>,
  lang: string,
  languages: SiteLanguages,
): Localized<E, T> {
  const { main, translations } = texts;
  const original = originalLanguage(main.data, languages);
  const versions = languages.codes.filter((code) => code === original || translations.has(code));
  const translation = lang === original ? undefined : translations.get(lang);
  if (!translation) {
    // Text language: the main file's own lang (it may be a language the site does not list).
    const textLang = main.data.lang ?? languages.defaultLang;
    return { ...main, lang: textLang, original, versions, fallback: languages.multilingual && !versions.includes(lang), source: main };
  }
  const fields = Object.fromEntries(Object.entries(translation.data).filter(([, value]) => value !== undefined));
  return { ...main, data: { ...main.data, ...fields, lang }, body: translation.body, rendered: translation.rendered, lang, original, versions, fallback: false, source: translation };
}

/**
 * The translations a job from an applicant tracking system brings with it (`translations` in its
 * data, from src/loaders/), as translation entries: its title, and its description as HTML. A
 * translation file of the same language (`<slug>.<lang>.md`) wins over the ATS's.
 */
export function withAtsTranslations<T>(
  job: { id: string; data: { translations?: Record<string, { title: string; html: string }> } },
  files: ReadonlyMap<string, T> | undefined,
): Map<string, T | { id: string; collection: 'translations'; data: { title: string }; rendered: { html: string } }> {
  const all = new Map<string, T | { id: string; collection: 'translations'; data: { title: string }; rendered: { html: string } }>(files ?? []);
  for (const [lang, { title, html }] of Object.entries(job.data.translations ?? {})) {
    if (!all.has(lang)) all.set(lang, { id: `${job.id}.${lang}`, collection: 'translations', data: { title }, rendered: { html } });
  }
  return all;
}

/** Groups translation entries (ids `<slug>.<lang>`) by the main entry's id. */
export function groupTranslations<T extends { id: string }>(translations: readonly T[]): Map<string, Map<string, T>> {
  const byMain = new Map<string, Map<string, T>>();
  for (const t of translations) {
    const dot = t.id.lastIndexOf('.');
    if (dot <= 0) continue;
    const id = t.id.slice(0, dot);
    const lang = t.id.slice(dot + 1);
    let map = byMain.get(id);
    if (!map) byMain.set(id, (map = new Map()));
    map.set(lang, t);
  }
  return byMain;
}
