import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/lib/ats/adapters/index.ts';
import { syncFeed } from '../../../src/lib/ats/sync.ts';
import { startAtsServer } from '../../helpers/ats-server.ts';
import { jobTitled, readFixture, TODAY } from './setup.ts';

describe('Lever', () => {
  let fixture: Awaited<ReturnType<typeof readFixture>>;
  beforeAll(async () => {
    fixture = await readFixture('lever');
  });

  it('maps team, commitment, workplace type, createdAt and the monthly salary range', () => {
    expect(jobTitled(fixture.result, 'Field Technician').data).toMatchObject({
      team: 'field-ops',
      locations: ['ghent'],
      workMode: 'onsite',
      employmentType: 'full-time',
      posted: '2026-10-01',
      salary: { min: 3200, max: 3900, currency: 'EUR', unit: 'month' },
      apply: 'https://jobs.lever.co/brugwerk/0f7c1c9e-1b2a-4c3d-9e8f-a1b2c3d4e5f6/apply',
    });
  });

  it('joins the description, the lists and the closing text', () => {
    expect(jobTitled(fixture.result, 'Field Technician').html).toBe(
      "<div><b>Under the deck, in all weather.</b></div><div>You install and calibrate every sensor we sell.</div>\n<h3>What you'll do</h3><ul><li>Install sensor nodes</li><li>Calibrate tilt meters</li></ul>\n<div>Driving licence B required.</div>",
    );
  });

  it('takes every location of allLocations and the country of a remote job', () => {
    expect(jobTitled(fixture.result, 'Product Designer').data).toMatchObject({ locations: ['brussels', 'ghent'], workMode: 'hybrid', employmentType: 'part-time' });
    expect(jobTitled(fixture.result, 'Data Engineer').data).toMatchObject({ team: 'data-ai', locations: ['ghent'], workMode: 'remote', remoteCountries: ['NL'], employmentType: 'contract' });
  });

  it('gives short, stable slugs for UUID ids', () => {
    expect(fixture.result.jobs.map((j) => j.slug)).toEqual(['field-technician-33497751', 'product-designer-fe3d8a13', 'data-engineer-4b574b01']);
  });

  it('pages through the postings 100 at a time, and reads EU accounts from their own host', async () => {
    const page = (from: number, count: number) => JSON.stringify(Array.from({ length: count }, (_, i) => ({ id: `p${from + i}`, text: `Job ${from + i}`, categories: { team: 'Data', location: 'Gent' }, applyUrl: 'https://jobs.lever.co/x/apply' })));
    const server = await startAtsServer({
      '/v0/postings/brugwerk?mode=json&skip=0&limit=100': { body: page(0, 100) },
      '/v0/postings/brugwerk?mode=json&skip=100&limit=100': { body: page(100, 30) },
    });
    try {
      const sync = await syncFeed({ adapter: ADAPTERS.lever, account: 'brugwerk', url: server.origin, languages: ['en'], now: TODAY, today: TODAY });
      expect(sync.snapshot.postings).toHaveLength(130);
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
    expect(ADAPTERS.lever.origin('brugwerk', 'eu')).toBe('https://api.eu.lever.co');
    expect(ADAPTERS.lever.origin('brugwerk')).toBe('https://api.lever.co');
  });
});
