/**
 * Jobs from an ATS, built: the fixture site's jobs come from a Greenhouse board served on
 * 127.0.0.1 (plus one Markdown job and one overlay). Then a job leaves the feed and the site is
 * rebuilt with the same cache: its page stays, closed. Then the ATS goes down: the build uses the
 * last fetch and says so.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { fixture, startAtsServer, type AtsServer } from '../helpers/ats-server.ts';
import { findJobPostingProblems } from '../helpers/job-posting.ts';
import { jsonLd, nodesOfType } from '../helpers/html.ts';

const jobPostingsOf = (html: string) => nodesOfType(jsonLd(html), 'JobPosting');

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/ats-site');
const FEED = '/v1/boards/brugwerk/jobs?content=true&pay_transparency=true';
const NOW = '2026-11-30';
const BUILD_TIMEOUT = 900_000;

let server: AtsServer;
let content: string;
let first: BuiltSite;
let second: BuiltSite;
let third: BuiltSite;
let firstPages: { firmware: string; scientist: string; jobsJson: string };

beforeAll(async () => {
  server = await startAtsServer({ [FEED]: { body: fixture('greenhouse.json') } });
  content = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-ats-'));
  await fs.cp(FIXTURE, content, { recursive: true });
  const site = path.join(content, 'site.yaml');
  await fs.writeFile(site, (await fs.readFile(site, 'utf8')).replace('http://127.0.0.1:9', server.origin));
  first = await buildSite(content, { now: NOW });
  firstPages = {
    firmware: await first.read('jobs/firmware-engineer-4012345002/index.html'),
    scientist: await first.read('jobs/data-scientist-structural-health-4012345001/index.html'),
    jobsJson: await first.read('jobs.json'),
  };
  // The firmware job leaves the feed.
  const fewer = JSON.parse(fixture('greenhouse.json'));
  fewer.jobs = fewer.jobs.filter((job: { id: number }) => job.id !== 4012345002);
  server.route(FEED, { body: JSON.stringify(fewer) });
  second = await buildSite(content, { now: NOW, reuse: first });
  // The ATS is down.
  server.route(FEED, { body: '{"error":"maintenance"}', status: 503 });
  third = await buildSite(content, { now: '2026-12-02', reuse: first });
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
  await fs.rm(content, { recursive: true, force: true });
});

describe('a site whose jobs come from Greenhouse', () => {
  it('builds, and warns about the department it cannot place', () => {
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('The Greenhouse department "Facilities" is not mapped to a team of this site, so the job "Office Manager" is left out.');
    expect(first.output).toContain('Greenhouse: 3 jobs in the feed; 1 overlay, 1 Markdown job.');
  });

  it('gives each ATS job its page, with the sanitised description and JobPosting markup', async () => {
    const page = firstPages.scientist;
    expect(page).toMatch(/<h1[^>]*>Data Scientist, Structural Health<\/h1>/);
    expect(page).toContain('<h2>Listen to bridges</h2>');
    const [posting] = jobPostingsOf(page);
    expect(posting).toMatchObject({ '@type': 'JobPosting', title: 'Data Scientist, Structural Health', datePosted: '2026-10-01', validThrough: '2026-11-30', baseSalary: { currency: 'EUR' } });
    expect(findJobPostingProblems(posting!)).toEqual([]);
    expect(await first.exists('jobs/office-manager-4012345004/index.html')).toBe(false);
  });

  it('merges the overlay: its intro before the description, and the people to ask', () => {
    const page = firstPages.firmware;
    expect(page).toContain('<div class="job-intro"><p>Lotte has been on this team for five years: ask her <strong>anything</strong> about the job.</p></div>');
    expect(page.indexOf('job-intro')).toBeLessThan(page.indexOf('Keep our sensor nodes alive'));
    expect(page).toContain('Lotte De Wilde');
    expect(jobPostingsOf(page)).toHaveLength(1);
  });

  it('lists ATS and Markdown jobs together in /jobs.json', () => {
    const feed = JSON.parse(firstPages.jobsJson) as { jobs: { id: string; apply: { url?: string } }[] };
    expect(feed.jobs.map((j) => j.id).sort()).toEqual(['data-scientist-structural-health-4012345001', 'firmware-engineer-4012345002', 'people-partner', 'platform-engineer-4012345003']);
    expect(feed.jobs.find((j) => j.id === 'firmware-engineer-4012345002')!.apply.url).toBe('https://job-boards.greenhouse.io/brugwerk/jobs/4012345002');
  });

  it('keeps the page of a job that left the feed, closed, without JobPosting, out of /jobs.json', async () => {
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('Greenhouse: 2 jobs in the feed, 1 gone from it (closed)');
    const page = await second.read('jobs/firmware-engineer-4012345002/index.html');
    expect(page).toContain('noindex');
    expect(page).toContain('This position is closed');
    expect(jobPostingsOf(page)).toHaveLength(0);
    const feed = JSON.parse(await second.read('jobs.json')) as { jobs: { id: string }[] };
    expect(feed.jobs.map((j) => j.id)).not.toContain('firmware-engineer-4012345002');
  });

  it('uses the last fetch when Greenhouse is unreachable, and says so with the URL and the age', async () => {
    expect(third.code, third.output).toBe(0);
    expect(third.output).toMatch(new RegExp(`Greenhouse is unreachable: ${server.origin.replace(/[.]/g, '\\.')}/v1/boards/brugwerk/jobs\\?content=true&pay_transparency=true answered 503 Service Unavailable \\(3 tries\\)\\. Using the last fetch, from 2026-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\(\\d+ minutes? ago\\)\\.`));
    expect(await third.exists('jobs/data-scientist-structural-health-4012345001/index.html')).toBe(true);
  });
});
