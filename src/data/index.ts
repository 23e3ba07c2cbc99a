/**
 * The only caller of getCollection(): loads every collection once per build, applies the
 * publication rules of src/lib/catalog.ts for "today" (VAANDEL_NOW or the clock), and hands pages
 * a prepared, indexed catalog.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import { resolveToday } from '../lib/dates';
import { isSvgLogoSource, type SvgLogo, type SvgLogoSource } from '../lib/images/site-logo';
import { loadSvgLogo } from '../lib/images/site-logo-fs';
import { resolveSiteConfig, type SiteConfig } from '../lib/site-config';

/** A published ambassador entry. */
export type Ambassador = CollectionEntry<'ambassadors'>;
/** A story entry. */
export type Story = CollectionEntry<'stories'>;
/** A job entry. */
export type Job = CollectionEntry<'jobs'>;
/** A thank-you entry. */
export type Recognition = CollectionEntry<'recognition'>;
/** A share post entry. */
export type SharePost = CollectionEntry<'share'>;
/** The site's catalog of published content. */
export type SiteCatalog = Catalog<Ambassador, Story, Job, Recognition, SharePost>;
/** The resolved site configuration, with the logo as Astro image metadata, or the SVG published at /logo.svg. */
export type Site = SiteConfig<Exclude<CollectionEntry<'site'>['data']['logo'], SvgLogoSource> | SvgLogo>;

let loaded: Promise<{ site: Site; catalog: SiteCatalog }> | undefined;

async function load() {
  const [siteEntries, themes, ambassadors, stories, jobs, recognition, share] = await Promise.all([
    getCollection('site'),
    getCollection('themes'),
    getCollection('ambassadors'),
    getCollection('stories'),
    getCollection('jobs'),
    getCollection('recognition'),
    getCollection('share'),
  ]);
  const siteEntry = siteEntries[0];
  if (!siteEntry) throw new Error('content/site.yaml is missing. Copy the one from the demo content and edit it.');
  const { logo } = siteEntry.data;
  const site = resolveSiteConfig({ ...siteEntry.data, logo: isSvgLogoSource(logo) ? (await loadSvgLogo(logo)).logo : logo }, themes.map((t) => t.data));
  const today = resolveToday(process.env, new Date());
  const catalog = buildCatalog({ ambassadors, stories, jobs, recognition, share }, today);
  return { site, catalog };
}

/** The resolved site configuration (site.yaml with defaults, teams, locations, themes). */
export async function getSite(): Promise<Site> {
  return (loaded ??= load()).then((l) => l.site);
}

/** Everything published today, indexed. */
export async function getCatalog(): Promise<SiteCatalog> {
  return (loaded ??= load()).then((l) => l.catalog);
}
