/** The thank-you and share-post schemas. */
import { describe, expect, test } from 'vitest';
import { imagePath, recognitionSchema, shareSchema } from '../../../src/schemas/index.ts';
import { explain } from './issues.ts';

const share = shareSchema(imagePath);
const post = { title: 'Hiring', themes: ['tech'], job: 'data-engineer', variants: ['Join us.'], from: '2026-02-24' };

describe('recognition schema', () => {
  test('a valid thank-you gets its default kind', () => {
    expect(recognitionSchema.parse({ ambassadors: 'sofie-peeters', date: '2025-06-02', title: 'Thanks', from: 'Comms' })).toMatchObject({ ambassadors: ['sofie-peeters'], kind: 'thanks' });
  });

  test('an invalid thank-you', () => {
    expect(explain(recognitionSchema, { ambassadors: [], date: '02/06/2025', title: 'Thanks', kind: 'thank-you' })).toMatchInlineSnapshot(`
      "ambassadors: is empty. ⇒ It must name at least one ambassador.
      date: "02/06/2025" is not a date. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      kind: "thank-you" is not accepted. ⇒ It must be one of thanks, milestone, award, event.
      from: is missing. ⇒ Add "from: …" to the front matter. It must be who says thank you."
    `);
  });
});

describe('share schema', () => {
  test('a valid post gets all networks by default', () => {
    expect(share.parse(post)).toMatchObject({ networks: ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email'], hashtags: [] });
  });

  test('a post links to exactly one story, job or url', () => {
    expect(explain(share, { ...post, job: undefined })).toMatchInlineSnapshot(`"story: is missing. ⇒ Link the post to a story, a job or a url."`);
    expect(explain(share, { ...post, url: 'https://testwerk.be' })).toMatchInlineSnapshot(`"story: is set together with a job or url. ⇒ Link the post to exactly one story, job or url."`);
  });

  test('a window that ends before it starts, and other mistakes', () => {
    expect(explain(share, { ...post, until: '2026-02-01', variants: [], networks: ['tiktok'], image: './card.png' })).toMatchInlineSnapshot(`
      "variants: is empty. ⇒ It must have at least one text variant.
      networks[0]: "tiktok" is not accepted. ⇒ It must be one of linkedin, x, facebook, bluesky, mastodon, whatsapp, email.
      until: 2026-02-01 is before from. ⇒ The window would end before it starts; set until on or after from.
      imageAlt: is missing. ⇒ Describe the image for people who cannot see it."
    `);
  });
});
