/**
 * The guard behind `npm run guard`: may a pull request's author make these changes without the
 * comms team? An ambassador may change only their own profile folder, and the folder's `github`
 * field must be their own handle before and after the change; the comms team may change anything.
 * Pure: git and files are guard-fs.ts's job.
 */
import { parse as parseYaml } from 'yaml';

/** One changed file, as `git diff --name-status` reports it. */
export interface ChangedFile {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  /** The path after the change (for D: the deleted path), relative to the repository root. */
  path: string;
  /** For R and C: the path before. */
  oldPath?: string;
}

/**
 * Who owns each profile folder: slug → `github` handle; `null` when the folder has an index.md
 * whose handle cannot be read. A folder without index.md is absent.
 */
export type ProfileOwners = ReadonlyMap<string, string | null>;

/** What the guard decides on. */
export interface GuardInput {
  /** The pull request's author (GitHub handle, with or without @). */
  author: string;
  /** The changed files. */
  changes: readonly ChangedFile[];
  /** Profile owners before the change (at the base), for the folders the change touches. */
  ownersBefore: ProfileOwners;
  /** Profile owners after the change (in the working tree), for the folders the change touches. */
  ownersAfter: ProfileOwners;
  /** The comms team's handles (site.yaml `comms`, read at the base). */
  comms: readonly string[];
  /** The ambassadors' folder, relative to the repository root. */
  ambassadorsDir?: string;
}

/** The decision on one path. */
export interface PathVerdict {
  /** The path, relative to the repository root. */
  path: string;
  /** Whether the author may change it alone. */
  allowed: boolean;
  /** Why, in words for the author. */
  reason: string;
  /** Who must review it when refused (handles without @): the profile's owner at the base, and the comms team. */
  reviewers: string[];
}

/** The guard's decision on a whole change. */
export interface GuardVerdict {
  /** The author, without @. */
  author: string;
  /** Whether every path is allowed. */
  allowed: boolean;
  /** Whether the author is on the comms team. */
  isComms: boolean;
  /** One verdict per path; renamed files give two (old and new path). */
  paths: PathVerdict[];
  /** Everyone who must review, owners first, then the comms team. */
  reviewers: string[];
}

/** The default ambassadors' folder, relative to the repository root. */
export const AMBASSADORS_DIR = 'content/ambassadors';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** A handle without a leading @, trimmed. */
export const normaliseHandle = (handle: string) => handle.trim().replace(/^@/, '');
const at = (handles: readonly string[]) => handles.map((h) => `@${h}`).join(', ');

/** The profile folder a path lies in (`content/ambassadors/<slug>/…`), or undefined. */
export function findProfileSlug(file: string, ambassadorsDir = AMBASSADORS_DIR): string | undefined {
  const prefix = `${ambassadorsDir.replace(/\/+$/, '')}/`;
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length).split('/');
  return rest.length >= 2 && rest[0] && rest[1] ? rest[0] : undefined;
}

/** The `github` handle in a profile's front matter; null when it cannot be read. */
export function readProfileOwner(markdown: string): string | null {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(markdown)?.[1];
  if (front === undefined) return null;
  try {
    const data = parseYaml(front) as { github?: unknown } | null;
    const handle = typeof data?.github === 'string' ? normaliseHandle(data.github) : '';
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(handle) ? handle : null;
  } catch {
    return null;
  }
}

/** The slugs of the profile folders a change touches (old and new paths). */
export function findTouchedProfiles(changes: readonly ChangedFile[], ambassadorsDir = AMBASSADORS_DIR): string[] {
  const slugs = new Set<string>();
  for (const change of changes) {
    for (const file of [change.path, change.oldPath]) {
      const slug = file === undefined ? undefined : findProfileSlug(file, ambassadorsDir);
      if (slug) slugs.add(slug);
    }
  }
  return [...slugs].sort();
}

