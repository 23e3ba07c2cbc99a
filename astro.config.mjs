// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteUrl } from './src/integrations/site-url.ts';

export default defineConfig({
  site: readSiteUrl(),
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side, each with its own cache and output.
  cacheDir: process.env.VAANDEL_CACHE_DIR ?? './.astro',
  outDir: process.env.VAANDEL_OUT_DIR ?? './dist',
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Every .mdx entry triggers this harmless warning: https://github.com/withastro/astro/issues/18087
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
