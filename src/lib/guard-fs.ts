/**
 * The git and file side of the guard and of CODEOWNERS: which files a pull request changes, who
 * owned each profile at the base, who owns it in the working tree, and who is on the comms team.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderCodeowners } from './codeowners.ts';
import { parseNameStatus, readProfileOwner, type ChangedFile } from './guard.ts';

/** A problem with the command or the repository: the guard cannot decide (exit 2). */
export class GuardSetupError extends Error {}

/** Runs git in a repository; returns stdout, or undefined when git exits non-zero. */
function runGit(repo: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new GuardSetupError(`git could not run in ${repo}: ${result.error.message}`);
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Checks that a ref names a commit of the repository; throws a GuardSetupError saying how to fix it otherwise. */
export function verifyRef(repo: string, ref: string): void {
  if (!runGit(repo, ['rev-parse', '--is-inside-work-tree']).ok) throw new GuardSetupError(`${repo} is not a git repository: run the guard inside the repository, or pass --repo <folder>.`);
  if (!runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new GuardSetupError(`"${ref}" is not a commit of this repository. Fetch it first (e.g. git fetch origin main) and pass --base origin/main or a commit SHA.`);
  }
}

/** The files changed between the merge base of `base` and HEAD, renames detected. */
export function readChangedFiles(repo: string, base: string): ChangedFile[] {
  verifyRef(repo, base);
  const diff = runGit(repo, ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', `${base}...HEAD`]);
  if (!diff.ok) throw new GuardSetupError(`git diff ${base}...HEAD failed: ${diff.stderr}`);
  return parseNameStatus(diff.stdout);
}

/** A file's text at a commit, or undefined when the file does not exist there. */
function readAtRef(repo: string, ref: string, file: string): string | undefined {
  const result = runGit(repo, ['show', `${ref}:${file}`]);
  return result.ok ? result.stdout : undefined;
}

/** A file's text in the working tree, or undefined when it does not exist. */
async function readInTree(repo: string, file: string): Promise<string | undefined> {
  return fs.readFile(path.join(repo, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
}

/** Where to read from: a commit, or the working tree. */
export type Source = { ref: string } | 'worktree';

async function readSource(repo: string, source: Source, file: string): Promise<string | undefined> {
  return source === 'worktree' ? readInTree(repo, file) : readAtRef(repo, source.ref, file);
}

/** The owners (profile `github` handles) of the given profile folders, at a commit or in the working tree. */
export async function readProfileOwners(repo: string, source: Source, ambassadorsDir: string, slugs: readonly string[]): Promise<Map<string, string | null>> {
  const owners = new Map<string, string | null>();
  for (const slug of slugs) {
    const text = await readSource(repo, source, `${ambassadorsDir}/${slug}/index.md`);
    if (text !== undefined) owners.set(slug, readProfileOwner(text));
  }
  return owners;
}

/** The comms team's handles from site.yaml, at a commit or in the working tree; throws when there are none. */
export async function readComms(repo: string, source: Source, contentDir: string): Promise<string[]> {
  const file = `${contentDir}/site.yaml`;
  const text = await readSource(repo, source, file);
  const where = source === 'worktree' ? file : `${file} at ${source.ref}`;
  if (text === undefined) throw new GuardSetupError(`${where} does not exist: the guard needs the comms team's handles (comms: [...]) from it.`);
  let comms: unknown;
  try {
    comms = (parseYaml(text) as { comms?: unknown } | null)?.comms;
  } catch (error) {
    throw new GuardSetupError(`${where} is not valid YAML (${(error as Error).message.split('\n')[0]}): run npm run check.`);
  }
  const handles = Array.isArray(comms) ? comms.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim().replace(/^@/, '')) : [];
  if (handles.length === 0) throw new GuardSetupError(`${where} names no comms team: add comms: [your-github-handle] to it.`);
  return handles;
}

/** Every profile folder of the working tree with its owner (null: index.md without a readable github field). */
export async function listProfileOwners(ambassadorsDir: string): Promise<Map<string, string | null>> {
  const entries = await fs.readdir(ambassadorsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const owners = new Map<string, string | null>();
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const text = await readInTree(ambassadorsDir, `${entry.name}/index.md`);
    if (text !== undefined) owners.set(entry.name, readProfileOwner(text));
  }
  return owners;
}

/** The CODEOWNERS text for a repository's working tree (comms from site.yaml, owners from the profiles). */
export async function generateCodeowners(repo: string, contentDir = 'content'): Promise<string> {
  const comms = await readComms(repo, 'worktree', contentDir);
  const owners = await listProfileOwners(path.join(repo, contentDir, 'ambassadors'));
  return renderCodeowners({ comms, owners, ambassadorsDir: `${contentDir}/ambassadors` });
}
