/** A published story needs its text; a draft may wait for it. */
import { describe, expect, test } from 'vitest';
import { checkTree, replace, show } from './tree.ts';

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

  test('in a translation is an error while the story is published', async () => {
    const dutch = { 'site.yaml': replace('name: Testwerk', 'name: Testwerk\nlanguages: [en, nl]'), 'stories/first-day/index.nl.md': '---\ntitle: Mijn eerste dag op een brug\nsummary: Sofie blikt terug op haar eerste dag.\n---\n' };
    const published = await checkTree(dutch);
    expect(show(published.filter((p) => p.severity === 'error'))).toMatchInlineSnapshot(`"content/stories/first-day/index.nl.md:4 error body: is empty: this translation of a published story needs its text. ⇒ Write the story in this language below the last --- line, or remove the file until it is translated."`);
    const draft = await checkTree({ ...dutch, [story]: replace('jobs: [data-engineer]', 'jobs: [data-engineer]\ndraft: true') });
    expect(draft.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
