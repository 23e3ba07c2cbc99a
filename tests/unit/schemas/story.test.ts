/** The story schema. */
import { describe, expect, test } from 'vitest';
import { imagePath, storySchema } from '../../../src/schemas/index.ts';
import { explain } from './issues.ts';

const schema = storySchema(imagePath);
const valid = { title: 'My first day', summary: 'Sofie remembers.', date: '2025-06-01', ambassadors: ['sofie-peeters'] };

describe('story schema', () => {
  test('a valid story gets its defaults; a single ambassador id may be written without a list', () => {
    expect(schema.parse({ ...valid, ambassadors: 'sofie-peeters' })).toMatchObject({ ambassadors: ['sofie-peeters'], themes: [], jobs: [], draft: false, featured: false, share: { hashtags: [] } });
  });

  test('invalid stories', () => {
    expect(explain(schema, { title: '', date: 'June 2025', ambassadors: [], video: 'youtube.com/watch?v=1', draft: 'yes', share: { hashtags: ['#bridges'] } })).toMatchInlineSnapshot(`
      "title: is empty. ⇒ Write a value after "title:": it is required.
      summary: is missing. ⇒ Add "summary: …" to the front matter. It must be a summary.
      date: "June 2025" is not a date. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      ambassadors: is empty. ⇒ It must name at least one ambassador.
      video: "youtube.com/watch?v=1" is not valid. ⇒ It must be a web address starting with https://.
      share.hashtags[0]: "#bridges" is not valid. ⇒ It must be a hashtag without # or spaces.
      draft: "yes" is text, not true or false. ⇒ Write true or false, without quotes."
    `);
  });

  test('a cover needs alt text', () => {
    expect(explain(schema, { ...valid, cover: './cover.jpg' })).toMatchInlineSnapshot(`"coverAlt: is missing. ⇒ Describe the cover image for people who cannot see it."`);
  });
});
