/** Shared set-up of the ATS tests: Brugwerk's teams and locations, and a fetch from the fixture server. */
import { ADAPTERS } from '../../../src/lib/ats/adapters/index.ts';
import { normalisePostings, type NormaliseResult } from '../../../src/lib/ats/normalise.ts';
import { syncFeed, type SyncResult } from '../../../src/lib/ats/sync.ts';
import type { AtsSource, JobsSource } from '../../../src/schemas/jobs-source.ts';
import { FIXTURE_ROUTES, startAtsServer, type AtsServer } from '../../helpers/ats-server.ts';

/** Brugwerk's teams. */
export const TEAMS = [
  { id: 'sensing', name: 'Sensing & Hardware' },
  { id: 'platform', name: 'Platform Engineering' },
  { id: 'data-ai', name: 'Data & AI' },
  { id: 'field-ops', name: 'Field Operations' },
  { id: 'product-design', name: 'Product & Design' },
  { id: 'client-engineering', name: 'Client Engineering' },
  { id: 'people', name: 'People & Culture' },
];
/** Brugwerk's locations. */
export const LOCATIONS = [
  { id: 'ghent', name: 'Ghent', country: 'BE' },
  { id: 'brussels', name: 'Brussels', country: 'BE' },
  { id: 'liege', name: 'Liège', country: 'BE' },
];
/** The build's day in these tests. */
export const TODAY = new Date('2026-11-30T00:00:00Z');

/** `jobs:` of site.yaml for an ATS, with the maps the fixtures need. */
export function jobsConfig(source: AtsSource, extra: Partial<JobsSource> = {}): JobsSource {
  return {
    source,
    account: source === 'smartrecruiters' ? 'Brugwerk' : 'brugwerk',
    teams: { 'Data Science': 'data-ai', 'R&D / Firmware': 'sensing', Data: 'data-ai', Platform: 'platform' },
    locations: { Gent: 'ghent', Brussel: 'brussels' },
    validFor: 60,
    employmentType: 'full-time',
    ...extra,
  };
}

/** Fetches an ATS's fixture over HTTP from a server of its own and normalises it. */
export async function readFixture(source: AtsSource, languages: string[] = ['en']): Promise<{ sync: SyncResult; result: NormaliseResult; server: AtsServer }> {
  const server = await startAtsServer(FIXTURE_ROUTES[source]!());
  try {
    const config = jobsConfig(source);
    const sync = await syncFeed({ adapter: ADAPTERS[source], account: config.account, url: server.origin, languages, now: TODAY, today: TODAY, http: { backoffMs: 10 } });
    const result = normalisePostings(source, sync.snapshot.postings, { config, teams: TEAMS, locations: LOCATIONS, languages, today: TODAY });
    return { sync, result, server };
  } finally {
    await server.close();
  }
}

/** A job of the result by title. */
export function jobTitled(result: NormaliseResult, title: string) {
  const job = result.jobs.find((j) => j.data.title === title);
  if (!job) throw new Error(`no job "${title}" in ${result.jobs.map((j) => j.data.title).join(', ')}`);
  return job;
}
