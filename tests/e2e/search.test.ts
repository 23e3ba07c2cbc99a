/**
 * The site search in Debian's Chromium, on the three-language fixture served under a path
 * (https://fixture.github.io/careers, as GitHub Pages serves a project site) with a closed job added:
 * a job title finds the job, a French word finds the French story on the French search page, the
 * team filter narrows the results, a closed job is not found, the page says what to do without
 * JavaScript, axe finds nothing with results open, and no other page loads search code.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { makeSubpathContent, SUBPATH_BASE } from '../helpers/subpath.ts';

/** A job that closed before the build's "today" (2026-03-01). */
const CLOSED_JOB = `---
title: Senior Cartographer
team: engineering
locations: [ghent]
workMode: onsite
employmentType: full-time
posted: 2025-11-01
validThrough: 2026-01-31
apply: https://apply.fixture.test/cartographer
ambassadors: [ana-peeters]
---
Draw the maps our routing engine runs on, and keep them up to date.
`;

let content: string;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  content = await makeSubpathContent();
  await fs.writeFile(path.join(content, 'jobs/closed-cartographer.md'), CLOSED_JOB);
  site = await buildSite(content, { now: '2026-03-01' });
  if (site.code !== 0) throw new Error(`The fixture did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  server = await serveStatic(site.outDir, { base: SUBPATH_BASE });
  base = `${server.origin}${SUBPATH_BASE}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(content, { recursive: true, force: true });
  if (site) await fs.rm(path.dirname(site.outDir), { recursive: true, force: true });
});

/** A page in a new context that records every request of the site and fails on any that does not answer. */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; requests: string[]; failures: string[]; searchBytes: () => Promise<number> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const failures: string[] = [];
  const bodies: Promise<number>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.url().startsWith(server.origin) && response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    if (response.url().includes('/pagefind/')) bodies.push(response.body().then((b) => b.byteLength, () => 0));
  });
  /** The bytes of Pagefind's files received so far. */
  const searchBytes = async () => (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
  return { context, page, requests, failures, searchBytes };
}

/** The titles and addresses of the results shown, once the count is announced. */
async function results(page: Page): Promise<{ status: string; links: { title: string; href: string; type: string }[] }> {
  const status = page.locator('[data-search-status]');
  await expect.poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 15_000 }).toMatch(/\d|Nothing|Rien|Niets|Geen|Aucun/);
  const links = await page.locator('[data-search-results] .search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('a')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      type: item.querySelector('.search-result__type')?.textContent ?? '',
    })),
  );
  return { status: (await status.textContent())?.trim() ?? '', links };
}

describe('the built index', () => {
  it('holds the indexed pages of each language in /pagefind/ under the base path, without Pagefind’s ready-made interfaces', async () => {
    expect(site.output).toMatch(/^search: \d+ pages in en, fr, nl indexed in /m);
    const files = await site.files();
    expect(files).toContain('pagefind/pagefind.js');
    expect(files.filter((f) => f.startsWith('pagefind/pagefind-ui'))).toEqual([]);
    const search = await site.read('en/search/index.html');
    expect(search).toContain(`data-search-bundle="${SUBPATH_BASE}/pagefind/pagefind.js"`);
  });

  it('marks open jobs, stories, people, teams and themes, and leaves out closed jobs, fallback pages, share kits, listings, the search page and the 404', async () => {
    const marked = async (file: string) => (await site.read(file)).includes('data-pagefind-body');
    for (const file of ['en/jobs/backend-engineer/index.html', 'fr/stories/entretiens-en-francais/index.html', 'en/ambassadors/ana-peeters/index.html', 'nl/teams/engineering/index.html', 'en/themes/hiring/index.html']) {
      expect(await marked(file), file).toBe(true);
    }
    const shareKits = (await site.files()).filter((f) => f.startsWith('en/share/') && f.endsWith('.html'));
    expect(shareKits.length).toBeGreaterThan(0);
    for (const file of ['en/jobs/closed-cartographer/index.html', 'en/stories/entretiens-en-francais/index.html', 'en/jobs/index.html', 'en/search/index.html', '404.html', ...shareKits]) {
      expect(await marked(file), file).toBe(false);
    }
  });
});

