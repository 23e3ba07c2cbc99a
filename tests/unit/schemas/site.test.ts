/** The site.yaml and themes.yaml schemas. */
import { describe, expect, test } from 'vitest';
import { imagePath, siteSchema, themeSchema } from '../../../src/schemas/index.ts';
import { explain } from './issues.ts';

const schema = siteSchema(imagePath);
const address = { street: 'Voorhavenlaan 1', postalCode: 9000, city: 'Ghent', country: 'BE' };
const valid = {
  name: 'Testwerk',
  url: 'https://careers.testwerk.be',
  tagline: 'Tiny.',
  description: 'For tests.',
  colors: { primary: '#0b5560' },
  teams: [{ id: 'data-ai', name: 'Data & AI' }],
  locations: [{ id: 'ghent', name: 'Ghent', address }],
  comms: ['testwerk-comms'],
};

describe('site schema', () => {
  test('a valid site gets its defaults; a numeric postal code is read as text', () => {
    expect(schema.parse(valid)).toMatchObject({ askCap: 3, utm: { medium: 'ambassador', publicMedium: 'share', perPerson: true }, social: {}, mastodonInstance: 'mastodon.social', locations: [{ address: { postalCode: '9000' } }] });
  });

  test('languages: listed once each, and lang, when also given, is the first', () => {
    expect(schema.parse({ ...valid, languages: ['en', 'nl', 'fr'], tagline: { en: 'Tests', nl: 'Testen', fr: 'Des tests' } })).toMatchObject({ languages: ['en', 'nl', 'fr'], tagline: { nl: 'Testen' } });
    expect(explain(schema, { ...valid, lang: 'nl', languages: ['en', 'nl', 'nl'] })).toMatchInlineSnapshot(`
      "languages[2]: "nl" is listed twice. ⇒ List each language once.
      lang: "nl" is not the first of languages (en). ⇒ The first language is the default; remove lang."
    `);
  });

  test('teams and locations may give their headcount, a whole number above 0', () => {
    const parsed = schema.parse({ ...valid, teams: [{ id: 'data-ai', name: 'Data & AI', headcount: 48 }], locations: [{ id: 'ghent', name: 'Ghent', address, headcount: 120 }] });
    expect([parsed.teams[0]!.headcount, parsed.locations[0]!.headcount]).toEqual([48, 120]);
    expect(explain(schema, { ...valid, teams: [{ id: 'data-ai', name: 'Data & AI', headcount: 0 }] })).toMatchInlineSnapshot(`"teams[0].headcount: 0 is too small. ⇒ It must be more than 0."`);
  });

  test('an invalid site.yaml', () => {
    expect(
      explain(schema, {
        ...valid,
        url: 'careers.testwerk.be',
        colors: { primary: 'teal' },
        locations: [{ id: 'ghent', name: 'Ghent', address: { ...address, country: 'Belgium' } }],
        askCap: 0,
        comms: [],
      }),
    ).toMatchInlineSnapshot(`
      "url: "careers.testwerk.be" is not valid. ⇒ It must be a web address starting with https://.
      colors.primary: "teal" is not valid. ⇒ It must be a colour like "#0b5fff".
      locations[0].address.country: "Belgium" is not valid. ⇒ It must be a two-letter country code like "BE".
      comms: is empty. ⇒ It must name at least one comms team member.
      askCap: 0 is too small. ⇒ It must be more than 0."
    `);
  });

  test('the public share medium must differ from the ambassadors\' one', () => {
    expect(schema.parse({ ...valid, utm: { medium: 'advocacy' } }).utm).toEqual({ medium: 'advocacy', publicMedium: 'share', perPerson: true });
    expect(explain(schema, { ...valid, utm: { medium: 'share' } })).toMatchInlineSnapshot(`"utm.publicMedium: is the same as medium. ⇒ Give the two different values, so that visits from ambassadors' shares and from visitors' shares can be told apart."`);
    expect(explain(schema, { ...valid, utm: { medium: 'ambassador', publicMedium: 'Ambassador' } })).toMatchInlineSnapshot(`"utm.publicMedium: "Ambassador" is the same as medium. ⇒ Give the two different values, so that visits from ambassadors' shares and from visitors' shares can be told apart."`);
  });

  test('recruiting contact and legal details', () => {
    const recruiting = { email: 'jobs@testwerk.be', url: 'https://testwerk.be/contact' };
    const legal = { name: 'Testwerk NV', address: 'Dok 1, 9000 Ghent, Belgium', vat: 'BE 0123.456.789', register: 'RPR Gent', email: 'privacy@testwerk.be' };
    expect(schema.parse({ ...valid, recruiting, legal })).toMatchObject({ recruiting, legal });
    expect(explain(schema, { ...valid, recruiting: { email: 'jobs@testwerk.be' }, legal: { name: 'Testwerk NV' } })).toBe('');
    expect(
      explain(schema, { ...valid, recruiting: { email: 'jobs at testwerk.be', url: 'http//testwerk.be', phone: '09 123' }, legal: { name: ' ', vat: '', email: 'privacy@' } }),
    ).toMatchInlineSnapshot(`
      "recruiting.email: "jobs at testwerk.be" is not valid. ⇒ It must be an e-mail address like jobs@example.com.
      recruiting.url: "http//testwerk.be" is not valid. ⇒ It must be a web address starting with https://.
      recruiting.phone: is not a known field. ⇒ Check the spelling, or remove the line. The fields here are: email, url.
      legal.name: is empty. ⇒ Write a value after "name:": it is required.
      legal.vat: is empty. ⇒ Write a value after "vat:". Or remove the line: it is optional.
      legal.email: "privacy@" is not valid. ⇒ It must be an e-mail address like jobs@example.com."
    `);
    expect(explain(schema, { ...valid, recruiting: {} })).toMatchInlineSnapshot(`"recruiting.email: is missing. ⇒ Give the e-mail address (email) or the web page (url) where candidates reach the recruiting team."`);
  });

  test('payTransparency: warn by default, or error or off', () => {
    expect(schema.parse(valid).payTransparency).toBe('warn');
    expect(schema.parse({ ...valid, payTransparency: 'off' }).payTransparency).toBe('off');
    expect(explain(schema, { ...valid, payTransparency: 'strict' })).toMatchInlineSnapshot(`"payTransparency: "strict" is not accepted. ⇒ It must be one of warn, error, off."`);
  });

  test('a team or location listed twice', () => {
    expect(explain(schema, { ...valid, teams: [...valid.teams, { id: 'data-ai', name: 'Data again' }] })).toMatchInlineSnapshot(`"teams[1].id: "data-ai" is listed twice. ⇒ Give each one its own id, or merge the two."`);
  });
});

describe('theme schema', () => {
  test('a valid theme, and an invalid one', () => {
    expect(explain(themeSchema, { id: 'culture', label: 'Culture', description: 'How we work.' })).toBe('');
    expect(explain(themeSchema, { id: 'Our Culture', label: 'Culture', colour: 'red' })).toMatchInlineSnapshot(`
      "id: "Our Culture" is not valid. ⇒ It must be an id in lowercase letters, digits and dashes, like "sofie-peeters".
      description: is missing. ⇒ Add "description: …" to the front matter. It must be a one-sentence description, or one per language like { en: "…", nl: "…", fr: "…" }.
      colour: is not a known field. ⇒ Check the spelling, or remove the line. The fields here are: id, label, description."
    `);
  });
});
