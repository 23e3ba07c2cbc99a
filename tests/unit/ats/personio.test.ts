import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Personio', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('personio', ['en', 'nl', 'fr']);
  });

  it('reads one XML feed per site language', () => {
    expect(fixture.server.requests.map((r) => r.url)).toEqual(['/xml?language=en', '/xml?language=nl', '/xml?language=fr']);
    expect(fixture.sync.fresh).toBe(true);
  });

  it('maps office and additional offices, department, the description sections, employment type and createdAt; no salary', () => {
    const job = jobTitled(fixture.result, 'Structural Engineer');
    expect(job.data).toMatchObject({ team: 'client-engineering', locations: ['brussels', 'ghent'], workMode: 'onsite', employmentType: 'full-time', posted: '2026-09-20', apply: 'https://brugwerk.jobs.personio.de/job/1201' });
    expect(job.data.salary).toBeUndefined();
    expect(job.html).toBe('<h3>Your role</h3><p>Decide where every sensor goes on a 1930s steel bridge.</p>\n<h3>Your profile</h3><ul><li>Master in civil engineering</li></ul>');
  });

  it('takes a translation only where the language feed has other text (fr is not published: no translation)', () => {
    expect(jobTitled(fixture.result, 'Structural Engineer').data.translations).toEqual({
      nl: { title: 'Bouwkundig ingenieur', html: '<h3>Jouw rol</h3><p>Jij beslist waar elke sensor komt op een stalen brug uit de jaren 1930.</p>' },
    });
    expect(jobTitled(fixture.result, 'Working Student Employer Branding').data.translations).toBeUndefined();
  });

  it('reads a working student as an internship', () => {
    expect(jobTitled(fixture.result, 'Working Student Employer Branding').data).toMatchObject({ team: 'people', locations: ['liege'], employmentType: 'internship' });
  });
});
