/**
 * The site search's index: at the end of `astro build`, Pagefind indexes the pages that mark their
 * content for it (src/lib/search-index-fs.ts) into `<outDir>/pagefind/`, and prints one line:
 * `search: 212 pages in en, fr, nl indexed in 1.4s (146 files, 1.2 MB)`, with the languages indexed
 * again when only some of them changed, or "unchanged" when no indexed page changed. In `astro dev`
 * it serves the index of the last build, so that the search page works there once the site was built.
 *
 * It is two integrations: `start` begins indexing as soon as the pages are built, and `done` waits
 * for the index. Pagefind runs in its own process, so the integrations between them (the sitemap,
 * the social cards) run on the other core meanwhile. Register `start` before them, and `done`
 * after them and before pruneUnusedImages() and keepOutput(), which read and sweep the output
 * folder (keepOutput must leave the search folder to it: `managedFolders: [SEARCH_FOLDER]`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_FOLDER } from '../lib/search.ts';
import { updateSearchIndex, type SearchIndexResult } from '../lib/search-index-fs.ts';

/** The line the build prints. */
export function formatSearchResult(r: SearchIndexResult): string {
  const size = r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${Math.round(r.bytes / 1e3)} KB`;
  const what = `${r.pages} page${r.pages === 1 ? '' : 's'} in ${r.languages.join(', ') || 'no language'}`;
  const how = r.action === 'indexed' ? 'indexed' : r.action === 'kept' ? 'unchanged, index kept' : 'unchanged, index restored from the cache';
  // Pagefind indexes only the languages whose pages changed: say which, when others were kept.
  const kept = r.languages.filter((lang) => !r.reindexed.includes(lang));
  const partly = r.action === 'indexed' && kept.length ? `${r.reindexed.length ? `${r.reindexed.join(', ')} indexed again, ` : ''}${kept.join(', ')} kept; ` : '';
  return `search: ${what} ${how} in ${(r.ms / 1000).toFixed(1)}s (${partly}${r.files} files, ${size})`;
}

/** Content types of the index's files for the development server. */
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The two integrations; see above for where each goes in `integrations`. */
export function searchIndex(): { start: AstroIntegration; done: AstroIntegration } {
  let outDir = '';
  let cacheDir = '';
  let base = '';
  let indexing: Promise<SearchIndexResult> | undefined;
  const start: AstroIntegration = {
    name: 'vaandel:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.replace(/\/+$/, '');
      },
      'astro:build:done': ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        // Only the pages of this build (those left in place included): never a page it no longer makes.
        const built = new Set([...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/')));
        indexing = updateSearchIndex({ outDir: root, cacheDir, built });
        indexing.catch(() => undefined); // reported by done, not as an unhandled rejection meanwhile
      },
      'astro:server:setup': ({ server }) => {
        // The last build's index, served as a static host would: /<base>/pagefind/….
        const prefix = `${base}/${SEARCH_FOLDER}/`;
        const folder = path.join(outDir, SEARCH_FOLDER);
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const file = path.join(folder, pathname.slice(prefix.length));
          if (!file.startsWith(folder + path.sep)) return next();
          fs.readFile(file).then(
            (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
            () => next(),
          );
        });
      },
    },
  };
  const done: AstroIntegration = {
    name: 'vaandel:search-index-done',
    hooks: {
      'astro:build:done': async () => {
        if (!indexing) throw new Error('The search index was never started: register searchIndex().start before searchIndex().done in astro.config.mjs.');
        const result = await indexing;
        indexing = undefined;
        console.log(formatSearchResult(result));
      },
    },
  };
  return { start, done };
}
