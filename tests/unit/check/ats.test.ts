import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/lib/check/check-fs.ts';
import { fixture, startAtsServer, type AtsServer } from '../../helpers/ats-server.ts';
import { makeTree, show, TODAY } from './tree.ts';

const FEED = '/v1/boards/brugwerk/jobs?content=true&pay_transparency=true';
let server: AtsServer;
beforeAll(async () => {
  server = await startAtsServer({ [FEED]: { body: fixture('greenhouse.json') } });
});
afterAll(() => server.close());

/** site.yaml's jobs: section for the fixture Greenhouse board. */
const withJobs = (site: string) => `${site}\njobs:\n  source: greenhouse\n  account: brugwerk\n  url: ${server.origin}\n  teams:\n    Data Science: data-ai\n  locations:\n    Gent: ghent\n`;

async function check(changes: Parameters<typeof makeTree>[0], options: { fetch?: boolean; cacheDir?: string } = {}) {
  const content = await makeTree({ 'site.yaml': withJobs, ...changes });
  const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY), cacheDir: options.cacheDir ?? path.join(path.dirname(content), 'cache'), fetch: options.fetch, http: { backoffMs: 5 } });
  return show(result.problems);
}

describe('the checker with jobs from an ATS', () => {
  it('touches no network without --fetch, and takes a job file without a title as an overlay', async () => {
    const before = server.requests.length;
    expect(await check({ 'jobs/firmware-engineer-4012345002.md': '---\nambassadors: [sofie-peeters]\n---\nAsk Sofie.\n' })).toBe('');
    expect(server.requests.length).toBe(before);
  });

  it('says a reference to a job it cannot know yet cannot be checked', async () => {
    expect(await check({ 'stories/first-day/index.md': (text) => text.replace('jobs: [data-engineer]', 'jobs: [platform-engineer-4012345003]') })).toMatchInlineSnapshot(
      `"content/stories/first-day/index.md:9 warning jobs: "platform-engineer-4012345003" is not a Markdown job, and the jobs of greenhouse are not known yet, so it cannot be checked. ⇒ Run npm run check -- --fetch to check it against the feed (a build checks it against its last fetch)."`,
    );
  });

  it('with --fetch, reports departments and offices it cannot place with the line to add, overlays whose job is not in the feed, and extra fields in an overlay', async () => {
    const problems = await check(
      {
        'jobs/data-scientist-structural-health-401234500.md': '---\nambassadors: [sofie-peeters]\n---\n',
        'jobs/data-scientist-structural-health-4012345001.md': '---\ntitle: Data scientist\nambassadors: [sofie-peeters]\nsalary: { min: 1 }\n---\n',
        'stories/first-day/index.md': (text) => text.replace('jobs: [data-engineer]', 'jobs: [data-engineer, platform-engineer-4012345003]'),
      },
      { fetch: true },
    );
    expect(problems).toMatchInlineSnapshot(`
      "content/jobs/data-scientist-structural-health-401234500.md:- warning is an overlay (it has no title), but no Greenhouse job has the slug "data-scientist-structural-health-401234500" in the feed, so it is not used. ⇒ Did you mean "data-scientist-structural-health-4012345001"? Name the file after a job's slug (the last part of its page address, /jobs/<slug>/), give it the fields of a job of its own, or remove it.
      content/jobs/data-scientist-structural-health-4012345001.md:2 error title: is not allowed here: this file is an overlay of the Greenhouse job "Data Scientist, Structural Health", which may hold only ambassadors and team, and an intro as its body. ⇒ Remove the line: Greenhouse gives the title. If this is a job of its own, give it another file name.
      content/jobs/data-scientist-structural-health-4012345001.md:4 error salary: is not allowed here: this file is an overlay of the Greenhouse job "Data Scientist, Structural Health", which may hold only ambassadors and team, and an intro as its body. ⇒ Remove the line: Greenhouse gives the salary. If this is a job of its own, give it another file name.
      content/site.yaml:32 warning jobs.locations: The Greenhouse office "Brussels" is not mapped to a location of this site, used by the job "Platform Engineer". ⇒ Add this line under jobs.locations in content/site.yaml: Brussels: <location id>
      content/site.yaml:32 warning jobs.teams: The Greenhouse department "Facilities" is not mapped to a team of this site, so the job "Office Manager" is left out. ⇒ Add this line under jobs.teams in content/site.yaml: Facilities: <team id>
      content/site.yaml:32 warning jobs.teams: The Greenhouse department "Platform Engineering" is not mapped to a team of this site, so the job "Platform Engineer" is left out. ⇒ Add this line under jobs.teams in content/site.yaml: Platform Engineering: <team id>
      content/site.yaml:32 warning jobs.teams: The Greenhouse department "R&D / Firmware" is not mapped to a team of this site, so the job "Firmware Engineer" is left out. ⇒ Add this line under jobs.teams in content/site.yaml: "R&D / Firmware": <team id>
      content/stories/first-day/index.md:9 error jobs: "platform-engineer-4012345003" is not a job of this site. ⇒ Jobs are the files in content/jobs/ (the id is the file name without .md)."
    `);
  });

  it('reports a feed it cannot read with --fetch as an error on site.yaml', async () => {
    const content = await makeTree({ 'site.yaml': (site) => withJobs(site).replace('account: brugwerk', 'account: brugwrek') });
    const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY), fetch: true, http: { backoffMs: 5 } });
    expect(show(result.problems)).toBe(
      `content/site.yaml:32 error jobs: Greenhouse could not be read: ${server.origin}/v1/boards/brugwrek/jobs?content=true&pay_transparency=true answered 404 Not Found: check the account name. ⇒ Check jobs.account (the name Greenhouse gives your job board) and jobs.url, and that this machine can reach the ATS.`,
    );
  });

  it("without --fetch, checks overlays against the last build's fetch in the build cache", async () => {
    const content = await makeTree({ 'site.yaml': withJobs, 'jobs/office-manager-4012345004.md': '---\nteam: field-ops\n---\n' });
    const cacheDir = path.join(path.dirname(content), 'cache');
    // What a build leaves in the cache: run the fetch once with --fetch's code path, then store it as the loader does.
    const { syncFeed } = await import('../../../src/lib/ats/sync.ts');
    const { ADAPTERS } = await import('../../../src/lib/ats/adapters/index.ts');
    const { writeSnapshot } = await import('../../../src/lib/ats/snapshot-fs.ts');
    const sync = await syncFeed({ adapter: ADAPTERS.greenhouse, account: 'brugwerk', url: server.origin, languages: ['en'], now: new Date(TODAY), today: new Date(TODAY) });
    await writeSnapshot(cacheDir, sync.snapshot);
    const before = server.requests.length;
    const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY), cacheDir });
    expect(server.requests.length).toBe(before);
    expect(show(result.problems)).toMatchInlineSnapshot(`"content/jobs/office-manager-4012345004.md:- warning is an overlay (it has no title), but no Greenhouse job has the slug "office-manager-4012345004" in the last fetch, so it is not used. ⇒ Name the file after a job's slug (the last part of its page address, /jobs/<slug>/), give it the fields of a job of its own, or remove it."`);
    await fs.rm(cacheDir, { recursive: true });
  });
});
