/**
 * Keeps @astrojs/sitemap to indexable pages: after the build it reads each page's robots meta tag
 * (see src/lib/sitemap-filter.ts). Register it before sitemap() and pass `filter` to sitemap().
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNoindexHtml, outputFileOf } from '../lib/sitemap-filter';

/** The integration, and the filter to hand to sitemap({ filter }). */
export function indexablePages(): { integration: AstroIntegration; filter: (page: string) => boolean } {
  let outDir: string | undefined;
  const integration: AstroIntegration = {
    name: 'vaandel-indexable-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  const filter = (page: string) => {
    if (!outDir) return true;
    if (/\/share\//.test(new URL(page).pathname)) return false;
    try {
      return !isNoindexHtml(fs.readFileSync(path.join(outDir, outputFileOf(page)), 'utf8'));
    } catch {
      return true; // not an HTML page of ours (an endpoint): keep what the sitemap found
    }
  };
  return { integration, filter };
}
