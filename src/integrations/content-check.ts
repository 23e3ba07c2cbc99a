/**
 * The build gate: runs the content checker (the same as `npm run check`) before Astro builds. On
 * errors `astro build` prints the checker's report and exits 1, so that dangling references, which
 * Astro alone lets through, never reach a deploy. `astro dev` prints the report and carries on.
 * When no content file, source file or the day changed since the last check, its result is reused.
 */
import type { AstroIntegration } from 'astro';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hashCheckInputs, readCachedCheck, writeCachedCheck } from '../lib/check/check-cache-fs';
import { checkContentFolder, labelOf } from '../lib/check/check-fs';
import { formatHuman } from '../lib/check/format';
import { hasFailed } from '../lib/check/problem';
import { resolveContentDir } from '../lib/content-dir';
import { resolveToday } from '../lib/dates';

/** The Astro integration that checks the content folder before every build and dev server start. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'vaandel:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Vitest loads this config as a dev server (getViteConfig): the tests check content themselves.
        if (command === 'dev' && process.env.VITEST) return;
        const stop = (report: string) => {
          process.stderr.write(report);
          if (command === 'build') {
            process.stderr.write('\nThe build stopped because of the content errors above. Fix them, then run npm run check to confirm.\n');
            process.exit(1);
          }
        };
        let today: Date;
        try {
          today = resolveToday(process.env, new Date());
        } catch (error) {
          return stop(`${(error as Error).message}\n`);
        }
        const started = performance.now();
        const projectDir = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const contentDir = resolveContentDir(process.env, process.cwd(), projectDir);
        // The last build's result when nothing it depends on changed (src/lib/check/check-cache-fs.ts).
        const key = await hashCheckInputs({ contentDir, projectDir, today, label: labelOf(contentDir, process.cwd()), cacheDir });
        let result = key ? await readCachedCheck(cacheDir, key) : undefined;
        const unchanged = result !== undefined;
        if (!result) {
          try {
            result = await checkContentFolder({ contentDir, cwd: process.cwd(), today, cacheDir });
          } catch (error) {
            return stop(`The content check could not run: ${(error as Error).message}\n`);
          }
          if (key) await writeCachedCheck(cacheDir, key, result).catch(() => undefined); // a read-only cache only costs time
        }
        const seconds = (performance.now() - started) / 1000;
        const report = formatHuman(result.problems, { files: result.files, seconds, unchanged, notes: result.notes });
        if (hasFailed(result.problems)) return stop(report);
        if (result.problems.length) process.stderr.write(report);
        else logger.info(report.trim());
      },
    },
  };
}
