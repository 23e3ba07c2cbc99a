import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Workable', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('workable');
  });

  it('reads the widget API with details: shortcode, department, city, published_on, employment type, application URL', () => {
    const job = jobTitled(fixture.result, 'QA Engineer');
    expect(job.slug).toBe('qa-engineer-a1b2c3d4e5');
    expect(job.data).toMatchObject({ team: 'platform', locations: ['ghent'], workMode: 'onsite', employmentType: 'full-time', posted: '2026-10-12', apply: 'https://apply.workable.com/j/A1B2C3D4E5/apply' });
    expect(job.html).toBe('<p>Test the firmware updates before they reach ten thousand sensors.</p>');
  });

  it('reads telecommuting as remote, with the countries of its locations', () => {
    expect(jobTitled(fixture.result, 'Technical Writer').data).toMatchObject({ team: 'product-design', locations: ['brussels'], workMode: 'remote', remoteCountries: ['BE', 'NL'], employmentType: 'contract' });
  });
});
