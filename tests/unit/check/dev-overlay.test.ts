/** What the development server shows in the browser's error overlay for content errors. */
import { describe, expect, it } from 'vitest';
import { describeContentErrors } from '../../../src/lib/check/dev-overlay.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';

const problems: Problem[] = [
  { file: 'content/jobs/data-engineer.md', line: 8, field: 'validThrough', severity: 'warning', message: '2026-08-31 has passed, so this job is closed.', hint: 'Move validThrough to a later day to reopen it.' },
  { file: 'content/site.yaml', field: '', severity: 'error', message: 'is missing.', hint: 'Every site needs site.yaml.' },
  { file: 'content/ambassadors/pieter-de-smet/index.md', line: 5, field: 'team', severity: 'error', message: '"sensnig" is not a team of this site.', hint: 'Did you mean "sensing"? Teams are listed in content/site.yaml.' },
  { file: 'content/ambassadors/pieter-de-smet/index.md', line: 10, field: 'languages[0]', severity: 'error', message: '"German" is not a language code.', hint: 'Did you mean "de"?' },
];

describe('describeContentErrors', () => {
  it('lists every error with its fix, by file, and points at the first one; warnings stay in the terminal', () => {
    expect(describeContentErrors(problems, (file) => `/project/${file}`)).toMatchInlineSnapshot(`
      {
        "hint": "Fix them and save: the page updates by itself. \`npm run check\` lists them too, and \`npm run build\` stops until they are fixed.",
        "loc": {
          "column": 1,
          "file": "/project/content/ambassadors/pieter-de-smet/index.md",
          "line": 5,
        },
        "message": "content/ambassadors/pieter-de-smet/index.md
        line 5     team: "sensnig" is not a team of this site.
                   Did you mean "sensing"? Teams are listed in content/site.yaml.
        line 10    languages[0]: "German" is not a language code.
                   Did you mean "de"?

      content/site.yaml
                   is missing.
                   Every site needs site.yaml.",
        "name": "Content error",
        "title": "3 content errors in 2 files",
      }
    `);
  });

  it('is undefined when there are only warnings', () => {
    expect(describeContentErrors(problems.slice(0, 1), (file) => file)).toBeUndefined();
  });
});
