/** The job schema. */
import { describe, expect, test } from 'vitest';
import { jobSchema } from '../../../src/schemas/index.ts';
import { explain } from './issues.ts';

const valid = { title: 'Data engineer', team: 'data-ai', locations: ['ghent'], workMode: 'hybrid', employmentType: 'full-time', posted: '2026-01-15', validThrough: '2026-06-30', apply: 'jobs@testwerk.be' };

describe('job schema', () => {
  test('a valid job gets its defaults', () => {
    expect(jobSchema.parse({ ...valid, salary: { min: 50000, max: 65000 } })).toMatchObject({ remoteCountries: [], directApply: false, ambassadors: [], salary: { currency: 'EUR', unit: 'year' } });
  });

  test('a remote job must list the countries applicants may live in', () => {
    expect(explain(jobSchema, { ...valid, workMode: 'remote' })).toMatchInlineSnapshot(`"remoteCountries: is missing. ⇒ A remote job must list the countries applicants may live in, e.g. [BE, NL]."`);
    expect(explain(jobSchema, { ...valid, workMode: 'remote', remoteCountries: ['BE', 'NL'] })).toBe('');
  });

  test('validThrough before posted, even with other mistakes', () => {
    expect(explain(jobSchema, { ...valid, validThrough: '2025-12-31', apply: 'call us' })).toMatchInlineSnapshot(`
      "apply: "call us" is not valid. ⇒ It must be an https URL or an e-mail address.
      validThrough: 2025-12-31 is before the posted date. ⇒ The job would close before it opens; set it on or after posted."
    `);
  });

  test('a salaryNote instead of a salary, and a note too long for the page', () => {
    expect(jobSchema.parse({ ...valid, salaryNote: 'Shared in the first call.' }).salaryNote).toBe('Shared in the first call.');
    expect(explain(jobSchema, { ...valid, salaryNote: 'Shared in the first call. '.repeat(8) })).toMatchInlineSnapshot(`"salaryNote: "Shared in the first call. Shared in the first call. Share…" is 208 characters long, over the limit of 200. ⇒ Shorten it by 8 characters, so that it stays one sentence on the job page."`);
  });

  test('validThrough on the posted day is fine (a one-day posting)', () => {
    expect(explain(jobSchema, { ...valid, validThrough: '2026-01-15' })).toBe('');
  });

  test('bad salary, apply and countries', () => {
    expect(explain(jobSchema, { ...valid, apply: 'call us', salary: { min: 60000, max: 50000, currency: 'euro' }, remoteCountries: ['be'] })).toMatchInlineSnapshot(`
      "remoteCountries[0]: "be" is not valid. ⇒ It must be a two-letter country code like "BE".
      salary.currency: "euro" is not valid. ⇒ It must be a currency code like "EUR".
      salary.max: 50000 is below min (60000). ⇒ Correct the value.
      apply: "call us" is not valid. ⇒ It must be an https URL or an e-mail address."
    `);
  });
});
