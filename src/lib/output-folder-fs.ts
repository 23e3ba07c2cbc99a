/**
 * Rebuilding into an output folder that is not emptied first. Files a build rewrites, or names as
 * its own (a page the incremental build left in place), stay; every other file that was there before
 * the build, such as the page of a person who withdrew, is deleted when the build ends. A file counts
 * as rewritten when its inode, change time or size differs from the snapshot taken at the start (the
 * build writes seconds later, so even coarse file times have moved on); no clock is compared. A record in the cache folder holds the hash of the folder as the last build
 * left it: when the folder is not exactly that (a build that stopped halfway, another cache folder,
 * a hand edit), it is emptied first, as Astro itself would, and every page is written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What an output folder held before a build: each file (relative, forward slashes) and its signature. */
export type OutputSnapshot = Map<string, string>;

/** Top-level entries never touched (a gh-pages worktree keeps its .git in the output folder). */
const KEEP_ALWAYS = new Set(['.git']);

/** The record of the last finished build, in the cache folder. */
export const OUTPUT_RECORD = 'vaandel-output.json';

/** Identity and last change of a file: different after any write, rename onto it or replacement. */
function signature(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.ctimeNs}:${s.size}`;
  } catch {
    return undefined;
  }
}

/** Every file under `dir` (relative, forward slashes), the always-kept entries left out. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    if (KEEP_ALWAYS.has(top.name)) continue;
    if (!top.isDirectory()) {
      files.push(top.name);
      continue;
    }
    for (const entry of readdirSync(path.join(dir, top.name), { recursive: true, withFileTypes: true })) {
      if (!entry.isDirectory()) files.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return files;
}

/** Records every file of `dir` as it is now. */
export function snapshotFolder(dir: string): OutputSnapshot {
  const snapshot: OutputSnapshot = new Map();
  for (const file of listFiles(dir)) {
    const sig = signature(path.join(dir, file));
    if (sig) snapshot.set(file, sig);
  }
  return snapshot;
}

/** Empties `dir` (the always-kept entries excepted), as Astro does before a build. */
export function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!KEEP_ALWAYS.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/**
 * Deletes every file of the snapshot `before` that is unchanged in `now` (the folder as it is, by
 * default snapshotted here) and not in `produced` (relative paths), then the folders left empty.
 * The deleted files are taken out of `now`, which then describes the folder. Returns them, sorted.
 */
export async function removeStaleFiles(dir: string, before: OutputSnapshot, produced: ReadonlySet<string>, now: OutputSnapshot = snapshotFolder(dir)): Promise<string[]> {
  const stale = [...before].filter(([file, sig]) => !produced.has(file) && now.get(file) === sig).map(([file]) => file);
  for (const file of stale) now.delete(file);
  await Promise.all(stale.map((file) => fs.rm(path.join(dir, file), { force: true })));
  // Deepest folders first, so that a folder emptied by its children's removal goes too.
  const folders = new Set(stale.flatMap((file) => parentFolders(file)));
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await fs.rmdir(path.join(dir, folder)).catch(() => undefined); // fails when not empty: kept
  }
  return stale.sort();
}

/** "a/b/c.html" → ["a/b", "a"]. */
function parentFolders(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}

/** The hash of a snapshot: equal only if every file is the same, with the same identity and change time. */
export function hashSnapshot(snapshot: OutputSnapshot): string {
  const hash = createHash('sha256');
  for (const file of [...snapshot.keys()].sort()) hash.update(`${file}\0${snapshot.get(file)}\n`);
  return hash.digest('base64url');
}

/** What the last finished build left: its output folder and the hash of that folder's snapshot. */
export interface OutputRecord {
  /** The output folder, absolute. */
  outDir: string;
  /** `hashSnapshot` of the folder when the build ended. */
  snapshot: string;
}

/** The record in `cacheDir`, if there is a readable one. */
export async function readOutputRecord(cacheDir: string): Promise<OutputRecord | undefined> {
  try {
    const record = JSON.parse(await fs.readFile(path.join(cacheDir, OUTPUT_RECORD), 'utf8')) as Partial<OutputRecord>;
    return typeof record.outDir === 'string' && typeof record.snapshot === 'string' ? { outDir: record.outDir, snapshot: record.snapshot } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the record for the next build. */
export async function writeOutputRecord(cacheDir: string, record: OutputRecord): Promise<void> {
  await fs.mkdir(cacheDir, { recursive: true });
  await fs.writeFile(path.join(cacheDir, OUTPUT_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}
