/**
 * Runs `astro build` for the benchmark in a child process and measures it: wall time, the peak
 * resident memory of its whole process tree (sampled from /proc every 100 ms), and what it wrote.
 * Each site gets its own temporary project root (symlinks to the real project), so that Astro's
 * .astro folder and cache start empty, as in tests/helpers/build-site.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseCardLine, type CardStats, type CpuProfile } from './report.ts';

/** Top-level entries of the project that a temporary root must not share: per-build state and content. */
const NOT_LINKED = new Set(['.astro', 'dist', '.git', '.vaandel-cache', 'content', 'coverage']);

/**
 * Copied, not linked: src/ and the files at the top (astro.config.mjs …). Astro 7 follows a
 * symlinked src/ to its real path outside the root and then fails on every .astro file with a
 * <style> ("No cached compile metadata found for …?astro&type=style"); and a linked config would
 * import the integrations from the real project's src/, not from this root's copy.
 */
const COPIED_FOLDERS = new Set(['src']);

/** Makes `work` a project root with a copy of src/ and the top-level files, and links to the other folders (node_modules, public …), without caches, output or content. */
export async function makeProjectRoot(projectRoot: string, work: string): Promise<void> {
  await fs.mkdir(work, { recursive: true });
  for (const entry of await fs.readdir(projectRoot, { withFileTypes: true })) {
    const name = entry.name;
    if (NOT_LINKED.has(name) || name.startsWith('.tmp') || name.endsWith('.cpuprofile')) continue;
    const from = path.join(projectRoot, name);
    if (COPIED_FOLDERS.has(name) || entry.isFile()) await fs.cp(from, path.join(work, name), { recursive: true });
    else await fs.symlink(from, path.join(work, name));
  }
}

/** The pids of a process and all its descendants, read from /proc (Linux). */
export function listProcessTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue; // the process ended
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').split(' ')) if (child.trim()) pids.push(Number(child));
      } catch {
        // the thread ended
      }
    }
  }
  return pids;
}

/** Resident memory of one process in bytes (VmRSS), 0 when it has ended. */
export function readRss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the summed RSS of a process tree every `intervalMs`; stop() returns the peak in bytes. */
export function watchPeakRss(pid: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const total = listProcessTree(pid).reduce((sum, p) => sum + readRss(p), 0);
    if (total > peak) peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Where one build reads and writes. */
export interface BuildPlan {
  /** The real project (with node_modules). */
  projectRoot: string;
  /** The temporary project root made by makeProjectRoot. */
  workRoot: string;
  /** The content folder (VAANDEL_CONTENT). */
  contentDir: string;
  /** The output folder (VAANDEL_OUT_DIR). */
  outDir: string;
  /** Astro's cache folder (VAANDEL_CACHE_DIR). */
  cacheDir: string;
  /** "Today" (VAANDEL_NOW). */
  now: string;
  /** Write V8 CPU profiles of every Node process of the build into this folder. */
  profileDir?: string;
  /** Called with each chunk the build prints. */
  onOutput?: (chunk: string) => void;
}

/** What one build did. */
export interface BuildRun {
  /** Exit code of astro build. */
  code: number;
  /** Wall time in ms, from spawn to exit. */
  ms: number;
  /** Peak RSS of the build's process tree, in bytes. */
  peakRssBytes: number;
  /** Everything it printed, stdout and stderr interleaved. */
  output: string;
  /** Its card line, if it printed one. */
  cards?: CardStats;
}

/**
 * Runs astro build with the project's own Node (node_modules/.bin/node, Node 24), directly rather
 * than through npx, so that the wall time and the memory are the build's and not npm's.
 */
export async function runAstroBuild(plan: BuildPlan): Promise<BuildRun> {
  const bin = path.join(plan.projectRoot, 'node_modules', '.bin');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    VAANDEL_CONTENT: plan.contentDir,
    VAANDEL_OUT_DIR: plan.outDir,
    VAANDEL_CACHE_DIR: plan.cacheDir,
    VAANDEL_NOW: plan.now,
  };
  if (plan.profileDir) {
    // NODE_OPTIONS reaches worker threads and any Node child process, not just the main one.
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${plan.profileDir}`.trim();
  }
  const started = performance.now();
  const child = spawn(path.join(bin, 'node'), [path.join(plan.projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', plan.workRoot], {
    // The working directory must contain outDir: otherwise Astro puts its prerender chunks in
    // <cwd>/.astro/.prerender (astro/dist/prerender/utils.js), shared with every other build.
    cwd: plan.workRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = child.pid ? watchPeakRss(child.pid) : { stop: () => 0 };
  let output = '';
  const collect = (d: Buffer) => {
    const text = d.toString('utf8');
    output += text;
    plan.onOutput?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const ms = performance.now() - started;
  const peakRssBytes = watch.stop();
  // Without colour codes (FORCE_COLOR in CI colours Astro's log), as the error tails show it.
  const plain = stripVTControlCharacters(output);
  return { code, ms, peakRssBytes, output: plain, cards: parseCardLine(plain) };
}

/** Counts the pages (.html files) and cards (PNG and JPEG files under og/) of an output folder. */
export async function countOutput(outDir: string): Promise<{ pages: number; cards: number }> {
  let pages = 0;
  let cards = 0;
  for (const entry of await fs.readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (entry.name.endsWith('.html')) pages++;
    else if (/\.(?:png|jpg)$/.test(entry.name) && path.relative(outDir, entry.parentPath).split(path.sep)[0] === 'og') cards++;
  }
  return { pages, cards };
}

/** Reads every .cpuprofile file of a folder. */
export async function readProfiles(dir: string): Promise<CpuProfile[]> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.cpuprofile')).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), 'utf8')) as CpuProfile));
}
