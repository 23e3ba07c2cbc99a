import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Recruitee', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('recruitee', ['en', 'nl', 'fr']);
  });

  it('maps department, city, hybrid, employment type, the salary (strings), close_at and the apply URL', () => {
    expect(jobTitled(fixture.result, 'Backend Developer').data).toMatchObject({
      team: 'platform',
      locations: ['ghent'],
      workMode: 'hybrid',
      employmentType: 'full-time',
      posted: '2026-10-05',
      validThrough: '2027-01-31',
      salary: { min: 4200, max: 5600, currency: 'EUR', unit: 'month' },
      apply: 'https://brugwerk.recruitee.com/o/backend-developer/c/new',
    });
  });

  it("keeps the translations in the site's languages only, sanitised", () => {
    const job = jobTitled(fixture.result, 'Backend Developer');
    expect(job.data.translations).toEqual({
      nl: { title: 'Backend-ontwikkelaar', html: '<p>Bouw de API die de dashboards van onze klanten lezen.</p>\n<ul><li>Go of Rust</li></ul>' },
      fr: { title: 'Développeur backend', html: "<p>Construisez l'API que lisent les tableaux de bord de nos clients.</p>" },
    });
    expect(job.data.lang).toBeUndefined();
  });

  it('marks an offer written in another language with that language, and a remote internship with its country', () => {
    expect(jobTitled(fixture.result, 'Stagiair data-analyse').data).toMatchObject({ lang: 'nl', team: 'data-ai', locations: ['brussels'], workMode: 'remote', remoteCountries: ['BE'], employmentType: 'internship', validThrough: '2026-12-06' });
    expect(jobTitled(fixture.result, 'Stagiair data-analyse').data.translations).toBeUndefined();
    expect(jobTitled(fixture.result, 'Stagiair data-analyse').data.salary).toBeUndefined();
  });
});
