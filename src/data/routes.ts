/**
 * The getStaticPaths of every route, in one place: each route names its items and what a page
 * shows, and gets one page per item in every language of the site (under /<lang>/ when there are
 * several), with its params, props and the cacheKey of src/lib/page-key.ts, computed the same way
 * everywhere.
 */
import { getPageContexts, type PageContext } from './pages.ts';
import { pageKey } from '../lib/page-key.ts';

/** One page of a route, as getStaticPaths returns it. */
export interface RoutePath<P> {
  /** The route's parameters: `lang` (undefined on a one-language site) and the route's own. */
  params: Record<string, string | undefined>;
  /** What the page shows. */
  props: P;
  /** The key of everything the page shows (src/lib/page-key.ts), so that an unchanged page is reused. */
  cacheKey: string;
}

/** What one item's page is: its params, its props and, to key the page, anything else it shows besides its props. */
export interface PageSpec<P> {
  params: Record<string, string | undefined>;
  props: P;
  /**
   * Key the page on its props plus these parts (`[]` for its props alone). A page that names none
   * is keyed on everything its language's site shows (see everythingShown): reused when nothing
   * changed, rendered again after any edit.
   */
  key?: unknown[];
}

/**
 * Everything a page in the context's language can show besides the site configuration and "today"
 * (which every key holds): the languages, every published entry in that language, and the themes.
 */
export function everythingShown(ctx: PageContext): unknown[] {
  const { catalog, site, languages } = ctx;
  return [languages, site.themes, catalog.ambassadors, catalog.stories, catalog.openJobs, catalog.closedJobs, catalog.recognition, catalog.wall, catalog.share];
}

/** The cacheKey of a page in the context's language that shows `parts` (src/lib/page-key.ts). */
export function routeKey(ctx: PageContext, ...parts: unknown[]): string {
  return pageKey({ site: ctx.site, today: ctx.catalog.today }, ...parts);
}

/** The paths of a route: in each language, one page per item of `list`, described by `page`. */
export async function routePaths<T, P extends object>(list: (ctx: PageContext) => readonly T[], page: (item: T, ctx: PageContext) => PageSpec<P>): Promise<RoutePath<P>[]> {
  const paths: RoutePath<P>[] = [];
  for (const ctx of await getPageContexts()) {
    for (const item of list(ctx)) {
      const { params, props, key } = page(item, ctx);
      paths.push({ params: { lang: ctx.param, ...params }, props, cacheKey: routeKey(ctx, props, ...(key ?? everythingShown(ctx))) });
    }
  }
  return paths;
}

/** The paths of a route with one page per language (a listing, a feed), keyed on the parts `key` names (everything shown without). */
export function languagePaths(key?: (ctx: PageContext) => unknown[]): Promise<RoutePath<Record<string, never>>[]> {
  return routePaths(() => [undefined], (_, ctx) => ({ params: {}, props: {} as Record<string, never>, ...(key ? { key: key(ctx) } : {}) }));
}
