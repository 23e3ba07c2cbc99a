/**
 * The content loaders wait for the build's content check. `astro build` checks the content on a
 * worker thread (src/integrations/content-check.ts) while Astro starts: resolving its routes and
 * its Vite configuration takes about as long as the check. Astro must not read an entry before
 * the check has judged it, or a content mistake (a missing field, broken YAML) would stop the build
 * with Astro's own message instead of the checker's. So the integration holds the loaders until
 * its check has passed, and stops the build, before any entry is loaded, when it has not.
 *
 * The integration and content.config.ts are loaded apart (the config through Vite's module
 * runner), so the check is handed over on `globalThis`. Without a check in progress (`astro dev`,
 * `astro sync`, tests), the loaders load at once.
 */
import type { Loader } from 'astro/loaders';

const CHECK = Symbol.for('vaandel.content-check');

/** The check in progress, as the loaders see it. */
type Holder = { [CHECK]?: Promise<unknown> };

/** Holds the content loaders of this process until `check` settles (the integration exits when it fails). */
export function holdContentLoaders(check: Promise<unknown>): void {
  (globalThis as Holder)[CHECK] = check;
}

/** Resolves when no check is in progress or the one in progress has passed. */
export async function contentCheckPassed(): Promise<void> {
  await (globalThis as Holder)[CHECK];
}

/** The collections, with each loader waiting for the build's content check before it loads. */
export function afterContentCheck<C extends Record<string, object>>(collections: C): C {
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => {
      const { loader } = collection as { loader?: unknown };
      return [name, loader === undefined ? collection : { ...collection, loader: held(loader) }];
    }),
  ) as C;
}

/** A loader that waits for the check first (a loader object, or a function returning entries). */
function held(loader: unknown): unknown {
  if (typeof loader === 'function') {
    const load = loader as (...args: unknown[]) => unknown;
    return async (...args: unknown[]) => {
      await contentCheckPassed();
      return load(...args);
    };
  }
  if (loader && typeof loader === 'object' && typeof (loader as Loader).load === 'function') {
    const inner = loader as Loader;
    return {
      ...inner,
      load: async (context: Parameters<Loader['load']>[0]) => {
        await contentCheckPassed();
        return inner.load(context);
      },
    } satisfies Loader;
  }
  return loader;
}
