import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Ashby', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('ashby');
  });

  it('asks for compensation and leaves out unlisted jobs', () => {
    expect(fixture.server.requests.map((r) => r.url)).toEqual(['/posting-api/job-board/brugwerk?includeCompensation=true']);
    expect(fixture.result.jobs.map((j) => j.data.title)).toEqual(['Machine Learning Engineer', 'Recruiter']);
  });

  it('maps team, primary and secondary locations, workplace type, employment type, publishedAt and the salary component', () => {
    expect(jobTitled(fixture.result, 'Machine Learning Engineer').data).toMatchObject({
      team: 'data-ai',
      locations: ['ghent', 'brussels'],
      workMode: 'hybrid',
      employmentType: 'full-time',
      posted: '2026-10-03',
      salary: { min: 60000, max: 75000, currency: 'EUR', unit: 'year' },
      apply: 'https://jobs.ashbyhq.com/brugwerk/3f0b5a4e-2c1d-4e8f-9a7b-6c5d4e3f2a1b/application',
    });
  });

  it('drops a javascript: link from the description', () => {
    expect(jobTitled(fixture.result, 'Machine Learning Engineer').html).toBe('<p>Teach models what a healthy bridge sounds like.</p><p><a>Apply fast</a></p>');
  });

  it('reads a remote job with the country of its address', () => {
    expect(jobTitled(fixture.result, 'Recruiter').data).toMatchObject({ team: 'people', locations: ['liege'], workMode: 'remote', remoteCountries: ['BE'], employmentType: 'contract' });
  });
});
