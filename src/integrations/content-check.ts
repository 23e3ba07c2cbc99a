/**
 * The build gate and the development server's content check: runs the content checker (the same
 * as `npm run check`) when Astro builds. On errors `astro build` prints the checker's report and
 * exits 1, so that dangling references, which Astro alone lets through, never reach a deploy.
 * The build checks on a worker thread while Astro starts, and Astro's content loaders wait for
 * the check to pass before they read an entry (src/loaders/after-check.ts).
 * When no content file, source file or the day changed since the last check, its result is reused.
 * `astro dev` checks at start and again after every change in the content folder: the report goes
 * to the terminal, and errors to the browser in Astro's error overlay until they are fixed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { checkWithCache, type CachedCheck, type CheckFolderOptions } from '../lib/check/check-cache-fs.ts';
import type { CheckResult } from '../lib/check/check-content.ts';
import { checkContentFolder } from '../lib/check/check-fs.ts';
import type { CheckWorkerReply } from '../lib/check/check-worker.ts';
import { describeContentErrors } from '../lib/check/dev-overlay.ts';
import { formatHuman, formatSummary } from '../lib/check/format.ts';
import { hasFailed } from '../lib/check/problem.ts';
import { resolveContentDir } from '../lib/content-dir.ts';
import { resolveToday } from '../lib/dates.ts';
import { startWorker } from '../lib/worker.ts';
import { contentCheckPassed, holdContentLoaders } from '../loaders/after-check.ts';

/** Astro's development server (Vite's), as the astro:server:setup hook gets it. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The check worker's script; resolved from this file, which Astro loads from source, never bundled. */
const WORKER_URL = new URL('../lib/check/check-worker.ts', import.meta.url);

/**
 * Checks through the cache on a worker thread, so that Astro goes on starting meanwhile; on this
 * thread when a worker cannot start.
 */
function checkOnWorker(data: CheckFolderOptions): Promise<CachedCheck> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let worker: Worker;
    try {
      worker = startWorker(WORKER_URL, { workerData: data });
    } catch {
      checkWithCache(data).then(resolve, reject);
      return;
    }
    worker.once('message', (reply: CheckWorkerReply) => {
      answered = true;
      void worker.terminate();
      if ('ok' in reply) resolve(reply.ok);
      else reject(new Error(reply.error));
    });
    // A worker that fails before it answers (it could not load the checker): check here instead.
    worker.once('error', () => {
      if (!answered) checkWithCache(data).then(resolve, reject);
      answered = true;
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the check's worker thread stopped (exit code ${code})`));
    });
  });
}

/**
 * Resolves once Astro has written its content store after `since` (milliseconds since the epoch),
 * or after five seconds: a change Astro does not store (a file no collection loads, an entry its
 * loader refused) writes nothing.
 */
async function storedSince(file: string, since: number): Promise<void> {
  const until = Date.now() + 5_000;
  while (Date.now() < until) {
    if ((await modifiedAt(file)) >= since) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** When a file was last written, in milliseconds since the epoch; 0 when it does not exist. */
async function modifiedAt(file: string): Promise<number> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat?.mtimeMs ?? 0;
}

/** How long after the reload that follows a fix a page that connects may still be showing an older store. */
const RELOAD_WINDOW_MS = 60_000;

/** The Astro integration that checks the content folder before every build, and during `astro dev`. */
export function contentCheck(): AstroIntegration {
  let paths: { contentDir: string; projectDir: string; cacheDir: string } | undefined;
  return {
    name: 'vaandel:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const projectDir = fileURLToPath(config.root);
        paths = { projectDir, cacheDir: fileURLToPath(config.cacheDir), contentDir: resolveContentDir(process.env, process.cwd(), projectDir) };
        if (command !== 'build') return;
        const stop = (report: string) => {
          process.stderr.write(report);
          process.stderr.write('\nThe build stopped because of the content errors above. Fix them, then run npm run check to confirm.\n');
          process.exit(1);
        };
        let today: Date;
        try {
          today = resolveToday(process.env, new Date());
        } catch (error) {
          return stop(`${(error as Error).message}\n`);
        }
        // Astro resolves its routes and Vite while the check runs; its loaders wait for the result.
        const started = performance.now();
        const check = checkOnWorker({ ...paths, today }).then(
          ({ result, unchanged }) => {
            const seconds = (performance.now() - started) / 1000;
            const report = formatHuman(result.problems, { files: result.files, seconds, unchanged, notes: result.notes });
            if (hasFailed(result.problems)) return stop(report);
            if (result.problems.length) process.stderr.write(report);
            else logger.info(report.trim());
          },
          (error: unknown) => stop(`The content check could not run: ${(error as Error).message}\n`),
        );
        holdContentLoaders(check);
      },
      'astro:build:start': async () => {
        // Every collection waits for the check already; a build that loaded none still must not go on without it.
        await contentCheckPassed();
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Vitest loads this config as a dev server (getViteConfig): the tests check content themselves.
        if (process.env.VITEST || !paths) return;
        await watchContent(server, logger, paths);
      },
    },
  };
}

