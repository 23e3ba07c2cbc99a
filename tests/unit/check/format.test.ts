/** The checker's output formats: human (grouped by file), JSON and GitHub annotations. */
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatHuman, formatJson, formatSummary } from '../../../src/lib/check/format.ts';
import { hasFailed, type Problem } from '../../../src/lib/check/problem.ts';

const problems: Problem[] = [
  { file: 'content/jobs/data-engineer.md', line: 8, field: 'validThrough', severity: 'warning', message: '2026-06-30 has passed, so this job is closed.', hint: 'Move validThrough to a later day to reopen it.' },
  { file: 'content/ambassadors/sofie-peeters/index.md', line: 4, field: 'team', severity: 'error', message: '"Data&AI" is not a team of this site.', hint: 'Did you mean "data-ai"? Teams are listed in content/site.yaml.' },
  { file: 'content/ambassadors/pieter.md', field: '', severity: 'error', message: 'is not read: each ambassador is a folder with an index file.', hint: 'Move it to content/ambassadors/pieter/index.md.' },
  { file: 'content/ambassadors/sofie-peeters/index.md', line: 2, field: 'role', severity: 'error', message: 'is missing.', hint: 'Add "role: …" to the front matter.' },
];

describe('human format', () => {
  test('groups problems by file, in line order, each with its fix', () => {
    expect(formatHuman(problems, { files: 12, seconds: 0.42 })).toMatchInlineSnapshot(`
      "content/ambassadors/pieter.md
        error               is not read: each ambassador is a folder with an index file.
                            Move it to content/ambassadors/pieter/index.md.

      content/ambassadors/sofie-peeters/index.md
        error    line 2     role: is missing.
                            Add "role: …" to the front matter.
        error    line 4     team: "Data&AI" is not a team of this site.
                            Did you mean "data-ai"? Teams are listed in content/site.yaml.

      content/jobs/data-engineer.md
        warning  line 8     validThrough: 2026-06-30 has passed, so this job is closed.
                            Move validThrough to a later day to reopen it.

      ✖ 3 errors and 1 warning in 3 files (checked 12 files in 0.4 s).
      "
    `);
  });

  test('says when the result is the last check\'s, nothing having changed', () => {
    expect(formatSummary(problems.slice(0, 1), { files: 12, seconds: 0.1, unchanged: true })).toMatchInlineSnapshot(`"⚠ 1 warning in 1 file (checked 12 files in 0.1 s, unchanged since the last check). Warnings do not fail the check (use --strict to make them)."`);
  });

  test('says so when there is nothing to fix', () => {
    expect(formatHuman([], { files: 3 })).toMatchInlineSnapshot(`
      "✔ No problems (checked 3 files).
      "
    `);
  });

  test('warnings alone pass, unless strict', () => {
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(formatSummary(warnings, { files: 1 })).toMatchInlineSnapshot(`"⚠ 1 warning in 1 file (checked 1 file). Warnings do not fail the check (use --strict to make them)."`);
    expect(formatSummary(warnings, { files: 1, strict: true })).toMatchInlineSnapshot(`"✖ 1 warning in 1 file (checked 1 file). --strict makes warnings fail."`);
    expect(hasFailed(warnings)).toBe(false);
    expect(hasFailed(warnings, true)).toBe(true);
    expect(hasFailed(problems)).toBe(true);
  });
});

describe('json format', () => {
  test('is an array of {file, line, field, severity, message, hint}, line 1 for whole files', () => {
    const parsed = JSON.parse(formatJson(problems)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(4);
    expect(parsed[0]).toEqual({ file: 'content/ambassadors/pieter.md', line: 1, field: '', severity: 'error', message: 'is not read: each ambassador is a folder with an index file.', hint: 'Move it to content/ambassadors/pieter/index.md.' });
    expect(parsed.map((p) => Object.keys(p).join(','))).toEqual(Array(4).fill('file,line,field,severity,message,hint'));
    expect(parsed.map((p) => `${p.file}:${p.line}`)).toEqual(['content/ambassadors/pieter.md:1', 'content/ambassadors/sofie-peeters/index.md:2', 'content/ambassadors/sofie-peeters/index.md:4', 'content/jobs/data-engineer.md:8']);
  });
});

describe('github format', () => {
  test('one workflow command per problem, on the right file and line', () => {
    expect(formatGithub(problems)).toMatchInlineSnapshot(`
      "::error file=content/ambassadors/pieter.md,line=1,title=content check::is not read: each ambassador is a folder with an index file.%0AMove it to content/ambassadors/pieter/index.md.
      ::error file=content/ambassadors/sofie-peeters/index.md,line=2,title=role::role: is missing.%0AAdd "role: …" to the front matter.
      ::error file=content/ambassadors/sofie-peeters/index.md,line=4,title=team::team: "Data&AI" is not a team of this site.%0ADid you mean "data-ai"? Teams are listed in content/site.yaml.
      ::warning file=content/jobs/data-engineer.md,line=8,title=validThrough::validThrough: 2026-06-30 has passed, so this job is closed.%0AMove validThrough to a later day to reopen it.
      "
    `);
  });

  test("escapes % \\r \\n in messages, and also : and , in properties (GitHub's rules)", () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const tricky: Problem = { file: 'content/jobs/a,b.md', line: 3, field: 'title', severity: 'error', message: 'has 100% of\nthe words', hint: 'Fix: this' };
    expect(formatGithub([tricky])).toBe('::error file=content/jobs/a%2Cb.md,line=3,title=title::title: has 100%25 of%0Athe words%0AFix: this\n');
  });
});
