/**
 * Keeps @astrojs/sitemap to the pages search engines should index, with their language alternates:
 * after the build it reads each page's head (see src/lib/sitemap-filter.ts), or what the last
 * build recorded of a page the build left in place (src/lib/file-facts-fs.ts). Register it
 * before sitemap() and pass `filter` and `serialize` to sitemap().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { learnFromFiles, listOutput } from '../lib/file-facts-fs.ts';
import { isSitemapPage, outputFileOf, sitemapHeadOf, type SitemapHead } from '../lib/sitemap-filter.ts';

/** The record in the cache folder of each page's head, as the sitemap needs it. */
export const SITEMAP_RECORD = 'vaandel-sitemap-pages.json';

/** The integration, and the filter and serialize functions to hand to sitemap(). */
export function indexablePages(): { integration: AstroIntegration; filter: (page: string) => boolean; serialize: (item: SitemapItem) => SitemapItem } {
  let base = '';
  let cacheDir = '';
  /** Each HTML page's head, by its output file; learned before sitemap() runs its filter and serialize. */
  const heads = new Map<string, SitemapHead>();
  const headOf = (page: string) => heads.get(outputFileOf(page, base));
  const integration: AstroIntegration = {
    name: 'vaandel-indexable-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = await learnFromFiles(outDir, await listOutput(outDir, /\.html$/), path.join(cacheDir, SITEMAP_RECORD), '1', sitemapHeadOf);
        heads.clear();
        for (const { file, facts } of pages) heads.set(file, facts);
      },
    },
  };
  const filter = (page: string) => {
    if (/\/share\//.test(new URL(page).pathname)) return false;
    const head = headOf(page);
    return head === undefined || isSitemapPage(page, head); // no head: not an HTML page of ours (an endpoint)
  };
  // The same alternates as the page's own hreflang links (x-default included), as Google asks.
  const serialize = (item: SitemapItem): SitemapItem => {
    const links = headOf(item.url)?.alternates.map(({ lang, url }) => ({ lang, url })) ?? [];
    return links.length ? { ...item, links } : item;
  };
  return { integration, filter, serialize };
}
