/**
 * Draws cards in parallel on worker threads (satori and the PNG encoding are CPU work on the JS
 * thread, so threads are what spreads them over the cores). Jobs queue in order; each worker takes
 * `perWorker` at a time. With `workers: 0`, or when a worker cannot start, cards are drawn on the
 * calling thread instead.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker.ts';
import { writeCachedCard } from './card-cache-fs.ts';
import type { CardContent } from './card-content.ts';
import { loadFontFiles } from './fonts-fs.ts';
import type { CardRenderer } from './render-card.ts';
import type { PreparedImage } from './templates.ts';

/** A card to draw and store under its key. */
export interface RenderJob {
  /** Job number, unique per pool. */
  id: number;
  /** The cache key, which names the file. */
  key: string;
  /** The cache folder. */
  cacheDir: string;
  /** What to draw. */
  content: CardContent<PreparedImage>;
}

/** A worker's answer. */
export type RenderReply = { id: number; bytes: number; ms: number } | { id: number; error: string };

/** Pool settings. */
export interface PoolOptions {
  /** Worker threads; 0 draws on the calling thread. */
  workers: number;
  /** Jobs in flight per worker (2: one draws while the next waits, so a busy main thread never starves a worker). */
  perWorker?: number;
  /** Draw this many cards on the calling thread before starting workers: a rebuild that changed one card need not start any. */
  localFirst?: number;
  /** The worker script (render-worker.ts). */
  workerUrl: URL;
  /** Where the fonts are (default: the @fontsource/inter package). */
  fontDir?: string;
  /** Told once when workers cannot start and cards are drawn on the main thread instead. */
  onFallback?: (reason: string) => void;
}

/** A running pool. */
export interface RenderPool {
  /** Draws a card into the cache; resolves with its size in bytes. */
  render(key: string, cacheDir: string, content: CardContent<PreparedImage>): Promise<number>;
  /** Starts the workers now and has each draw a first card, so they are ready when the real cards come. */
  warm(): void;
  /** Stops the workers. */
  close(): Promise<void>;
}

interface Pending {
  job: RenderJob;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

/** Starts a pool (workers start lazily, after the first `localFirst` jobs, or with warm()). */
export function createRenderPool(options: PoolOptions): RenderPool {
  const perWorker = Math.max(1, options.perWorker ?? 2);
  let localLeft = options.localFirst ?? 0;
  const queue: Pending[] = [];
  const slots: { worker: Worker; busy: Map<number, Pending> }[] = [];
  let nextId = 1;
  let local: Promise<CardRenderer> | undefined;
  let fallback = options.workers <= 0;
  let localBusy = 0;
  let closed = false;

  const renderLocally = async (p: Pending) => {
    // The renderer (satori, resvg) is loaded only by a pool that draws here: a build's main thread,
    // which draws on workers, is spared the 0.1 s of loading it while Astro starts.
    local ??= Promise.all([loadFontFiles(options.fontDir), import('./render-card.ts')]).then(([files, { createCardRenderer }]) => createCardRenderer(files));
    try {
      const { bytes, format } = await (await local).render(p.job.content);
      await writeCachedCard(p.job.cacheDir, p.job.key, format, bytes);
      p.resolve(bytes.byteLength);
    } catch (error) {
      p.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const switchToFallback = (reason: string) => {
    if (fallback) return;
    fallback = true;
    options.onFallback?.(reason);
    const orphans = slots.flatMap((s) => [...s.busy.values()]);
    for (const s of slots.splice(0)) void s.worker.terminate();
    queue.unshift(...orphans);
    pump();
  };

  const start = (warm = false) => {
    // A smaller young generation than V8's default: measured ~90 MB less peak memory for a
    // 740-card build at the same speed. (Capping the old generation, even at 384 MB, made cards
    // 20% slower, so it is left alone.)
    const worker = startWorker(options.workerUrl, { workerData: { fontDir: options.fontDir, warm }, resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    const slot = { worker, busy: new Map<number, Pending>() };
    worker.on('message', (reply: RenderReply) => {
      const p = slot.busy.get(reply.id);
      if (!p) return;
      slot.busy.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.bytes);
      // An idle worker must not keep the process alive; a busy one must.
      if (slot.busy.size === 0) worker.unref();
      pump();
    });
    worker.on('error', (error) => switchToFallback(error.message));
    worker.on('exit', (code) => {
      if (!closed && slot.busy.size > 0) switchToFallback(`a card worker stopped (exit code ${code})`);
    });
    worker.unref(); // until it has a job: a failed build must still be able to exit
    slots.push(slot);
  };

  function pump() {
    while (!fallback && slots.length === 0 && localLeft > 0 && queue.length) {
      localLeft--;
      const next = queue.shift()!;
      localBusy++;
      void renderLocally(next).finally(() => {
        localBusy--;
        pump();
      });
    }
    if (fallback) {
      while (localBusy < perWorker && queue.length) {
        const next = queue.shift()!;
        localBusy++;
        void renderLocally(next).finally(() => {
          localBusy--;
          pump();
        });
      }
      return;
    }
    while (queue.length) {
      if (slots.length < options.workers) start();
      const slot = slots.filter((s) => s.busy.size < perWorker).sort((a, b) => a.busy.size - b.busy.size)[0];
      if (!slot) return;
      const p = queue.shift()!;
      slot.busy.set(p.job.id, p);
      slot.worker.ref();
      slot.worker.postMessage(p.job);
    }
  }

  return {
    render(key, cacheDir, content) {
      if (closed) return Promise.reject(new Error('the card render pool is closed'));
      return new Promise<number>((resolve, reject) => {
        queue.push({ job: { id: nextId++, key, cacheDir, content }, resolve, reject });
        pump();
      });
    },
    warm() {
      if (fallback || closed) return;
      localLeft = 0;
      while (slots.length < options.workers) start(true);
    },
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
