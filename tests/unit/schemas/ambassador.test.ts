/** The ambassador schema: what a valid profile becomes, and the wording for invalid ones. */
import { describe, expect, test } from 'vitest';
import { ambassadorSchema, imagePath } from '../../../src/schemas/index.ts';
import { explain } from './issues.ts';

const schema = ambassadorSchema(imagePath);
const valid = {
  name: 'Sofie Peeters',
  role: 'Data engineer',
  team: 'data-ai',
  location: 'ghent',
  employment: 'employee',
  since: '2021-09-01',
  languages: ['nl', 'en'],
  github: 'sofiepeeters',
  consent: { given: '2025-01-10' },
};

describe('ambassador schema', () => {
  test('a valid profile gets its defaults', () => {
    const data = schema.parse(valid);
    expect(data).toMatchObject({ status: 'active', themes: [], links: {}, consent: { given: new Date('2025-01-10'), wall: true } });
    expect(data.since).toEqual(new Date('2021-09-01'));
  });

  test('leaving: the day is optional, consent ends with it unless afterLeaving is keep', () => {
    expect(schema.parse(valid).consent).toEqual({ given: new Date('2025-01-10'), wall: true, afterLeaving: 'end' });
    expect(schema.parse({ ...valid, left: '2026-06-30', consent: { given: '2025-01-10', afterLeaving: 'keep' } })).toMatchObject({ left: new Date('2026-06-30'), consent: { afterLeaving: 'keep' } });
    expect(explain(schema, { ...valid, left: '2020-01-01', consent: { given: '2025-01-10', afterLeaving: 'forever' } })).toMatchInlineSnapshot(`
      "consent.afterLeaving: "forever" is not accepted. ⇒ It must be end or keep.
      left: 2020-01-01 is before since. ⇒ A person leaves after joining; correct one of the two dates."
    `);
  });

  test('YAML dates (Date objects) and ISO strings are both accepted', () => {
    expect(schema.parse({ ...valid, since: new Date('2021-09-01') }).since).toEqual(new Date('2021-09-01'));
  });

  test('missing required fields', () => {
    expect(explain(schema, {})).toMatchInlineSnapshot(`
      "name: is missing. ⇒ Add "name: …" to the front matter. It must be the full name.
      role: is missing. ⇒ Add "role: …" to the front matter. It must be the role.
      team: is missing. ⇒ Add "team: …" to the front matter. It must be an id like "sofie-peeters".
      location: is missing. ⇒ Add "location: …" to the front matter. It must be an id like "sofie-peeters".
      employment: is missing. ⇒ Add "employment: …" to the front matter. It must be one of employee, intern, freelancer, retiree, alumni.
      since: is missing. ⇒ Add "since: …" to the front matter. It must be a date written as YYYY-MM-DD, like 2025-03-14.
      languages: is missing. ⇒ Add "languages: …" to the front matter. It must be a list.
      github: is missing. ⇒ Add "github: …" to the front matter. It must be your GitHub handle, without @."
    `);
  });

  test('wrong values, each with its fix', () => {
    expect(
      explain(schema, {
        ...valid,
        team: 'Data & AI',
        employment: 'volunteer',
        since: '2021-02-30',
        languages: [],
        github: '@sofie',
        quote: 'x'.repeat(151),
        status: 'gone',
        links: { linkedin: 'linkedin.com/in/sofie', tiktok: 'https://tiktok.com/@sofie' },
      }),
    ).toMatchInlineSnapshot(`
      "team: "Data & AI" is not valid. ⇒ It must be an id in lowercase letters, digits and dashes, like "sofie-peeters".
      employment: "volunteer" is not accepted. ⇒ It must be one of employee, intern, freelancer, retiree, alumni.
      since: 2021-02-30 is not a real date. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      languages: is empty. ⇒ It must list at least one language.
      quote: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is 151 characters long, over the limit of 150. ⇒ Shorten it by 1 character, so that it shows whole on the profile card.
      github: "@sofie" is not valid. ⇒ It must be a GitHub handle without @, like "sofiepeeters".
      links.linkedin: "linkedin.com/in/sofie" is not valid. ⇒ It must be a web address starting with https://.
      links.tiktok: is not a known field. ⇒ Check the spelling, or remove the line. The fields here are: linkedin, x, mastodon, bluesky, github, website.
      status: "gone" is not accepted. ⇒ It must be one of active, paused, withdrawn."
    `);
  });

  test('a contact route: an https link or an e-mail address, nothing else', () => {
    for (const contact of ['https://www.linkedin.com/in/sofiepeeters', 'https://cal.com/sofie/15min', 'sofie.peeters@brugwerk.be', 'mailto:sofie@brugwerk.be']) {
      expect(explain(schema, { ...valid, contact }), contact).toBe('');
    }
    expect(explain(schema, { ...valid, contact: 'http://cal.com/sofie' })).toMatchInlineSnapshot(`"contact: "http://cal.com/sofie" is not valid. ⇒ It must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com."`);
    expect(explain(schema, { ...valid, contact: 'javascript:alert(1)' })).toMatchInlineSnapshot(`"contact: "javascript:alert(1)" is not valid. ⇒ It must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com."`);
    expect(explain(schema, { ...valid, contact: 'sofie@brugwerk.be?subject=<b>' })).toMatchInlineSnapshot(`"contact: "sofie@brugwerk.be?subject=<b>" is not valid. ⇒ It must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com."`);
    expect(explain(schema, { ...valid, contact: '' })).toMatchInlineSnapshot(`"contact: is empty. ⇒ It must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com. Or remove the line: it is optional."`);
  });

  test('a photo needs alt text, even when other fields are wrong', () => {
    expect(explain(schema, { ...valid, photo: './photo.jpg', languages: 'nl' })).toMatchInlineSnapshot(`
      "languages: "nl" is text, not a list. ⇒ Write it as a list, like [nl, fr], or one "- item" per line below the field.
      photoAlt: is missing. ⇒ Describe the photo for people who cannot see it."
    `);
    expect(explain(schema, { ...valid, photo: './photo.jpg', photoAlt: 'Sofie at her desk' })).toBe('');
  });
});
