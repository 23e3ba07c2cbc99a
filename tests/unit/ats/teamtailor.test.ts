import { beforeAll, describe, expect, it } from 'vitest';
import { jobTitled, readFixture } from './setup.ts';

describe('Teamtailor', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('teamtailor');
  });

  it('reads the RSS items with the tt: namespace: department, city, pubDate and the link to apply', () => {
    expect(jobTitled(fixture.result, 'Rope Access Technician').data).toMatchObject({
      team: 'field-ops',
      locations: ['liege'],
      workMode: 'onsite',
      employmentType: 'full-time',
      posted: '2026-10-05',
      apply: 'https://careers.brugwerk.be/jobs/123456-rope-access-technician',
      origin: { source: 'teamtailor', id: 'b7e1c2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
    });
  });

  it('decodes the escaped description and drops its event attribute', () => {
    expect(jobTitled(fixture.result, 'Rope Access Technician').html).toBe('<p>Inspect bridges <b>from the ropes</b>.</p><p>IRATA level 1 or higher.</p>');
  });

  it('reads remoteStatus "fully" as remote, with the country written in Dutch', () => {
    expect(jobTitled(fixture.result, 'Customer Success Engineer').data).toMatchObject({ team: 'client-engineering', locations: ['brussels'], workMode: 'remote', remoteCountries: ['BE'], posted: '2026-10-08' });
  });
});
