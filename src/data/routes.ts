/**
 * The getStaticPaths of every route with one page per item, in one place: each route names its
 * items and what a page shows, and gets its params, props and — for pages whose content is keyed —
 * the cacheKey of src/lib/page-key.ts, computed the same way everywhere.
 */
import { getPageContext, type PageContext } from './pages';
import { pageKey } from '../lib/page-key';

/** One page of a route, as getStaticPaths returns it. */
export interface RoutePath<P> {
  /** The route's parameters. */
  params: Record<string, string | undefined>;
  /** What the page shows. */
  props: P;
  /** The key of everything the page shows (src/lib/page-key.ts), so that an unchanged page is reused. */
  cacheKey?: string;
}

/** What one item's page is: its params, its props and, to key the page, anything else it shows besides its props. */
export interface PageSpec<P> {
  params: Record<string, string>;
  props: P;
  /** Key the page on its props plus these parts (`[]` for its props alone); unkeyed pages are always rendered. */
  key?: unknown[];
}

/** The paths of a route: one page per item of `list`, described by `page`. */
export async function routePaths<T, P extends object>(list: (ctx: PageContext) => readonly T[], page: (item: T, ctx: PageContext) => PageSpec<P>): Promise<RoutePath<P>[]> {
  const ctx = await getPageContext();
  return list(ctx).map((item) => {
    const { params, props, key } = page(item, ctx);
    return key ? { params, props, cacheKey: pageKey({ site: ctx.site, today: ctx.catalog.today }, props, ...key) } : { params, props };
  });
}
