import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/lib/ats/adapters/index.ts';
import { describeAge, FeedUnavailableError, syncFeed, type SyncOptions } from '../../../src/lib/ats/sync.ts';
import { fixture, startAtsServer, type AtsServer } from '../../helpers/ats-server.ts';
import { TODAY } from './setup.ts';

const GREENHOUSE = '/v1/boards/brugwerk/jobs?content=true&pay_transparency=true';
let server: AtsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A Greenhouse sync against the test server. */
async function sync(options: Partial<SyncOptions> = {}) {
  return syncFeed({ adapter: ADAPTERS.greenhouse, account: 'brugwerk', url: server!.origin, languages: ['en'], now: new Date('2026-11-30T03:17:00Z'), today: TODAY, http: { backoffMs: 5 }, ...options });
}

describe('fetching a feed', () => {
  it('sends the ETag of the last fetch and reuses its answer on 304', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: fixture('greenhouse.json') } });
    const first = await sync();
    expect(first.fresh && !first.unchanged).toBe(true);
    const etags = Object.fromEntries(Object.entries(first.snapshot.responses).map(([path, r]) => [path, r.etag!]));
    const second = await sync({ previous: first.snapshot, etags });
    expect(server.requests[1]!.ifNoneMatch).toBe(first.snapshot.responses[GREENHOUSE]!.etag);
    expect(second).toMatchObject({ fresh: true, unchanged: true });
    expect(second.snapshot.postings).toEqual(first.snapshot.postings);
    // Without the loader's ETags (a cleared meta), the request is not conditional.
    await sync({ previous: first.snapshot });
    expect(server.requests[2]!.ifNoneMatch).toBeUndefined();
  });

  it('keeps a job that left the feed in the record for 90 days, and forgets it when it is back', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: fixture('greenhouse.json') } });
    const first = await sync();
    const fewer = JSON.parse(fixture('greenhouse.json'));
    fewer.jobs = fewer.jobs.filter((j: { id: number }) => j.id !== 4012345002);
    server.route(GREENHOUSE, { body: JSON.stringify(fewer) });
    const second = await sync({ previous: first.snapshot });
    expect(second.gone.map((g) => [g.posting.title, g.removed])).toEqual([['Firmware Engineer', '2026-11-30']]);
    const later = (days: number) => new Date(TODAY.getTime() + days * 86_400_000);
    expect((await sync({ previous: second.snapshot, today: later(90) })).gone).toHaveLength(1);
    expect((await sync({ previous: second.snapshot, today: later(91) })).gone).toHaveLength(0);
    server.route(GREENHOUSE, { body: fixture('greenhouse.json') });
    expect((await sync({ previous: second.snapshot, today: later(5) })).gone).toHaveLength(0);
  });
});

describe('when the feed fails', () => {
  it('uses the last fetch when the ATS is down, and says why', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: fixture('greenhouse.json') } });
    const first = await sync();
    const origin = server.origin;
    await server.close();
    server = await startAtsServer();
    const down = await syncFeed({ adapter: ADAPTERS.greenhouse, account: 'brugwerk', url: origin, languages: ['en'], previous: first.snapshot, now: new Date('2026-12-02T03:17:00Z'), today: TODAY, http: { backoffMs: 5 } });
    expect(down.fresh).toBe(false);
    expect(down.snapshot.postings).toEqual(first.snapshot.postings);
    expect(down.fallback?.url).toBe(`${origin}${GREENHOUSE}`);
    expect(down.fallback?.reason).toMatch(/^could not be reached \(ECONNREFUSED\) \(3 tries\)$/);
    expect(describeAge(down.snapshot.fetchedAt, new Date('2026-12-02T03:17:00Z'))).toBe('2 days');
  });

  it('stops with FeedUnavailableError when the ATS is down and there is no earlier fetch', async () => {
    server = await startAtsServer();
    const origin = server.origin;
    await server.close();
    server = await startAtsServer();
    await expect(syncFeed({ adapter: ADAPTERS.greenhouse, account: 'brugwerk', url: origin, languages: ['en'], now: TODAY, today: TODAY, http: { backoffMs: 5 } })).rejects.toThrow(FeedUnavailableError);
  });

  it('retries a 500 twice, then gives up', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: '{"error":"boom"}', status: 500 } });
    const error = await sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedUnavailableError);
    expect((error as Error).message).toBe('answered 500 Internal Server Error (3 tries)');
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404, and says to check the account', async () => {
    server = await startAtsServer();
    await expect(sync()).rejects.toThrow('answered 404 Not Found: check the account name');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses malformed JSON and malformed XML', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: '{"jobs": [{"id": 1,' } });
    await expect(sync()).rejects.toThrow(/^answered with something that is not valid JSON/);
    server.route('/xml?language=en', { body: '<workzag-jobs><position><id>1</id></workzag-jobs>' });
    const personio = syncFeed({ adapter: ADAPTERS.personio, account: 'brugwerk', url: server.origin, languages: ['en'], now: TODAY, today: TODAY });
    await expect(personio).rejects.toThrow(/^answered with XML that cannot be read/);
    server.route('/jobs.rss', { body: '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>' });
    const teamtailor = syncFeed({ adapter: ADAPTERS.teamtailor, account: 'brugwerk', url: server.origin, languages: ['en'], now: TODAY, today: TODAY });
    await expect(teamtailor).rejects.toThrow('answered with XML that declares a DOCTYPE, which a job feed never needs; it was refused');
  });

  it('refuses a body over 20 MB', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: Buffer.alloc(21 * 1024 * 1024, 32) } });
    await expect(sync()).rejects.toThrow('answered with 21 MB, more than the 20 MB a job feed may be; it was refused');
  });

  it('refuses more than 5,000 jobs', async () => {
    const jobs = Array.from({ length: 5001 }, (_, i) => ({ id: i + 1, title: `Job ${i + 1}`, absolute_url: 'https://x.example/a', departments: [], offices: [] }));
    server = await startAtsServer({ [GREENHOUSE]: { body: JSON.stringify({ jobs }) } });
    await expect(sync()).rejects.toThrow('lists 5,001 jobs, more than the 5,000 a site may take; the feed was refused');
  });

  it('gives up on a slow server after the timeout, three times', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: fixture('greenhouse.json'), delayMs: 1500 } });
    const started = Date.now();
    await expect(sync({ http: { timeoutMs: 200, backoffMs: 5 } })).rejects.toThrow('did not answer within 0.2 s (3 tries)');
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('uses the last fetch only with VAANDEL_OFFLINE=1, and fails without one', async () => {
    server = await startAtsServer({ [GREENHOUSE]: { body: fixture('greenhouse.json') } });
    const first = await sync();
    const offline = await sync({ previous: first.snapshot, offline: true });
    expect(offline).toMatchObject({ fresh: false, fallback: { reason: 'VAANDEL_OFFLINE=1 is set' } });
    expect(server.requests).toHaveLength(1);
    await expect(sync({ offline: true })).rejects.toThrow(FeedUnavailableError);
  });
});