describe('the search page', { timeout: 90_000 }, () => {
  it('finds a job by its title, linking it under the base path', async () => {
    const { context, page, requests, failures, searchBytes } = await openPage();
    await page.goto(`${base}/en/search/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('Backend engineer');
    const found = await results(page);
    expect(found.links[0]).toEqual({ title: 'Backend engineer', href: `${SUBPATH_BASE}/en/jobs/backend-engineer/`, type: 'Job' });
    expect(found.status).toMatch(/^\d+ results? for “Backend engineer”$/);
    expect(new URL(page.url()).search).toBe('?q=Backend+engineer');
    // Pagefind's script and the English index came from /careers/pagefind/.
    const bundle = requests.filter((url) => url.includes('/pagefind/'));
    expect(bundle.some((url) => url.startsWith(`${base}/pagefind/pagefind.js`))).toBe(true);
    expect(bundle.some((url) => /\/pagefind\/index\/en_/.test(url))).toBe(true);
    expect(bundle.filter((url) => !url.startsWith(`${base}/pagefind/`))).toEqual([]);
    // Pagefind's script, worker and WebAssembly are most of a search's weight; the budget is 300 KB.
    expect(await searchBytes()).toBeGreaterThan(100_000);
    expect(await searchBytes()).toBeLessThan(300_000);
    await page.getByRole('link', { name: 'Backend engineer' }).click();
    await page.waitForURL(`${base}/en/jobs/backend-engineer/`);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('finds the French story by a French word on the French search page, and not on the English one', async () => {
    const { context, page, failures } = await openPage();
    await page.goto(`${base}/fr/search/?q=entretien`);
    const fr = await results(page);
    expect(fr.links).toContainEqual({ title: 'Des entretiens en français', href: `${SUBPATH_BASE}/fr/stories/entretiens-en-francais/`, type: 'Témoignage' });
    expect(fr.status).toMatch(/résultats? pour «\u202fentretien\u202f»/);
    // The English page shows the story in French as a fallback: it is not in the English index.
    await page.goto(`${base}/en/search/?q=entretien`);
    const en = await results(page);
    expect(en.links).toEqual([]);
    expect(en.status).toBe('Nothing found for “entretien”. Try another word, or fewer filters.');
    expect(failures).toEqual([]);
    await context.close();
  });

  it('narrows the results with the team filter, and keeps the filters in the address', async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/en/search/`);
    await page.getByLabel('Type').selectOption('job');
    const jobs = await results(page);
    expect(jobs.links.map((l) => l.title).sort()).toEqual(['Backend engineer', 'Recruiter']);
    expect(jobs.status).toBe('2 results');
    await page.getByLabel('Team').selectOption('people');
    await expect.poll(async () => (await results(page)).status, { timeout: 15_000 }).toBe('1 result');
    expect((await results(page)).links.map((l) => l.title)).toEqual(['Recruiter']);
    expect(new URL(page.url()).search).toBe('?type=job&team=people');
    // A shared link opens with the same filters and results.
    await page.goto(`${base}/en/search/?type=job&team=people`);
    expect(await page.getByLabel('Team').inputValue()).toBe('people');
    expect((await results(page)).links.map((l) => l.title)).toEqual(['Recruiter']);
    await context.close();
  });

  it('does not find a closed job', async () => {
    const { context, page } = await openPage();
    // The closed job's page exists and names it.
    await page.goto(`${base}/en/jobs/closed-cartographer/`);
    expect(await page.locator('h1').textContent()).toBe('Senior Cartographer');
    await page.goto(`${base}/en/search/?q=cartographer`);
    const found = await results(page);
    expect(found.links).toEqual([]);
    expect(found.status).toBe('Nothing found for “cartographer”. Try another word, or fewer filters.');
    await context.close();
  });

  it('says without JavaScript that search needs it, and links the listings', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${base}/nl/jobs/`);
    // The header's field is a plain form: it opens the search page with the words typed.
    await page.getByRole('search').getByRole('searchbox').fill('backend');
    await page.getByRole('search').getByRole('searchbox').press('Enter');
    await page.waitForURL(`${base}/nl/search/?q=backend`);
    const notice = page.locator('.site-search__notice').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('JavaScript');
    expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([`${SUBPATH_BASE}/nl/jobs/`, `${SUBPATH_BASE}/nl/stories/`, `${SUBPATH_BASE}/nl/ambassadors/`]);
    await notice.getByRole('link').first().click();
    await page.waitForURL(`${base}/nl/jobs/`);
    await context.close();
  });

  it('has no axe violations with results open', async () => {
    const { context, page } = await openPage();
    for (const lang of ['en', 'fr']) {
      await page.goto(`${base}/${lang}/search/?q=engineer`);
      const found = await results(page);
      expect(found.links.length).toBeGreaterThan(0);
      expect(await findViolations(page, `${lang} search`)).toEqual([]);
    }
    await context.close();
  }, 120_000);
});

describe('the cost of search on other pages', { timeout: 90_000 }, () => {
  it('loads no search code on other pages, not even when the header field is focused', async () => {
    const { context, page, requests } = await openPage();
    await page.goto(`${base}/en/stories/first-day/`, { waitUntil: 'networkidle' });
    const field = page.getByRole('search', { name: 'Search the site' }).getByRole('searchbox');
    await field.focus();
    await field.fill('Recruiter');
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
    // Submitting opens the search page, which loads Pagefind and finds the job.
    await field.press('Enter');
    await page.waitForURL(`${base}/en/search/?q=Recruiter`);
    expect((await results(page)).links[0]?.href).toBe(`${SUBPATH_BASE}/en/jobs/recruiter/`);
    expect(requests.some((url) => url.startsWith(`${base}/pagefind/pagefind.js`))).toBe(true);
    await context.close();
  });
});
