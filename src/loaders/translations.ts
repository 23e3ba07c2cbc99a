/**
 * The loader of the translations collection: every sibling file `<slug>/index.<lang>.md(x)` (profiles,
 * stories) and `<slug>.<lang>.md` (jobs, thank-yous, share posts) of the content folder, in one
 * collection with ids `<folder>/<slug>.<lang>`. src/data/ reads each with its kind's translation schema.
 *
 * Built on Astro's glob(), with two differences for a collection that is often empty (every
 * one-language site): glob's "No files found" warning is dropped, and an empty collection holds one
 * placeholder entry, because Astro warns on every getCollection() of an empty collection.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { COLLECTION_DIRS } from '../lib/content-dir.ts';

/** The id of the entry that keeps an empty translations collection from being empty. */
export const NO_TRANSLATIONS = '.none';

/** Where translation files are, relative to the content folder. */
const PATTERNS = [
  `${COLLECTION_DIRS.ambassadors}/*/index.*.md`,
  `${COLLECTION_DIRS.stories}/*/index.*.{md,mdx}`,
  `${COLLECTION_DIRS.jobs}/*.*.md`,
  `${COLLECTION_DIRS.recognition}/*.*.md`,
  `${COLLECTION_DIRS.share}/*.*.md`,
];

/** `stories/x/index.fr.md` → `stories/x.fr`; `jobs/y.nl.md` → `jobs/y.nl`. */
export function translationIdOf(entry: string): string {
  return entry.replace(/\/index\.([^./]+)\.mdx?$/, '.$1').replace(/\.mdx?$/, '');
}

/** The translations loader over a content folder (a file URL ending in a slash). */
export function translations(base: URL): Loader {
  const inner = glob({ pattern: PATTERNS, base, generateId: ({ entry }) => translationIdOf(entry) });
  return {
    name: 'vaandel-translations',
    async load(context) {
      const { logger, store } = context;
      const quiet = Object.create(logger) as typeof logger;
      quiet.warn = (message: string) => {
        if (!/^No files found matching/.test(message)) logger.warn(message);
      };
      await inner.load({ ...context, logger: quiet });
      const real = [...store.keys()].filter((id) => id !== NO_TRANSLATIONS);
      if (real.length === 0) store.set({ id: NO_TRANSLATIONS, data: {} });
      else store.delete(NO_TRANSLATIONS);
    },
  };
}
