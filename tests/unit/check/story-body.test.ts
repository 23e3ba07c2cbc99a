/** A published story needs its text; a draft may wait for it. */
import { describe, expect, test } from 'vitest';
import { checkTree, replace, show } from './tree';

const story = 'stories/first-day/index.md';
const withoutBody = replace(/\n---\n[\s\S]*$/, '\n---\n\n');

describe('a story with an empty body', () => {
  test('is an error when it is published', async () => {
    expect(show(await checkTree({ [story]: withoutBody }))).toMatchInlineSnapshot(`"content/stories/first-day/index.md:10 error body: is empty: a published story needs its text. ⇒ Write the story below the last --- line, or set draft: true to keep it back until it is written."`);
  });

  test('is fine as a draft', async () => {
    const problems = await checkTree({ [story]: (t) => withoutBody(t).replace('jobs: [data-engineer]', 'jobs: [data-engineer]\ndraft: true') });
    // Only the share post of the story notices that it is held back.
    expect(problems.map((p) => `${p.file} ${p.severity} ${p.field}`)).toEqual(['content/share/first-day.md warning story']);
  });
});
