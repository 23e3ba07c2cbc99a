/**
 * The og-cards integration: runs the social card service (src/lib/og/) for `astro build` and
 * `astro dev`, with its worker threads and its cache folder, and ends every build with the line
 * `og: <rendered> rendered, <reused> reused in <seconds>s`.
 *
 * Settings, all optional, from the environment:
 * - VAANDEL_CARD_CACHE: the cache folder (default `<cacheDir>/og/`; keep it between CI runs to
 *   skip unchanged cards);
 * - VAANDEL_CARD_WORKERS: render threads (default: one per core; 0 renders on the main thread);
 * - VAANDEL_CARD_PER_WORKER: cards in flight per thread (default 2).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { resolveContentDir } from '../lib/content-dir.ts';
import { isCardFile, resolveCardCacheDir } from '../lib/og/card-cache-fs.ts';
import { createCardService, formatCardStats, type BuildCardService } from '../lib/og/card-service-fs.ts';
import { hashFontFiles, loadFontFiles } from '../lib/og/fonts-fs.ts';
import type { PoolOptions } from '../lib/og/render-pool.ts';
import { provideCardService } from '../lib/og/service.ts';
import { findSiteLogoFile } from '../lib/og/site-logo-fs.ts';
import { TEMPLATE_VERSION } from '../lib/og/templates.ts';

/** The render worker's script; resolved from this file, which Astro loads from source, never bundled. */
const WORKER_URL = new URL('../lib/og/render-worker.ts', import.meta.url);

/** A whole number from the environment, or the fallback. */
function envCount(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}="${raw}" must be a whole number, like 2 (or 0 for no worker threads).`);
  return value;
}

/** Source files outside src/lib/og/ that decide a card's file: its colours, its format's extension. */
const RENDERER_DEPENDENCIES = ['../lib/brand-colors.ts', '../lib/card-paths.ts'];

/** Hash of the renderer: its source files and the versions of satori, resvg and sharp. */
function hashRenderer(): string {
  const dir = fileURLToPath(new URL('../lib/og/', import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  for (const file of RENDERER_DEPENDENCIES) hash.update(file).update(readFileSync(new URL(file, import.meta.url)));
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  hash.update(`satori ${version('satori')}; resvg ${version('@resvg/resvg-js')}; sharp ${sharp.versions.sharp}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The render pool's settings: threads and cards in flight from the environment (see above). A build
 * draws every card on the worker threads, because its main thread is rendering pages: a card drawn
 * there, the first with the fonts to parse, held up the pages around it by about a second (measured
 * on a theme relabel that changes 28 cards). The development server, idle between requests, draws
 * its first two cards itself, sooner than a worker could start.
 */
export function cardPoolOptions(command: 'build' | 'dev' = 'build'): Pick<PoolOptions, 'workers' | 'perWorker' | 'localFirst' | 'workerUrl'> {
  return {
    workers: envCount('VAANDEL_CARD_WORKERS', os.availableParallelism()),
    perWorker: Math.max(1, envCount('VAANDEL_CARD_PER_WORKER', 2)),
    localFirst: command === 'dev' ? 2 : 0,
    workerUrl: WORKER_URL,
  };
}

/** Whether the card cache holds no card yet (a first build, or a CI run without a restored cache). */
async function isCacheEmpty(dir: string): Promise<boolean> {
  try {
    return !(await readdir(dir)).some(isCardFile);
  } catch {
    return true;
  }
}

/** The Astro integration; add it to `integrations` in astro.config.mjs. */
export function ogCards(): AstroIntegration {
  let cacheDir = '';
  let logoFile: string | undefined;
  let service: BuildCardService | undefined;

  const start = async (command: 'build' | 'dev', onFallback: (reason: string) => void) => {
    const fonts = await loadFontFiles();
    service = createCardService({
      writesFiles: command === 'build',
      cacheDir,
      keyContext: { templateVersion: TEMPLATE_VERSION, fontHash: hashFontFiles(fonts), rendererHash: hashRenderer() },
      ...cardPoolOptions(command),
      logoFile,
      onFallback,
    });
    provideCardService(service);
  };

  return {
    name: 'vaandel:og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = resolveCardCacheDir(process.env, process.cwd(), fileURLToPath(config.cacheDir));
        logoFile = findSiteLogoFile(resolveContentDir(process.env, process.cwd(), fileURLToPath(config.root)));
      },
      'astro:build:start': async ({ logger }) => {
        await start('build', (reason) => logger.warn(`Card worker threads could not run (${reason}); drawing cards on the main thread.`));
        // An empty cache means every card will be drawn: start the workers while Vite bundles.
        if (await isCacheEmpty(cacheDir)) service?.warm();
      },
      'astro:build:done': async ({ dir }) => {
        if (!service) return;
        const stats = await service.finish({ prune: true, outDir: fileURLToPath(dir) });
        provideCardService(undefined);
        service = undefined;
        console.log(formatCardStats(stats));
      },
      'astro:server:setup': async ({ logger }) => {
        await start('dev', (reason) => logger.warn(`Card worker threads could not run (${reason}); drawing cards on the main thread.`));
      },
      'astro:server:done': async () => {
        await service?.finish({ prune: false }).catch(() => undefined);
        provideCardService(undefined);
        service = undefined;
      },
    },
  };
}
