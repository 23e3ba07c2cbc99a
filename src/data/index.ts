/**
 * The only caller of getCollection(): loads every collection once per build, applies the
 * publication rules of src/lib/catalog.ts for "today" (VAANDEL_NOW or the clock), and hands pages
 * a prepared, indexed catalog in each of the site's languages (src/lib/languages.ts): the same
 * entries everywhere, their texts in the page's language where a translation exists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { ambassadorTranslationSchema, imagePath, jobTranslationSchema, recognitionTranslationSchema, shareTranslationSchema, storyTranslationSchema } from '../schemas/index.ts';
import { COLLECTION_DIRS } from '../lib/content-dir.ts';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import { resolveToday } from '../lib/dates.ts';
import { isSvgLogoSource, type SvgLogo, type SvgLogoSource } from '../lib/images/site-logo.ts';
import { loadSvgLogo } from '../lib/images/site-logo-fs.ts';
import { groupTranslations, localizeEntry, resolveLanguages, withAtsTranslations, type Localized, type SiteLanguages } from '../lib/languages.ts';
import { resolveSiteConfig, splitSiteUrl, type SiteConfig } from '../lib/site-config.ts';

type Main = 'ambassadors' | 'stories' | 'jobs' | 'recognition' | 'share';
/** A translation file as src/lib/languages.ts merges it: its front matter, parsed by its kind's schema, and its body. */
export type Translation<C extends Main = Main> = Omit<CollectionEntry<'translations'>, 'data'> & { data: Partial<CollectionEntry<C>['data']> };
/** An entry of a collection as a page in one language shows it. */
export type Entry<C extends Main> = Localized<CollectionEntry<C>, Translation<C>>;

/** Each collection's translation schema (translations hold no images, so the image field type does not matter). */
const TRANSLATION_SCHEMAS = {
  ambassadors: ambassadorTranslationSchema(imagePath),
  stories: storyTranslationSchema(imagePath),
  jobs: jobTranslationSchema,
  recognition: recognitionTranslationSchema,
  share: shareTranslationSchema(imagePath),
} satisfies Record<Main, z.ZodType>;

/** A published ambassador entry. */
export type Ambassador = Entry<'ambassadors'>;
/** A story entry. */
export type Story = Entry<'stories'>;
/** A job entry. */
export type Job = Entry<'jobs'>;
/** A thank-you entry. */
export type Recognition = Entry<'recognition'>;
/** A share post entry. */
export type SharePost = Entry<'share'>;
/** The site's catalog of published content, in one language. */
export type SiteCatalog = Catalog<Ambassador, Story, Job, Recognition, SharePost>;
/** The site logo as pages show it: Astro's image metadata for a picture, the SVG published at /logo.svg. */
type PublishedLogo = Exclude<CollectionEntry<'site'>['data']['logo'], SvgLogoSource> | SvgLogo;
/** The resolved site configuration in one language, with its logo as published. */
export type Site = SiteConfig<PublishedLogo>;

interface Loaded {
  input: Omit<CollectionEntry<'site'>['data'], 'logo'> & { logo?: PublishedLogo };
  themes: CollectionEntry<'themes'>['data'][];
  languages: SiteLanguages;
  today: Date;
  texts: { [C in Main]: { main: CollectionEntry<C>; translations: ReadonlyMap<string, Translation<C>> }[] };
}

let loaded: Promise<Loaded> | undefined;

/**
 * The translation files of one collection (ids `<folder>/<slug>.<lang>`), grouped by entry. The
 * checker has already reported any file its schema refuses; such a file is left out here.
 */
function translationsOf<C extends Main>(collection: C, all: readonly CollectionEntry<'translations'>[]): Map<string, Map<string, Translation<C>>> {
  const prefix = `${COLLECTION_DIRS[collection]}/`;
  const parsed = all.flatMap((entry) => {
    if (!entry.id.startsWith(prefix)) return [];
    const result = TRANSLATION_SCHEMAS[collection].safeParse(entry.data);
    return result.success ? [{ ...entry, id: entry.id.slice(prefix.length), data: result.data as Translation<C>['data'] }] : [];
  });
  return groupTranslations(parsed);
}

async function loadTexts<C extends Main>(collection: C, translations: readonly CollectionEntry<'translations'>[]): Promise<Loaded['texts'][C]> {
  const mains = (await getCollection(collection)) as CollectionEntry<C>[];
  const byMain = translationsOf(collection, translations);
  // Jobs from an applicant tracking system bring their translations with them.
  const ownTranslations = (main: CollectionEntry<C>) => (collection === 'jobs' ? withAtsTranslations(main as CollectionEntry<'jobs'>, byMain.get(main.id)) : byMain.get(main.id));
  return mains.map((main) => ({ main, translations: ownTranslations(main) ?? new Map() })) as Loaded['texts'][C];
}

async function load(): Promise<Loaded> {
  const [siteEntries, themes, translations] = await Promise.all([getCollection('site'), getCollection('themes'), getCollection('translations')]);
  const [ambassadors, stories, jobs, recognition, share] = await Promise.all([
    loadTexts('ambassadors', translations),
    loadTexts('stories', translations),
    loadTexts('jobs', translations),
    loadTexts('recognition', translations),
    loadTexts('share', translations),
  ]);
  const siteEntry = siteEntries[0];
  if (!siteEntry) throw new Error('content/site.yaml is missing. Copy the one from the demo content and edit it.');
  const languages = resolveLanguages(siteEntry.data);
  const { logo } = siteEntry.data;
  // Translations into a language the site does not have are not shown (the checker reports them).
  const keep = <T extends { translations: ReadonlyMap<string, unknown> }>(list: T[]) =>
    list.map((texts) => ({ ...texts, translations: new Map([...texts.translations].filter(([lang]) => languages.codes.includes(lang))) }));
  return {
    input: { ...siteEntry.data, logo: isSvgLogoSource(logo) ? (await loadSvgLogo(logo, splitSiteUrl(siteEntry.data.url).base)).logo : logo },
    themes: themes.map((t) => t.data),
    languages,
    today: resolveToday(process.env, new Date()),
    texts: { ambassadors: keep(ambassadors), stories: keep(stories), jobs: keep(jobs), recognition: keep(recognition), share: keep(share) },
  };
}

const sites = new Map<string, Site>();
const catalogs = new Map<string, SiteCatalog>();

/** The site's languages: their codes (the default first) and whether pages carry a language prefix. */
export async function getLanguages(): Promise<SiteLanguages> {
  return (await (loaded ??= load())).languages;
}

/** The resolved site configuration (site.yaml with defaults, teams, locations, themes) in a language (the default one without). */
export async function getSite(lang?: string): Promise<Site> {
  const l = await (loaded ??= load());
  const code = lang ?? l.languages.defaultLang;
  let site = sites.get(code);
  if (!site) sites.set(code, (site = resolveSiteConfig(l.input, l.themes, code)));
  return site;
}

/** Everything published today, indexed, with texts in a language (the default one without). */
export async function getCatalog(lang?: string): Promise<SiteCatalog> {
  const l = await (loaded ??= load());
  const code = lang ?? l.languages.defaultLang;
  let catalog = catalogs.get(code);
  if (!catalog) {
    const localize = <C extends Main>(collection: C) => l.texts[collection].map((texts) => localizeEntry(texts, code, l.languages) as Entry<C>);
    catalog = buildCatalog(
      { ambassadors: localize('ambassadors'), stories: localize('stories'), jobs: localize('jobs'), recognition: localize('recognition'), share: localize('share') },
      l.today,
    );
    catalogs.set(code, catalog);
  }
  return catalog;
}
