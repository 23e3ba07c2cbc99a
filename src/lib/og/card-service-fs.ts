/**
 * The card service of one build: takes the cards of the routes, keys each by its content
 * (cache-key.ts), reuses the cached ones and renders the rest on the worker pool, all at once as
 * soon as a route lists its cards, while Astro goes on rendering pages. At the end it reports
 * rendered/reused counts and prunes the cache of cards no longer used.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CardFormat } from '../card-paths.ts';
import { createLimit } from '../limit.ts';
import type { CardContent, ImageSlot } from './card-content.ts';
import { cardFile, hasCachedCard, pruneCardCache, readCachedCard } from './card-cache-fs.ts';
import { computeCardKey, stableJson, type KeyContext } from './cache-key.ts';
import type { CardSpec } from './cards.ts';
import { createImageStore } from './images-fs.ts';
import { createRenderPool, type PoolOptions } from './render-pool.ts';
import type { CardService } from './service.ts';
import type { PreparedImage } from './templates.ts';

/** Where a card is in the cache. */
interface Cached {
  key: string;
  format: CardFormat;
}

/** Settings of a service. */
export interface CardServiceOptions extends PoolOptions {
  /** The cache folder. */
  cacheDir: string;
  /** What every card's key shares. */
  keyContext: KeyContext;
  /** The site logo's file as site.yaml names it. */
  logoFile?: string | undefined;
  /** A build: finish() copies the cards into its output folder, and the routes list none (see CardService.writesFiles). */
  writesFiles?: boolean;
}

/** Counts of one build. */
export interface CardStats {
  /** Cards drawn. */
  rendered: number;
  /** Cards taken from the cache. */
  reused: number;
  /** Seconds from the first card asked for to the last one ready. */
  seconds: number;
  /** Cached cards deleted because no card uses them any more. */
  pruned: number;
  /** Cards copied into the output folder by finish() (those no route served). */
  written: number;
}

/** A service plus what the integration needs at the end of the build. */
export interface BuildCardService extends CardService {
  /** Starts the render workers ahead of the first card (for a build that will draw many). */
  warm(): void;
  /**
   * Waits for every card, closes the pool, copies into `outDir` (when given) each card that no
   * route served, at its site path, and, with `prune`, deletes unused cache entries.
   */
  finish(options: { prune: boolean; outDir?: string }): Promise<CardStats>;
}

/** The line every build ends with. */
export function formatCardStats(stats: Pick<CardStats, 'rendered' | 'reused' | 'seconds'>): string {
  return `og: ${stats.rendered} rendered, ${stats.reused} reused in ${stats.seconds.toFixed(1)}s`;
}

/** Creates the service of one build or dev server. */
export function createCardService(options: CardServiceOptions): BuildCardService {
  const pool = createRenderPool(options);
  const images = createImageStore(options.cacheDir);
  const limit = createLimit(32); // thousands of photos would exhaust file handles
  // Photos are resized a few at a time, in card order, so the first cards start rendering at once.
  const prepareLimit = createLimit(4);
  // Cards are prepared only a little ahead of the render threads: a prepared photo is raw pixels
  // (1 MB for a panel), and thousands waiting in the pool's queue would fill the memory.
  const aheadLimit = createLimit(Math.max(1, options.workers) * Math.max(1, options.perWorker ?? 2) + 4);
  const cards = new Map<string, Promise<Cached>>(); // path → key and format, once the card is in the cache
  const byKey = new Map<string, Promise<void>>(); // one render per distinct card
  const fingerprints = new Map<string, string>();
  const used = new Set<string>();
  const served = new Set<string>(); // paths a route has read (and Astro has written)
  let rendered = 0;
  let reused = 0;
  let firstAsked = 0;
  let lastReady = 0;

  const settle = async (spec: CardSpec): Promise<Cached> => {
    const slots = Object.entries(spec.content.images) as [ImageSlot, string][];
    const hashes = await Promise.all(slots.map(([slot, file]) => limit(() => images.hash(file)).then((h) => [slot, h] as const)));
    const key = computeCardKey({ ...spec.content, images: Object.fromEntries(hashes) } as CardContent<string>, spec.format, options.keyContext);
    used.add(key);
    let done = byKey.get(key);
    if (!done) {
      done = (async () => {
        if (await limit(() => hasCachedCard(options.cacheDir, key, spec.format))) {
          reused++;
          return;
        }
        await aheadLimit(async () => {
          try {
            const prepared = await prepareLimit(() => Promise.all(slots.map(async ([slot, file]) => [slot, await images.prepare(file, slot)] as const)));
            await pool.render(key, options.cacheDir, { ...spec.content, images: Object.fromEntries(prepared) } as CardContent<PreparedImage>);
          } finally {
            for (const [slot, file] of slots) images.release(file, slot);
          }
        });
        rendered++;
      })();
      byKey.set(key, done);
    } else {
      reused++; // the same card under a second path
    }
    await done;
    lastReady = performance.now();
    return { key, format: spec.format };
  };

  const named = (spec: CardSpec, error: unknown) =>
    new Error(`Could not draw the social card ${spec.path}: ${error instanceof Error ? error.message : String(error)}`);

  return {
    files: { logoFile: options.logoFile },
    writesFiles: options.writesFiles ?? false,
    warm: () => pool.warm(),
    submit(specs) {
      if (!firstAsked && specs.length) firstAsked = performance.now();
      for (const spec of specs) {
        // The same card asked again (a dev server re-running getStaticPaths) only counts once,
        // but a changed card under the same path is drawn anew.
        const fingerprint = stableJson(spec.content);
        if (fingerprints.get(spec.path) === fingerprint) continue;
        fingerprints.set(spec.path, fingerprint);
        const job = settle(spec).catch((error: unknown) => {
          throw named(spec, error);
        });
        job.catch(() => {}); // reported by get() and finish(), not as an unhandled rejection
        cards.set(spec.path, job);
      }
    },
    async get(sitePath) {
      const job = cards.get(sitePath);
      if (!job) throw new Error(`No social card was listed for ${sitePath}.`);
      const { key, format } = await job;
      served.add(sitePath);
      const bytes = await readCachedCard(options.cacheDir, key, format);
      if (!bytes) throw new Error(`The social card ${sitePath} vanished from the cache folder ${cardFile(options.cacheDir, key, format)}.`);
      return bytes;
    },
    async finish({ prune, outDir }) {
      const results = await Promise.allSettled(cards.values());
      await pool.close();
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      let written = 0;
      if (outDir) {
        const folders = new Map<string, Promise<unknown>>(); // each folder made once
        await Promise.all(
          [...cards].map(([sitePath, job]) =>
            limit(async () => {
              if (served.has(sitePath)) return;
              const target = path.join(outDir, ...sitePath.split('/'));
              const folder = path.dirname(target);
              if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
              await folders.get(folder);
              const { key, format } = await job;
              await copyFile(cardFile(options.cacheDir, key, format), target);
              written++;
            }),
          ),
        );
      }
      const pruned = prune ? await pruneCardCache(options.cacheDir, used) : 0;
      return { rendered, reused, seconds: firstAsked ? (lastReady - firstAsked) / 1000 : 0, pruned, written };
    },
  };
}
