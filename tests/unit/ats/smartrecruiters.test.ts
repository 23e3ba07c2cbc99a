import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('SmartRecruiters', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('smartrecruiters', ['en', 'nl', 'fr']);
  });

  it("reads the list page, then each posting's ad text from the configured host, not from the feed's ref", () => {
    const urls = fixture.server.requests.map((r) => r.url);
    expect(urls[0]).toBe('/v1/companies/Brugwerk/postings?limit=100&offset=0');
    expect(urls.slice(1).sort()).toEqual(['/v1/companies/Brugwerk/postings/744000001', '/v1/companies/Brugwerk/postings/744000002', '/v1/companies/Brugwerk/postings/744000003']);
  });

  it('maps department, city, typeOfEmployment, releasedDate, the ad sections and the apply URL', () => {
    const job = jobTitled(fixture.result, 'Geotechnical Engineer');
    expect(job.data).toMatchObject({ team: 'client-engineering', locations: ['ghent'], workMode: 'onsite', employmentType: 'full-time', posted: '2026-10-02', apply: 'https://jobs.smartrecruiters.com/Brugwerk/744000001/apply' });
    expect(job.html).toContain('<h3>Job Description</h3><p>Read the ground under a quay wall.</p>');
  });

  it('makes the postings of one refNumber in other languages its translations', () => {
    expect(fixture.result.jobs).toHaveLength(2);
    expect(jobTitled(fixture.result, 'Geotechnical Engineer').data.translations).toEqual({
      fr: { title: 'Ingénieur géotechnique', html: expect.stringContaining('<p>Lisez le sol sous un mur de quai.</p>') },
    });
  });

  it('reads location.remote as remote, with its country', () => {
    expect(jobTitled(fixture.result, 'Support Engineer').data).toMatchObject({ team: 'platform', workMode: 'remote', remoteCountries: ['BE'], employmentType: 'part-time' });
  });
});
