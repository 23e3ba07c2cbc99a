/**
 * Tells the pages which content folder the site logo is in, so that an SVG logo is published
 * sanitised at /logo.svg (src/lib/images/site-logo-fs.ts) and never copied as it is, and where the
 * build's cache folder is, which keeps the sanitised logo for the next build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolveContentDir } from '../lib/content-dir.ts';
import { provideContentDir } from '../lib/images/site-logo-fs.ts';

/** The Astro integration; add it to `integrations` in astro.config.mjs. */
export function siteLogo(): AstroIntegration {
  return {
    name: 'vaandel:site-logo',
    hooks: {
      'astro:config:done': ({ config }) => {
        provideContentDir(resolveContentDir(process.env, process.cwd(), fileURLToPath(config.root)), fileURLToPath(config.cacheDir));
      },
    },
  };
}
