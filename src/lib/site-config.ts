import type { Location, SiteInput, Team, Theme } from '../schemas';

/** The site configuration with defaults applied and lookups built: what the rest of the code reads. */
export interface SiteConfig<Logo = unknown> extends Omit<SiteInput, 'logo'> {
  /** The logo, as the caller's image type (Astro's ImageMetadata in the build). */
  logo?: Logo;
  /** The production URL without a trailing slash. */
  origin: string;
  /** Teams by id. */
  teamById: Map<string, Team>;
  /** Locations by id. */
  locationById: Map<string, Location>;
  /** Themes by id, in the order of themes.yaml. */
  themeById: Map<string, Theme>;
  /** All themes, in the order of themes.yaml. */
  themes: Theme[];
}

/** Turns site.yaml (already parsed by its schema) and the themes into the resolved configuration. */
export function resolveSiteConfig<Logo>(site: Omit<SiteInput, 'logo'> & { logo?: Logo }, themes: Theme[]): SiteConfig<Logo> {
  return {
    ...site,
    origin: site.url.replace(/\/+$/, ''),
    teamById: new Map(site.teams.map((t) => [t.id, t])),
    locationById: new Map(site.locations.map((l) => [l.id, l])),
    themeById: new Map(themes.map((t) => [t.id, t])),
    themes,
  };
}

/** An absolute URL on the production site for a path such as "/jobs/". */
export function absoluteUrl(config: Pick<SiteConfig, 'origin'>, pathname: string): string {
  return new URL(pathname, config.origin + '/').href;
}
