/**
 * Builds a content folder into a fresh output folder with its own cache, in a child process, as
 * `npm run build` would. Each build gets its own project root (symlinks to the real project) so
 * that Astro's `.astro/` folder is not shared: several builds can run side by side.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The result of one build. */
export interface BuiltSite {
  /** The output folder (like dist/). */
  outDir: string;
  /** The cache folder used by this build (Astro's cacheDir). */
  cacheDir: string;
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed, stdout and stderr interleaved, without colour codes. */
  output: string;
  /** Reads a file of the output folder as text, e.g. read('jobs/index.html'). */
  read(file: string): Promise<string>;
  /** Whether a file exists in the output folder. */
  exists(file: string): Promise<boolean>;
  /** Every file of the output folder, relative, with forward slashes. */
  files(): Promise<string[]>;
}

/** Options for one build. */
export interface BuildOptions {
  /** "Today" for the build (VAANDEL_NOW), e.g. "2026-03-01". */
  now?: string;
  /** Reuse this output and cache folder (to test rebuilds); a fresh temporary one otherwise. */
  reuse?: Pick<BuiltSite, 'outDir' | 'cacheDir'>;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Builds `contentDir` (absolute, or relative to the project root) and returns what came out. */
export async function buildSite(contentDir: string, options: BuildOptions = {}): Promise<BuiltSite> {
  const work = options.reuse ? path.dirname(options.reuse.outDir) : await makeProjectRoot();
  const outDir = options.reuse?.outDir ?? path.join(work, 'dist');
  const cacheDir = options.reuse?.cacheDir ?? path.join(work, '.astro');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    VAANDEL_CONTENT: path.resolve(root, contentDir),
    VAANDEL_OUT_DIR: outDir,
    VAANDEL_CACHE_DIR: cacheDir,
    ...(options.now ? { VAANDEL_NOW: options.now } : {}),
    ...options.env,
  };
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    // cwd is the temporary root: Astro puts its prerender bundle in <cwd>/.astro/.prerender/ when
    // outDir lies outside cwd, so with a shared cwd, side-by-side builds would delete each other's.
    const child = spawn('npx', ['astro', 'build', '--root', work], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    // FORCE_COLOR in CI makes Astro colour its log; tests match the words, not the colours.
    child.on('close', (c) => resolve({ code: c ?? 1, output: stripVTControlCharacters(output) }));
  });
  const file = (name: string) => path.join(outDir, name);
  return {
    outDir,
    cacheDir,
    code,
    output,
    read: (name) => fs.readFile(file(name), 'utf8'),
    exists: (name) =>
      fs.access(file(name)).then(
        () => true,
        () => false,
      ),
    files: async () => (await fs.readdir(outDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/')),
  };
}

/** The project's own files, linked into each temporary root. */
const LINKED = ['public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/**
 * Copied, not linked: Astro 7 follows a symlinked src/ to its real path outside the root and then
 * fails on every .astro file with a <style> ("No cached compile metadata found for …?astro&type=style").
 */
const COPIED = ['src'];

/** A temporary project root that links to the real project's sources. */
export async function makeProjectRoot(): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-build-'));
  for (const name of COPIED) await fs.cp(path.join(root, name), path.join(work, name), { recursive: true });
  for (const name of LINKED) {
    await fs.symlink(path.join(root, name), path.join(work, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return work;
}
