/**
 * Checker test helper: a temporary copy of the minimal valid tree tests/fixtures/check/base with a
 * few changes, checked as `npm run check` would (the folder is shown as "content").
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll } from 'vitest';
import { checkContentFolder } from '../../../src/lib/check/check-fs.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';

/** The minimal valid content tree every checker test starts from. */
export const BASE = path.resolve(import.meta.dirname, '../../fixtures/check/base');
/** The base tree's files that the tests change most. */
export const BASE_FILES = {
  sofie: 'ambassadors/sofie-peeters/index.md',
  jan: 'ambassadors/jan-janssens/index.md',
  story: 'stories/first-day/index.md',
  job: 'jobs/data-engineer.md',
  thanks: 'recognition/2025-06-02-thanks-sofie.md',
  shareStory: 'share/first-day.md',
  shareJob: 'share/join-data.md',
} as const;
/** The day the checker tests run on. */
export const TODAY = '2026-03-01';

/** A change to one file: new text or bytes, an edit of its text, or null to delete it. */
export type Change = string | Buffer | null | ((text: string) => string);

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** Copies the base tree into a fresh folder, applies the changes and returns the folder (…/content). */
export async function makeTree(changes: Record<string, Change> = {}): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-check-'));
  made.push(root);
  const content = path.join(root, 'content');
  await fs.cp(BASE, content, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(content, file);
    if (change === null) {
      await fs.rm(target, { recursive: true });
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (typeof change === 'function') {
      const before = await fs.readFile(target, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit of ${file} changed nothing: fix the test.`);
      await fs.writeFile(target, after);
    } else await fs.writeFile(target, change);
  }
  return content;
}

/** Checks a copy of the base tree with the changes applied. */
export async function checkTree(changes: Record<string, Change> = {}, today = TODAY): Promise<Problem[]> {
  const content = await makeTree(changes);
  const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(today) });
  return result.problems;
}

/** Problems as short lines for snapshots: "file:line severity field: message ⇒ hint". */
export function show(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.severity} ${p.field ? `${p.field}: ` : ''}${p.message} ⇒ ${p.hint}`).join('\n');
}

/** A plain PNG of the given size. */
export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#336699' } }).png({ palette: true }).toBuffer();
}

/** Replaces `from` with `to` in a file's text (the helper fails when `from` is absent). */
export const replace = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);
