/**
 * What a candidate meets first, on a phone, in Debian's Chromium over the three-language fixture
 * (tests/fixtures/languages, today = 2026-03-01): the job page's summary within the first screen and a
 * half, the header on one row with a menu button that works without JavaScript and a usable language
 * switcher, the share kit in the footer only, and no axe violation on the new pages at 320 px and in
 * the dark.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findViolations, horizontalOverflow } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

/** An iPhone-sized screen: the summary must sit within one and a half of its height. */
const PHONE = { width: 390, height: 844 };
const FOLD = 1.5 * PHONE.height;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ browser, server } = await openSiteInBrowser('tests/fixtures/languages', { now: '2026-03-01', what: 'The three-language fixture' }));
});

afterAll(() => closeSiteInBrowser({ browser, server }));

afterEach(async () => {
  await context?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', ...options });
  page = await context.newPage();
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

/** The top and bottom of an element on the page (not the viewport), in CSS pixels. */
function box(locator: ReturnType<Page['locator']>) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
}

describe('a job page on a phone', () => {
  it.each([
    { path: '/en/jobs/backend-engineer/', apply: 'Apply now', salary: '€52,000 – €64,000 per year' },
    { path: '/fr/jobs/backend-engineer/', apply: 'Postuler', salary: '52 000–64 000 € par an' },
    // An English job on the Dutch site: its own note on pay, in English.
    { path: '/nl/jobs/recruiter/', apply: 'Solliciteer per e-mail', salary: 'Shared in the first call, before any interview.' },
  ])('shows the apply button and the salary within the first screen and a half: $path', async ({ path, apply, salary }) => {
    await open(path);
    const button = page.getByRole('link', { name: apply }).first();
    expect(await button.isVisible()).toBe(true);
    const applyBox = await box(button);
    expect(applyBox.bottom, `the first "${apply}" ends at y = ${applyBox.bottom}`).toBeLessThan(FOLD);
    const share = await box(page.locator('main .share').first());
    expect(applyBox.bottom).toBeLessThan(share.top);
    const salaryCell = page.locator('main .job__pay');
    expect((await salaryCell.innerText()).replace(/\s+/g, ' ')).toContain(salary.replace(/\s+/g, ' '));
    const salaryBox = await box(salaryCell);
    expect(salaryBox.bottom, `the salary ends at y = ${salaryBox.bottom}`).toBeLessThan(FOLD);
    expect(salaryBox.bottom).toBeLessThan(share.top);
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

describe('the header on a phone', () => {
  const row = async () => {
    const header = await page.locator('header.site-header').boundingBox();
    const parts = await page.locator('.site-header__brand, .site-header__toggle, .site-header__languages a').evaluateAll((list) =>
      list.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, visible: r.width > 0 && r.height > 0 };
      }),
    );
    return { header: header!, parts };
  };

  it.each([
    { width: 390, lang: 'en' },
    { width: 320, lang: 'fr' },
    { width: 320, lang: 'nl' },
  ])('keeps the logo with the company name, the menu button and the language switcher on one row at $width px ($lang)', async ({ width, lang }) => {
    await open(`/${lang}/jobs/`, { viewport: { width, height: 700 } });
    const { header, parts } = await row();
    expect(header.height, 'one row of 44 px targets').toBeLessThan(80);
    expect(parts.every((p) => p.visible)).toBe(true);
    // Every part sits in that one row.
    for (const part of parts) {
      expect(part.top).toBeGreaterThanOrEqual(header.y - 1);
      expect(part.bottom).toBeLessThanOrEqual(header.y + header.height + 1);
    }
    expect(await page.locator('.site-header__brand').innerText()).toContain('Fixture & Co');
    // Language links stay big enough to tap (WCAG 2.5.8: at least 24 × 24 px).
    for (const link of parts.slice(2)) expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(24);
    // The navigation waits behind the menu button.
    expect(await page.getByRole('navigation', { name: /Main|Hoofdmenu|Menu principal/ }).getByRole('link').first().isVisible()).toBe(false);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it('opens the menu without JavaScript, and its links lead on', async () => {
    await open('/en/stories/', { javaScriptEnabled: false });
    const menu = page.locator('summary', { hasText: 'Menu' });
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const names = await nav.getByRole('link').allInnerTexts();
    expect(names).toEqual(['Stories', 'Ambassadors', 'Jobs', 'Teams', 'Thank-yous']);
    for (const name of names) expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    await nav.getByRole('link', { name: 'Teams' }).click();
    await page.waitForURL(`${server.origin}/en/teams/`);
    expect(await page.locator('h1').innerText()).toBe('Teams');
  });

  it('switches language from a phone, to the same page', async () => {
    await open('/en/jobs/backend-engineer/', { viewport: { width: 320, height: 640 } });
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${server.origin}/fr/jobs/backend-engineer/`);
    expect(await page.locator('h1').innerText()).toBe('Ingénieur ou ingénieure backend');
  });

  it('shows the navigation as a row of links on a wide screen, without a menu button', async () => {
    await open('/nl/jobs/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.site-header__toggle').isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Verhalen', 'Ambassadeurs', 'Vacatures', 'Teams', 'Bedankt']);
    const tops = await links.evaluateAll((list) => list.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one row').toBe(1);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThan(80);
    await page.getByRole('link', { name: 'Vacatures', exact: true }).first().click();
    await page.waitForURL(`${server.origin}/nl/jobs/`);
  });

  it('keeps the share kit, an employees’ tool, out of the header and in the footer', async () => {
    await open('/en/');
    expect(await page.locator('header a[href="/en/share/"]').count()).toBe(0);
    await page.locator('footer').getByRole('link', { name: 'Share kit' }).click();
    await page.waitForURL(`${server.origin}/en/share/`);
  });
});

describe('accessibility of the new and changed pages', () => {
  const PAGES = ['/fr/jobs/backend-engineer/', '/nl/jobs/recruiter/', '/en/jobs/closed-illustrator/', '/fr/teams/', '/nl/themes/', '/en/themes/culture/', '/fr/privacy/', '/en/ambassadors/ana-peeters/'];
  it.each([
    { name: 'at 320 px', options: { viewport: { width: 320, height: 640 } } },
    { name: 'in the dark', options: { colorScheme: 'dark' as const } },
  ])('finds no axe violation $name, with the menu open too', async ({ options }) => {
    const problems: string[] = [];
    for (const path of PAGES) {
      await open(path, options);
      problems.push(...(await findViolations(page, path)));
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow} px`);
      await context.close();
    }
    await open('/fr/jobs/', options);
    await page.locator('summary.site-header__toggle').click();
    problems.push(...(await findViolations(page, '/fr/jobs/ (menu open)')));
    expect(problems).toEqual([]);
  }, 300_000);
});
