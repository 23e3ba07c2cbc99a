/**
 * The demo content is what a new user checks first: `npm run check -- --strict` passes on it as it
 * is. Closed and scheduled jobs, which the checker warns about, are made here, dated from "today".
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../../src/lib/check/check-fs.ts';
import { hasFailed } from '../../../src/lib/check/problem.ts';
import { show } from './tree.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const TODAY = '2026-11-30';
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** A day relative to TODAY, as YYYY-MM-DD. */
const day = (offset: number) => new Date(Date.parse(TODAY) + offset * 86_400_000).toISOString().slice(0, 10);

describe('the demo content', () => {
  test('passes npm run check -- --strict as it is', { timeout: 60_000 }, async () => {
    const { VAANDEL_CONTENT: _, ...env } = process.env;
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      // process.execPath is the project's Node 24; --import tsx skips npx's start-up.
      execFile(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--strict'], { cwd: root, env: { ...env, VAANDEL_NOW: TODAY } }, (error, stdout) =>
        resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });
    // Only the translation coverage of each language, then the verdict.
    expect(result.stdout).toMatch(/^(?:[A-Z][a-z]+: \d+ of \d+ stories, \d+ of \d+ jobs, \d+ of \d+ profiles\n)+\n✔ No problems \(checked \d+ files in [\d.]+ s\)\.\n$/);
    expect(result.code).toBe(0);
  });

  test('with a job closed yesterday and one posted tomorrow, warns twice, and --strict fails', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-demo-'));
    made.push(dir);
    const content = path.join(dir, 'content');
    await fs.cp(path.join(root, 'content'), content, { recursive: true });
    const redate = async (file: string, field: string, value: string) => {
      const full = path.join(content, 'jobs', file);
      const text = await fs.readFile(full, 'utf8');
      const edited = text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
      expect(edited, file).not.toBe(text);
      await fs.writeFile(full, edited);
    };
    await redate('talent-acquisition-coordinator.md', 'validThrough', day(-1));
    await redate('graduate-engineering-programme.md', 'posted', day(1));
    const { problems } = await checkContentFolder({ contentDir: content, cwd: dir, today: new Date(TODAY) });
    expect(show(problems)).toMatchInlineSnapshot(`
      "content/jobs/graduate-engineering-programme.md:7 warning posted: 2026-12-01 is in the future, so this job is not published yet. ⇒ It appears on 2026-12-01; move posted to an earlier day to publish it sooner.
      content/jobs/talent-acquisition-coordinator.md:8 warning validThrough: 2026-11-29 has passed, so this job is closed: it is out of the listings, and its page says the position is closed. ⇒ Move validThrough to a later day to reopen it; otherwise nothing to do."
    `);
    expect([hasFailed(problems), hasFailed(problems, true)]).toEqual([false, true]);
  });
});
