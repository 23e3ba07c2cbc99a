/**
 * Reach from analytics: a Plausible CSV export (tests/fixtures/report/plausible-export) and the Stats
 * API v2 served over real HTTP from 127.0.0.1, on the fixture company; counts under 5 suppressed, no
 * per-person figure without the flag.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPlausible } from '../../../src/lib/report/plausible-api.ts';
import { readPlausibleExport } from '../../../src/lib/report/plausible-csv-fs.ts';
import { parsePlausibleExport } from '../../../src/lib/report/plausible-csv.ts';
import { readReportContent, type ReportContent } from '../../../src/lib/report/read-content-fs.ts';
import type { AnalyticsData } from '../../../src/lib/report/reach.ts';
import { buildReport, byAmbassadorRefusal, type ReportOptions } from '../../../src/lib/report/report.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/report');
const EXPORT = path.join(FIXTURES, 'plausible-export');
const TODAY = new Date('2026-03-04');

let content: ReportContent;
const options = (more: Partial<ReportOptions> = {}): ReportOptions => ({ today: TODAY, lang: 'en', byAmbassador: false, applyGoal: 'Apply', ...more });
const reachOf = (data: AnalyticsData, more: Partial<ReportOptions> = {}, site = content.site) =>
  buildReport({ ...content, site }, options({ analytics: { data, origin: 'test' }, ...more })).reach!;
const message = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: Error) => `${error.name}: ${error.message}`);

beforeAll(async () => {
  content = await readReportContent({ contentDir: path.join(FIXTURES, 'content'), cwd: FIXTURES, today: TODAY });
});

describe('reach from a Plausible CSV export', () => {
  it('counts ambassador-driven and company-channel visits per month, network and campaign, every count under 5 as "< 5"', async () => {
    const reach = reachOf(await readPlausibleExport(EXPORT, { byAmbassador: false }));
    expect(reach.months.filter((m) => m.ambassador !== '< 5' || m.company !== '< 5')).toEqual([
      { month: '2026-01', ambassador: '< 5', company: 9 },
      { month: '2026-02', ambassador: 35, company: '< 5' },
    ]);
    expect(reach.months.find((m) => m.month === '2026-03')).toEqual({ month: '2026-03', ambassador: '< 5', company: '< 5' });
    expect(reach.totals).toEqual({ ambassador: 37, company: 11 });
    expect(reach.ratio).toBe(3.4);
    expect(reach.company).toEqual({ kind: 'networks', networks: ['linkedin', 'mastodon'] });
    expect(reach.networks).toEqual([
      { id: 'linkedin', label: 'linkedin', count: 32 },
      { id: 'bluesky', label: 'bluesky', count: '< 5' },
      { id: 'whatsapp', label: 'whatsapp', count: '< 5' },
    ]);
    expect(reach.campaigns).toEqual([
      { id: 'first-month', label: 'Story first-month', kind: 'story', count: 32 },
      { id: 'data-analyst', label: 'Job data-analyst', kind: 'job', count: '< 5' },
      { id: 'tech-blog', label: 'Post tech-blog', kind: 'share', count: '< 5' },
    ]);
    expect(reach.apply).toEqual({
      months: expect.arrayContaining([{ month: '2026-02', count: 8 }, { month: '2026-03', count: '< 5' }]),
      total: 10,
      jobs: [
        { id: 'Job data-analyst', label: 'Job data-analyst', count: 7 },
        { id: 'Job designer', label: 'Job designer', count: '< 5' },
      ],
    });
  });

  it('holds no per-person figure without --by-ambassador: utm_content is not even read', async () => {
    const data = await readPlausibleExport(EXPORT, { byAmbassador: false });
    expect(data.visits.some((row) => row.utmContent !== undefined)).toBe(false);
    const report = buildReport(content, options({ analytics: { data, origin: 'test' } }));
    expect(report.reach!.ambassadors).toBeUndefined();
    expect(JSON.stringify(report.reach)).not.toMatch(/ana-peeters|bram-dubois|someone-else/);
  });

  it('breaks visits down by published ambassador with --by-ambassador, small counts suppressed, unknown tags dropped', async () => {
    const reach = reachOf(await readPlausibleExport(EXPORT, { byAmbassador: true }), { byAmbassador: true });
    expect(reach.ambassadors).toEqual([
      { id: 'ana-peeters', label: 'Ana Peeters', count: 25 },
      { id: 'bram-dubois', label: 'Bram Dubois', count: '< 5' },
    ]);
  });

  it('gives no per-person figure when site.yaml turns per-person tags off, even with the flag', async () => {
    const site = { ...content.site, utm: { ...content.site.utm, perPerson: false } };
    expect(reachOf(await readPlausibleExport(EXPORT, { byAmbassador: true }), { byAmbassador: true }, site).ambassadors).toBeUndefined();
    expect(byAmbassadorRefusal(site)).toMatchInlineSnapshot(`"site.yaml has utm.perPerson: false, so share links carry no per-person tag and there is nothing to break down by ambassador. Leave out --by-ambassador."`);
    expect(byAmbassadorRefusal(content.site)).toBeUndefined();
  });

  it("counts company-channel visits by the company's own utm_medium when asked", () => {
    const data = parsePlausibleExport(
      [{ name: 'imported_sources.csv', text: 'date,source,utm_source,utm_medium,utm_campaign,visits\n2026-02-01,LinkedIn,linkedin,social,launch,40\n2026-02-02,LinkedIn,linkedin,ambassador,launch,100\n2026-02-03,LinkedIn,,,,70\n' }],
      { byAmbassador: false },
    );
    const reach = reachOf(data, { companyMedium: 'social' });
    expect([reach.totals, reach.ratio, reach.apply]).toEqual([{ ambassador: 100, company: 40 }, 2.5, undefined]);
  });

  it('says what is wrong with an export that cannot be read', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-export-'));
    try {
      const write = (name: string, text: string | Buffer) => fs.writeFile(path.join(dir, name), text);
      const read = async () => (await message(readPlausibleExport(dir, { byAmbassador: false }))).replaceAll(dir, 'DIR');
      expect((await message(readPlausibleExport(path.join(dir, 'nope'), { byAmbassador: false }))).replace(dir, 'DIR')).toMatchInlineSnapshot(`"AnalyticsInputError: DIR/nope is not a folder you can read. Give --analytics the folder where you unzipped Plausible's CSV export."`);
      await write('imported_visitors_20260101_20260131.csv', 'date,visitors\n2026-01-01,5\n');
      expect(await read()).toMatchInlineSnapshot(`"AnalyticsInputError: there is no imported_sources_*.csv among imported_visitors_20260101_20260131.csv. Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder."`);
      await write('imported_sources_20260101_20260131.csv', 'date,source,visits\n2026-01-01,LinkedIn,5\n');
      expect(await read()).toMatchInlineSnapshot(`"AnalyticsInputError: DIR/imported_sources_20260101_20260131.csv has no columns "utm_source", "utm_medium", "utm_campaign", so it is not a Plausible sources export. Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder."`);
      await write('imported_sources_20260101_20260131.csv', 'date,source,utm_source,utm_medium,utm_campaign,visits\n2026-01-01,LinkedIn,linkedin,ambassador,x,many\n');
      expect(await read()).toMatchInlineSnapshot(`"AnalyticsInputError: DIR/imported_sources_20260101_20260131.csv, line 2: visits is "many", not a count. Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder."`);
      await write('imported_sources_20260101_20260131.csv', 'date,source,utm_source,utm_medium,utm_campaign,visits\n"2026-01-01,LinkedIn\n');
      expect(await read()).toMatchInlineSnapshot(`"AnalyticsInputError: DIR/imported_sources_20260101_20260131.csv cannot be read as CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2. Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder."`);
      await write('imported_sources_20260101_20260131.csv', Buffer.from([0x64, 0x61, 0x74, 0x65, 0xff, 0xfe, 0x0a]));
      expect(await read()).toMatchInlineSnapshot(`"AnalyticsInputError: DIR/imported_sources_20260101_20260131.csv is not UTF-8 text, so it is not a Plausible CSV export. Export the data again in Plausible and unzip it here."`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('reach from the Plausible Stats API v2', () => {
  /** The export's rows, answered as the API would: one result per dimension combination. */
  let csv: AnalyticsData;
  let server: http.Server;
  let baseUrl: string;
  const received: { auth?: string; body: { site_id: string; dimensions: string[]; metrics: string[]; date_range: string[] } }[] = [];
  let failWith: { status: number; body: string } | undefined;

  beforeAll(async () => {
    csv = await readPlausibleExport(EXPORT, { byAmbassador: true });
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const body = JSON.parse(raw);
        received.push({ auth: req.headers.authorization, body });
        if (req.method !== 'POST' || req.url !== '/api/v2/query') {
          res.writeHead(404).end();
          return;
        }
        if (failWith) {
          res.writeHead(failWith.status, { 'content-type': 'application/json' }).end(failWith.body);
          return;
        }
        const withContent = body.dimensions.includes('visit:utm_content');
        const results = body.dimensions.includes('event:goal')
          ? csv.events!.map((r) => ({ dimensions: [`${r.month}-01`, r.name, r.url || null], metrics: [r.events] }))
          : csv.visits.map((r) => ({ dimensions: [`${r.month}-01`, r.source, r.utmSource || null, r.utmMedium || null, r.utmCampaign || null, ...(withContent ? [r.utmContent ?? null] : [])], metrics: [r.visits] }));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results, meta: {}, query: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const query = (byAmbassador: boolean, apiKey = 'test-key') => fetchPlausible({ siteId: 'careers.telwerk.example', apiKey, baseUrl, from: '2025-04-01', to: '2026-03-04', byAmbassador });

  it('gives the same figures as the export, asking for aggregates only', async () => {
    received.length = 0;
    failWith = undefined;
    const reach = reachOf(await query(false));
    expect([reach.totals, reach.ratio, reach.networks.length, reach.apply?.total, reach.ambassadors]).toEqual([{ ambassador: 37, company: 11 }, 3.4, 3, 10, undefined]);
    expect(received.map((r) => [r.auth, r.body.site_id, r.body.date_range.join('..'), r.body.metrics.join(), r.body.dimensions.join()])).toEqual([
      ['Bearer test-key', 'careers.telwerk.example', '2025-04-01..2026-03-04', 'visits', 'time:month,visit:source,visit:utm_source,visit:utm_medium,visit:utm_campaign'],
      ['Bearer test-key', 'careers.telwerk.example', '2025-04-01..2026-03-04', 'events', 'time:month,event:goal,event:props:url'],
    ]);
  });

  it('asks for utm_content only with --by-ambassador', async () => {
    received.length = 0;
    failWith = undefined;
    const reach = reachOf(await query(true), { byAmbassador: true });
    expect(received[0]!.body.dimensions).toContain('visit:utm_content');
    expect(reach.ambassadors?.map((a) => `${a.label} ${a.count}`)).toEqual(['Ana Peeters 25', 'Bram Dubois < 5']);
  });

  it('turns an error answer into a message with the fix', async () => {
    failWith = { status: 401, body: '{"error":"Invalid API key or site ID. Please make sure you\'re using a valid API key with access to the site you\'ve requested."}' };
    expect(await message(query(false, 'wrong'))).toMatchInlineSnapshot(`"AnalyticsInputError: Plausible answered 401: Invalid API key or site ID. Please make sure you're using a valid API key with access to the site you've requested. Check PLAUSIBLE_API_KEY: a Stats API key from your Plausible account settings (API keys), for an account that can see this site."`);
    failWith = { status: 400, body: '{"error":"Invalid dimensions"}' };
    expect(await message(query(false))).toMatchInlineSnapshot(`"AnalyticsInputError: Plausible answered 400: Invalid dimensions. Check the site id and the key, or use a CSV export with --analytics instead."`);
    failWith = { status: 200, body: '<html>not the API</html>' };
    expect((await message(query(false))).replace(baseUrl, 'URL')).toMatchInlineSnapshot(`"AnalyticsInputError: Plausible at URL answered with something that is not a Stats API v2 result. Check PLAUSIBLE_URL."`);
    failWith = undefined;
  });

  it('says when Plausible cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await message(fetchPlausible({ siteId: 's', apiKey: 'k', baseUrl: url, from: '2026-01-01', to: '2026-03-04', byAmbassador: false }))).replace(url, 'URL')).toMatchInlineSnapshot(`"AnalyticsInputError: Plausible at URL could not be reached (ECONNREFUSED). Check your connection, or PLAUSIBLE_URL for a self-hosted Plausible."`);
  });
});