function judgePath(file: string, input: GuardInput, author: string): PathVerdict {
  const comms = input.comms.map(normaliseHandle);
  const dir = (input.ambassadorsDir ?? AMBASSADORS_DIR).replace(/\/+$/, '');
  const slug = findProfileSlug(file, dir);
  const refuse = (reason: string, owners: (string | null | undefined)[] = []) => ({
    path: file,
    allowed: false,
    reason,
    reviewers: [...new Set([...owners.filter((o): o is string => !!o && !same(o, author)), ...comms])],
  });
  if (!slug) return refuse(`outside your own profile folder (${dir}/<your-folder>/): the comms team reviews it`);
  const folder = `${dir}/${slug}/`;
  const before = input.ownersBefore.get(slug);
  const after = input.ownersAfter.get(slug);
  if (before === undefined && after === undefined) {
    return refuse(`${folder} has no profile (index.md with a github field): the comms team reviews it`);
  }
  if (before === null) return refuse(`the github field of ${folder}index.md could not be read before this change: the comms team reviews it`);
  if (before !== undefined && !same(before, author)) return refuse(`${folder} is the profile of @${before}`, [before]);
  if (after === null) {
    return refuse(`the github field of ${folder}index.md cannot be read after this change: write your GitHub user name, like github: ${author}`);
  }
  // The handle a change writes is not trusted to name a reviewer: only the owner at the base is.
  if (after !== undefined && !same(after, author)) {
    return before === undefined
      ? refuse(`${folder} would be a new profile owned by @${after}: only @${after} can add it`)
      : refuse(`${folder} would pass to @${after}: the github field must stay your own handle (${author})`);
  }
  const reason = before === undefined ? 'your new profile' : after === undefined ? 'removes your own profile (withdrawing)' : 'your own profile folder';
  return { path: file, allowed: true, reason, reviewers: [] };
}

/** Decides whether the author may make every change alone, and who must review otherwise. */
export function decideGuard(input: GuardInput): GuardVerdict {
  const author = normaliseHandle(input.author);
  const isComms = input.comms.some((c) => same(normaliseHandle(c), author));
  const files = input.changes.flatMap((c) => (c.oldPath !== undefined && c.status === 'R' ? [c.oldPath, c.path] : [c.path]));
  const paths = isComms
    ? files.map((path) => ({ path, allowed: true, reason: 'changed by the comms team', reviewers: [] }))
    : files.map((path) => judgePath(path, input, author));
  const owners = new Set<string>();
  const comms = new Set(input.comms.map(normaliseHandle));
  for (const p of paths) for (const r of p.reviewers) if (!comms.has(r)) owners.add(r);
  const refused = paths.some((p) => !p.allowed);
  return { author, allowed: !refused, isComms, paths, reviewers: refused ? [...owners, ...comms] : [] };
}

/** The guard's verdict as lines for people. */
export function formatGuardVerdict(verdict: GuardVerdict, comms: readonly string[]): string[] {
  const lines: string[] = [];
  if (verdict.paths.length === 0) return [`Allowed: this pull request by @${verdict.author} changes no files.`];
  lines.push(
    verdict.allowed
      ? verdict.isComms
        ? `Allowed: @${verdict.author} is on the comms team and may change anything.`
        : `Allowed: @${verdict.author} changes only their own profile.`
      : `Refused: @${verdict.author} may not make ${verdict.paths.filter((p) => !p.allowed).length === verdict.paths.length ? 'these changes' : 'all of these changes'} alone.`,
  );
  for (const p of verdict.paths) lines.push(`  ${p.allowed ? 'ok' : 'NO'}  ${p.path}: ${p.reason}`);
  if (!verdict.allowed) {
    const commsSet = new Set(comms.map((c) => normaliseHandle(c).toLowerCase()));
    const owners = verdict.reviewers.filter((r) => !commsSet.has(r.toLowerCase()));
    lines.push('');
    lines.push(
      owners.length > 0
        ? `Who must review: ${at(owners)} (whose profile it is), and the comms team: ${at(comms.map(normaliseHandle))}.`
        : `Who must review: the comms team: ${at(comms.map(normaliseHandle))}.`,
    );
    lines.push('Ambassadors: change only the files in your own folder content/ambassadors/<your-folder>/ (guide: docs/ambassadors.md).');
  }
  return lines;
}

/** Reads `git diff --name-status -z` output (NUL-separated) into changed files. */
export function parseNameStatus(output: string): ChangedFile[] {
  const parts = output.split('\0');
  const changes: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const letter = code[0] as string;
    if (letter === 'R' || letter === 'C') {
      const oldPath = parts[i++]!;
      const path = parts[i++]!;
      changes.push({ status: letter, path, oldPath });
    } else {
      const path = parts[i++]!;
      changes.push({ status: (['A', 'M', 'D', 'T'].includes(letter) ? letter : 'M') as ChangedFile['status'], path });
    }
  }
  return changes;
}

/** Reads a `--files` list (comma- or newline-separated paths, "./" stripped) into changed files, as modifications. */
export function parseFileList(text: string): ChangedFile[] {
  const files = text
    .split(/[,\r\n]+/)
    .map((f) => f.trim().replace(/^\.\//, ''))
    .filter(Boolean);
  return [...new Set(files)].map((path) => ({ status: 'M' as const, path }));
}
