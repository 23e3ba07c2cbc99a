/** The content check's cache key: equal only while nothing the check reads or compares with changed. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashCheckInputs, readCachedCheck, writeCachedCheck } from '../../../src/lib/check/check-cache-fs.ts';
import type { CheckResult } from '../../../src/lib/check/check-content.ts';
import { makeTree, TODAY } from './tree.ts';

/** A project folder with a source file and a lock file, beside a content tree. */
async function makeProject() {
  const contentDir = await makeTree();
  const projectDir = path.join(path.dirname(contentDir), 'project');
  await fs.mkdir(path.join(projectDir, 'src/lib'), { recursive: true });
  await fs.writeFile(path.join(projectDir, 'src/lib/rule.ts'), 'export const MIN = 400;\n');
  await fs.writeFile(path.join(projectDir, 'package-lock.json'), '{"zod": "4.6.7"}\n');
  const inputs = { contentDir, projectDir, today: new Date(`${TODAY}T00:00:00Z`), label: 'content' };
  return { inputs, key: () => hashCheckInputs(inputs) };
}

describe('the check cache key', () => {
  it('is the same for the same files, and changes with any content file', async () => {
    const { inputs, key } = await makeProject();
    const first = await key();
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(await key()).toBe(first);
    const story = path.join(inputs.contentDir, 'stories/first-day/index.md');
    await fs.appendFile(story, '\nOne more line.\n');
    const edited = await key();
    expect(edited).not.toBe(first);
    await fs.writeFile(path.join(inputs.contentDir, 'jobs/new-job.md'), '---\ntitle: New\n---\n');
    expect(await key()).not.toBe(edited);
  });

  it('changes with the day, the folder label, the checker source and the lock file', async () => {
    const { inputs, key } = await makeProject();
    const first = await key();
    expect(await hashCheckInputs({ ...inputs, today: new Date('2026-03-02T00:00:00Z') })).not.toBe(first);
    expect(await hashCheckInputs({ ...inputs, label: 'site/content' })).not.toBe(first);
    await fs.writeFile(path.join(inputs.projectDir, 'src/lib/rule.ts'), 'export const MIN = 300;\n');
    const source = await key();
    expect(source).not.toBe(first);
    await fs.writeFile(path.join(inputs.projectDir, 'package-lock.json'), '{"zod": "4.6.8"}\n');
    expect(await key()).not.toBe(source);
  });

  it('is undefined for a content folder that does not exist, so that the check reports it', async () => {
    const { inputs } = await makeProject();
    expect(await hashCheckInputs({ ...inputs, contentDir: path.join(inputs.contentDir, 'missing') })).toBeUndefined();
  });
});

describe('the stored result', () => {
  it('is given back for its own key only', async () => {
    const cacheDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-check-cache-')), '.astro');
    const result: CheckResult = { files: 3, entries: 2, problems: [{ file: 'content/site.yaml', line: 2, field: 'name', severity: 'error', message: 'is missing.', hint: 'Add "name: …".' }] };
    expect(await readCachedCheck(cacheDir, 'a')).toBeUndefined();
    await writeCachedCheck(cacheDir, 'a', result);
    expect(await readCachedCheck(cacheDir, 'a')).toEqual(result);
    expect(await readCachedCheck(cacheDir, 'b')).toBeUndefined();
    await fs.rm(path.dirname(cacheDir), { recursive: true, force: true });
  });
});
