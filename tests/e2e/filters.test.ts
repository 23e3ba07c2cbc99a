/**
 * The filters of the ambassador and job listings in Debian's Chromium, over the fixture site (built
 * once with today = 2026-03-01): without JavaScript every value is a link to its own page; with
 * JavaScript the listing combines facets in place, in the address bar and in the history.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSiteInBrowser('tests/fixtures/site', { now: '2026-03-01', what: 'The fixture site' }));
});

afterAll(() => closeSiteInBrowser({ browser, server }));

/** The names of the visible cards of a listing, in order. */
async function visibleCards(page: Page, listId: string): Promise<string[]> {
  return page.locator(`#${listId} > li:visible .card__title`).allInnerTexts();
}

/** Clicks the filter link of a facet value, e.g. ("Team", "Engineering"). */
async function choose(page: Page, facet: string, value: string) {
  const group = page.getByRole('group', { name: facet, exact: true });
  await group.getByRole('link', { name: new RegExp(`^${value}\\b`) }).click();
}

/**
 * Follows the filter link of a facet value without JavaScript: a real navigation, so wait until the
 * new page has loaded (its address changes before its listing is parsed).
 */
async function follow(page: Page, facet: string, value: string) {
  const before = page.url();
  await choose(page, facet, value);
  await page.waitForURL((url) => url.href !== before, { waitUntil: 'load' });
}

/** The path and query of the page. */
function where(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('lists every ambassador, then follows a value link to the page of that value', async () => {
    await page.goto(`${server.origin}/ambassadors/`);
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Ana Peeters', 'Bram De Smet', 'Chloé Martin']);

    await follow(page, 'Team', 'Engineering');
    expect(where(page)).toBe('/ambassadors/team/engineering/');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Ana Peeters', 'Chloé Martin']);
    await expect(page.getByRole('group', { name: 'Team', exact: true }).locator('[aria-current]').innerText()).resolves.toMatch(/^Engineering/);

    await follow(page, 'Language', 'French');
    expect(where(page)).toBe('/ambassadors/language/fr/');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Bram De Smet', 'Chloé Martin']);

    await follow(page, 'Employment', 'Intern');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Bram De Smet']);

    await follow(page, 'Team', 'All');
    expect(where(page)).toBe('/ambassadors/');
    expect(await visibleCards(page, 'ambassador-list')).toHaveLength(3);
  });

  it('filters the jobs by work mode and by location on pages of their own', async () => {
    await page.goto(`${server.origin}/jobs/`);
    expect(await visibleCards(page, 'job-list')).toEqual(['Hybrid recruiter', 'Remote data analyst', 'Backend engineer']);

    await follow(page, 'Work mode', 'Remote');
    expect(where(page)).toBe('/jobs/work-mode/remote/');
    expect(await visibleCards(page, 'job-list')).toEqual(['Remote data analyst']);

    await follow(page, 'Location', 'Ghent');
    expect(where(page)).toBe('/jobs/location/ghent/');
    expect(await visibleCards(page, 'job-list')).toEqual(['Hybrid recruiter', 'Backend engineer']);
  });

  it('shows the whole listing on a listing page with a query, since only JavaScript reads it', async () => {
    await page.goto(`${server.origin}/ambassadors/?team=people`);
    expect(await visibleCards(page, 'ambassador-list')).toHaveLength(3);
  });
});

describe('with JavaScript', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('combines facets in place, in the address and the status line', async () => {
    await page.goto(`${server.origin}/ambassadors/`);
    await choose(page, 'Team', 'Engineering');
    expect(where(page)).toBe('/ambassadors/?team=engineering');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Ana Peeters', 'Chloé Martin']);

    await choose(page, 'Language', 'French');
    expect(where(page)).toBe('/ambassadors/?team=engineering&language=fr');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Chloé Martin']);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Showing 1 of 3');
    // Counts follow the other facets: among French speakers, one is in People & Culture.
    await expect(page.getByRole('group', { name: 'Team', exact: true }).getByRole('link', { name: /^People & Culture/ }).innerText()).resolves.toMatch(/1\)?$/);
  });

  it('goes back through earlier choices with the browser history', async () => {
    await page.goBack();
    expect(where(page)).toBe('/ambassadors/?team=engineering');
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Ana Peeters', 'Chloé Martin']);
  });

  it('clears a facet when its value is chosen again, and every facet with "Clear all filters"', async () => {
    await choose(page, 'Team', 'Engineering');
    expect(where(page)).toBe('/ambassadors/');
    expect(await visibleCards(page, 'ambassador-list')).toHaveLength(3);

    await choose(page, 'Location', 'Brussels');
    await choose(page, 'Employment', 'Employee');
    expect(await visibleCards(page, 'ambassador-list')).toEqual([]);
    await expect(page.getByText('Nothing matches these filters.').isVisible()).resolves.toBe(true);
    await page.getByRole('navigation', { name: 'Filter ambassadors' }).getByRole('link', { name: 'Clear all filters' }).click();
    expect(where(page)).toBe('/ambassadors/');
    expect(await visibleCards(page, 'ambassador-list')).toHaveLength(3);
  });

  it('applies a shared filtered address on arrival', async () => {
    await page.goto(`${server.origin}/ambassadors/?language=fr&employment=intern`);
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Bram De Smet']);
  });

  it('sends a choice made on a single-facet page to the listing with both facets', async () => {
    await page.goto(`${server.origin}/ambassadors/team/engineering/`);
    await choose(page, 'Location', 'Brussels');
    // A real navigation: the listing's filter script runs before "load", so wait for it, not just for the address.
    await page.waitForURL(`${server.origin}/ambassadors/?team=engineering&location=brussels`, { waitUntil: 'load' });
    expect(await visibleCards(page, 'ambassador-list')).toEqual(['Chloé Martin']);
  });

  it('combines the job filters too', async () => {
    await page.goto(`${server.origin}/jobs/`);
    await choose(page, 'Team', 'Engineering');
    await choose(page, 'Location', 'Brussels');
    expect(where(page)).toBe('/jobs/?team=engineering&location=brussels');
    expect(await visibleCards(page, 'job-list')).toEqual(['Remote data analyst']);
  });
});