/**
 * Checks the content at once and after every change in the content folder: prints the report when
 * it changes, and keeps the errors in the browser's error overlay (sent again to every page that
 * connects) until a check finds none.
 */
async function watchContent(server: DevServer, logger: AstroIntegrationLogger, paths: { contentDir: string; projectDir: string; cacheDir: string }): Promise<void> {
  const { contentDir } = paths;
  const hot = () => server.environments.client!.hot;
  let overlay: ReturnType<typeof describeContentErrors>;
  let lastReport: string | undefined;
  let first = true;
  let running: Promise<void> | undefined;
  let again = false;
  let changedAt = 0;
  /** When the reload after a fix was sent, and when the content store had last been written then. */
  let reloaded: { at: number; store: number } | undefined;
  // Where Astro's development server keeps the content it loaded (astro/dist/content/paths.js).
  const dataStore = path.join(paths.projectDir, '.astro', 'data-store.json');

  const check = async () => {
    const started = performance.now();
    let result: CheckResult;
    let unchanged = false;
    try {
      const today = resolveToday(process.env, new Date());
      if (first) ({ result, unchanged } = await checkWithCache({ ...paths, today }));
      else result = await checkContentFolder({ contentDir, cwd: process.cwd(), today });
    } catch (error) {
      logger.error(`The content check could not run: ${(error as Error).message}`);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    const hadErrors = overlay !== undefined;
    // Astro puts a path that is not inside the project under the project root: give it relative to the root.
    overlay = describeContentErrors(result.problems, (file) => path.relative(paths.projectDir, path.resolve(process.cwd(), file)));
    // Compare without the timing, so that an unchanged result is not printed again.
    const report = formatHuman(result.problems, { files: result.files, notes: result.notes });
    if (report !== lastReport) {
      const full = formatHuman(result.problems, { files: result.files, seconds, unchanged, notes: result.notes });
      if (result.problems.length) process.stderr.write(full);
      else if (first) logger.info(full.trim());
      else logger.info(`Content problems fixed. ${formatSummary(result.problems, { files: result.files, seconds })}`);
      lastReport = report;
    }
    // The first check runs before Astro wraps the hot channel to show its overlay: pages get the
    // errors when they connect.
    if (!first) {
      if (overlay) hot().send({ type: 'error', err: { ...overlay, stack: '' } });
      else if (hadErrors) {
        // Reloaded before Astro has stored the fixed entry, the page would show the old one, and
        // Astro's own reload, sent while the page loads, would reach no one.
        await storedSince(dataStore, changedAt);
        hot().send({ type: 'full-reload', path: '*' });
        reloaded = { at: Date.now(), store: await modifiedAt(dataStore) };
      }
    }
    first = false;
  };

  /** Runs a check, or one more after the one running (changes come in bursts: an editor's save, a git checkout). */
  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await check();
      } while (again);
      running = undefined;
    })();
  };

  const inContent = (file: string) => {
    const relative = path.relative(contentDir, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (!inContent(file)) return;
    changedAt = Date.now();
    schedule();
  });
  hot().on('vite:client:connect', async (_payload, client) => {
    // A page opened (or reloaded) while there are errors shows them too.
    if (overlay) {
      if (!running) hot().send({ type: 'error', err: { ...overlay, stack: '' } });
      return;
    }
    // Astro stores a change and reloads the pages once; a page still loading then (reloaded by the
    // fix, on a busy machine, or after an editor's save that Astro saw as a removal and an addition)
    // misses it and keeps the older entry. It connects afterwards: reload it once more.
    if (!reloaded || Date.now() - reloaded.at > RELOAD_WINDOW_MS) return;
    const store = await modifiedAt(dataStore);
    if (store <= reloaded.store) return;
    reloaded.store = store;
    client.send({ type: 'full-reload', path: '*' });
  });
  await check();
}
