/**
 * Keeps @astrojs/sitemap to the pages search engines should index, with their language alternates:
 * after the build it reads each page's head (see src/lib/sitemap-filter.ts). Register it before
 * sitemap() and pass `filter` and `serialize` to sitemap().
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { alternatesOf, isSitemapPage, outputFileOf } from '../lib/sitemap-filter.ts';

/** The integration, and the filter and serialize functions to hand to sitemap(). */
export function indexablePages(): { integration: AstroIntegration; filter: (page: string) => boolean; serialize: (item: SitemapItem) => SitemapItem } {
  let outDir: string | undefined;
  let base = '';
  /** Each page's HTML is read once, by filter(); serialize() runs on the pages it kept. */
  const html = new Map<string, string | undefined>();
  const read = (page: string) => {
    if (!html.has(page)) {
      let text: string | undefined;
      try {
        text = outDir ? fs.readFileSync(path.join(outDir, outputFileOf(page, base)), 'utf8') : undefined;
      } catch {
        text = undefined; // not an HTML page of ours (an endpoint)
      }
      html.set(page, text);
    }
    return html.get(page);
  };
  const integration: AstroIntegration = {
    name: 'vaandel-indexable-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  const filter = (page: string) => {
    if (/\/share\//.test(new URL(page).pathname)) return false;
    const text = read(page);
    return text === undefined || isSitemapPage(page, text);
  };
  // The same alternates as the page's own hreflang links (x-default included), as Google asks.
  const serialize = (item: SitemapItem): SitemapItem => {
    const text = read(item.url);
    const links = text ? alternatesOf(text).map(({ lang, url }) => ({ lang, url })) : [];
    return links.length ? { ...item, links } : item;
  };
  return { integration, filter, serialize };
}
