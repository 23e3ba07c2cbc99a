/** `npm run check` end to end: exit codes, --strict, --format json|github, VAANDEL_CONTENT. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeTree, replace } from './tree.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs scripts/check.ts in `cwd` and returns its exit code and output. */
function runCheck(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/check.ts'), ...args],
      { cwd: options.cwd, env: { ...process.env, VAANDEL_CONTENT: '', ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run check', () => {
  test('exits 0 with only warnings, and 1 with --strict', async () => {
    const content = await makeTree();
    const cwd = path.dirname(content);
    const env = { VAANDEL_NOW: '2026-07-01', VAANDEL_CONTENT: 'content' };
    const plain = await runCheck([], { cwd, env });
    expect(plain.stdout).toContain('content/jobs/data-engineer.md\n  warning  line 8     validThrough: 2026-06-30 has passed');
    expect(plain.code).toBe(0);
    const strict = await runCheck(['--strict'], { cwd, env });
    expect(strict.code).toBe(1);
  });

  test('exits 1 on errors; --format json gives the problems with files relative to the working directory', async () => {
    const content = await makeTree({ 'stories/first-day/index.md': replace('[sofie-peeters]', '[sofie-peters]') });
    const { code, stdout } = await runCheck(['--format', 'json', content], { cwd: path.dirname(path.dirname(content)), env: { VAANDEL_NOW: '2026-03-01' } });
    expect(code).toBe(1);
    const folder = path.basename(path.dirname(content));
    expect(JSON.parse(stdout)).toEqual([
      {
        file: `${folder}/content/stories/first-day/index.md`,
        line: 5,
        field: 'ambassadors',
        severity: 'error',
        message: '"sofie-peters" is not an ambassador of this site.',
        hint: `Did you mean "sofie-peeters"? Ambassadors are the folders in ${folder}/content/ambassadors/.`,
      },
    ]);
  });

  test('--format github prints workflow annotations; a bad option is refused', async () => {
    const content = await makeTree({ 'jobs/data-engineer.md': replace('team: data-ai', 'team: data') });
    const cwd = path.dirname(content);
    const { code, stdout } = await runCheck(['--format', 'github'], { cwd, env: { VAANDEL_NOW: '2026-03-01', VAANDEL_CONTENT: content } });
    expect(code).toBe(1);
    expect(stdout).toBe('::error file=content/jobs/data-engineer.md,line=3,title=team::team: "data" is not a team of this site.%0ADid you mean "data-ai"? Teams are listed in content/site.yaml.\n');
    const bad = await runCheck(['--format', 'xml'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format xml is not a format. Use one of: human, json, github.');
  });
});
