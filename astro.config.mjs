// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readSiteLanguages, readSiteLocation } from './src/integrations/site-url.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { indexablePages } from './src/integrations/sitemap-filter.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { pruneUnusedImages } from './src/integrations/prune-unused-images.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SEARCH_FOLDER } from './src/lib/search.ts';
import { siteLogo } from './src/integrations/site-logo.ts';
import { createSafeMarkdownPlugins } from './src/lib/markdown/safe-markdown.ts';
import { footnotesInLanguage } from './src/lib/markdown/footnotes.ts';
import { resolveNoHtmlFolders } from './src/lib/markdown/no-html-folders-fs.ts';

// The sitemap lists the pages search engines may index, each with its language alternates.
const indexable = indexablePages();

// The site search's index, built while the other integrations finish the output.
const search = searchIndex();

// The site's address decides where it lives: https://org.github.io/careers → base /careers.
const location = readSiteLocation();

// No raw HTML or unsafe links where they do not belong; footnotes labelled in their file's language.
const safe = createSafeMarkdownPlugins({ noHtmlFolders: resolveNoHtmlFolders(process.env, process.cwd(), import.meta.dirname) });
const markdownPlugins = { ...safe, hastPlugins: [...safe.hastPlugins, footnotesInLanguage(readSiteLanguages())] };

export default defineConfig({
  site: location.site,
  base: location.base,
  trailingSlash: 'always',
  // Tests and the benchmark build several sites side by side, each with its own cache and output.
  cacheDir: process.env.VAANDEL_CACHE_DIR ?? './.astro',
  outDir: process.env.VAANDEL_OUT_DIR ?? './dist',
  // No javascript: links anywhere; no raw HTML at all in ambassadors' profiles.
  markdown: {
    processor: satteri(markdownPlugins),
    // Code blocks in stories: Shiki's default (github-dark) writes comments at 3:1 contrast, which
    // fails WCAG AA; its high-contrast variant keeps every token above 4.5:1.
    shikiConfig: { theme: 'github-dark-high-contrast' },
  },
  image: {
    // webp effort 2 instead of sharp's 4: measured 1.7× faster on 1200 px covers (64 against 109 ms)
    // for files 5–14% larger, which is what thousands of photos on a cold build need.
    service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2 } } },
  },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/page-key.ts) are reused from the last
  // build when the key is unchanged, instead of rendered again; keepOutput() leaves them in place.
  experimental: { incrementalBuild: true },
  // Pagefind indexes the pages (search.start) while the sitemap and the cards are finished (see src/integrations/search-index.ts).
  integrations: [contentCheck(), siteLogo(), mdx(), search.start, indexable.integration, sitemap({ filter: indexable.filter, serialize: indexable.serialize }), ogCards(), search.done, pruneUnusedImages(), keepOutput({ managedFolders: [SEARCH_FOLDER] })],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx entry triggers this harmless warning: https://github.com/withastro/astro/issues/18087
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
