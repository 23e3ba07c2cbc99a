import type { Location, SiteInput, Team, Theme } from '../schemas/index.ts';
import { resolveLanguages, textIn, type SiteLanguages } from './languages.ts';

/** A team, with its texts in the page's language. */
export interface ResolvedTeam extends Omit<Team, 'name' | 'description'> {
  /** The name shown on the site. */
  name: string;
  /** What the team does. */
  description?: string;
}
/** A location, with its name in the page's language. */
export interface ResolvedLocation extends Omit<Location, 'name'> {
  /** The name shown on the site. */
  name: string;
}
/** A theme, with its texts in the page's language. */
export interface ResolvedTheme extends Omit<Theme, 'label' | 'description'> {
  /** The name shown on the site. */
  label: string;
  /** What the theme covers. */
  description: string;
}

/**
 * The site configuration with defaults applied, lookups built and every text in one language: what
 * the rest of the code reads. `lang` is the language of the pages it serves.
 */
export interface SiteConfig<Logo = unknown> extends Omit<SiteInput, 'logo' | 'lang' | 'languages' | 'tagline' | 'description' | 'logoAlt' | 'teams' | 'locations'> {
  /** The logo, as the caller's image type (Astro's ImageMetadata in the build). */
  logo?: Logo;
  /** The language these texts are in: the page's language. */
  lang: string;
  /** The site's languages, the default first. */
  languages: SiteLanguages;
  /** The home page's tagline. */
  tagline: string;
  /** The company's description. */
  description: string;
  /** The logo's alternative text. */
  logoAlt?: string;
  /** The teams, in site.yaml's order. */
  teams: ResolvedTeam[];
  /** The locations, in site.yaml's order. */
  locations: ResolvedLocation[];
  /** The production URL's scheme and host, e.g. https://org.github.io. */
  origin: string;
  /** The path the site lives under, from the production URL: "" at the root, "/careers" for https://org.github.io/careers. */
  base: string;
  /** Teams by id. */
  teamById: Map<string, ResolvedTeam>;
  /** Locations by id. */
  locationById: Map<string, ResolvedLocation>;
  /** Themes by id, in the order of themes.yaml. */
  themeById: Map<string, ResolvedTheme>;
  /** All themes, in the order of themes.yaml. */
  themes: ResolvedTheme[];
}

/**
 * Turns site.yaml (already parsed by its schema) and the themes into the resolved configuration in
 * one language (the default language when `lang` is not given).
 */
export function resolveSiteConfig<Logo>(site: Omit<SiteInput, 'logo'> & { logo?: Logo }, themes: Theme[], lang?: string): SiteConfig<Logo> {
  const languages = resolveLanguages(site);
  const pageLang = lang ?? languages.defaultLang;
  const text = <V extends Parameters<typeof textIn>[0]>(value: V) => textIn(value, pageLang, languages.defaultLang) as V extends undefined ? string | undefined : string;
  const { lang: _lang, languages: _languages, ...rest } = site;
  const teams = site.teams.map((t) => ({ ...t, name: text(t.name), description: text(t.description) }));
  const locations = site.locations.map((l) => ({ ...l, name: text(l.name) }));
  const resolvedThemes = themes.map((t) => ({ ...t, label: text(t.label), description: text(t.description) }));
  return {
    ...rest,
    lang: pageLang,
    languages,
    tagline: text(site.tagline),
    description: text(site.description),
    logoAlt: text(site.logoAlt),
    teams,
    locations,
    ...splitSiteUrl(site.url),
    teamById: new Map(teams.map((t) => [t.id, t])),
    locationById: new Map(locations.map((l) => [l.id, l])),
    themeById: new Map(resolvedThemes.map((t) => [t.id, t])),
    themes: resolvedThemes,
  };
}

/** The origin and the base path of a production URL: https://org.github.io/careers → https://org.github.io and /careers. */
export function splitSiteUrl(url: string): { origin: string; base: string } {
  const parsed = new URL(url);
  return { origin: parsed.origin, base: parsed.pathname.replace(/\/+$/, '') };
}

/** A site path under the site's base path: "/jobs.json" → "/careers/jobs.json". */
export function withBase(config: Pick<SiteConfig, 'base'>, path: string): string {
  return `${config.base}${path}`;
}

/**
 * An absolute URL on the production site for a path that already carries the base path (what link(),
 * withBase() and Astro's own URLs give), e.g. "/careers/jobs/" → https://org.github.io/careers/jobs/.
 */
export function absoluteUrl(config: Pick<SiteConfig, 'origin'>, pathname: string): string {
  return new URL(pathname, config.origin + '/').href;
}
