import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Greenhouse', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('greenhouse');
  });

  it('asks for the board with content and pay ranges, once', () => {
    expect(fixture.server.requests.map((r) => r.url)).toEqual(['/v1/boards/brugwerk/jobs?content=true&pay_transparency=true']);
  });

  it('maps title, team (site.yaml map), location, dates, salary in cents and the apply URL', () => {
    const job = jobTitled(fixture.result, 'Data Scientist, Structural Health');
    expect(job.slug).toBe('data-scientist-structural-health-4012345001');
    expect(job.data).toMatchObject({
      team: 'data-ai',
      locations: ['ghent'],
      workMode: 'onsite',
      employmentType: 'full-time',
      posted: '2026-10-01',
      validThrough: '2026-11-30',
      salary: { min: 52000, max: 68000, currency: 'EUR', unit: 'year' },
      apply: 'https://job-boards.greenhouse.io/brugwerk/jobs/4012345001',
      origin: { source: 'greenhouse', id: '4012345001' },
    });
  });

  it('decodes the entity-escaped content before sanitising it, and demotes h1', () => {
    expect(jobTitled(fixture.result, 'Data Scientist, Structural Health').html).toBe(
      '<h2>Listen to bridges</h2><p>You turn <strong>strain and vibration</strong> into answers for <a href="https://brugwerk.be/clients">our clients</a>.</p><ul><li>Python &#x26; SQL</li><li>Time series</li></ul>',
    );
  });

  it('reads hybrid from metadata and remote from the location name, with the countries of the mapped office', () => {
    expect(jobTitled(fixture.result, 'Firmware Engineer').data).toMatchObject({ team: 'sensing', locations: ['liege'], workMode: 'hybrid' });
    expect(jobTitled(fixture.result, 'Platform Engineer').data).toMatchObject({ team: 'platform', locations: ['brussels'], workMode: 'remote', remoteCountries: ['BE'], posted: '2026-10-15' });
  });

  it('leaves out a job whose department is not mapped, and says so', () => {
    expect(fixture.result.jobs.map((j) => j.data.title)).not.toContain('Office Manager');
    expect(fixture.result.unmapped).toEqual([{ kind: 'team', value: 'Facilities', jobs: ['Office Manager'] }]);
  });
});
