/**
 * A site in three languages in Debian's Chromium (tests/fixtures/languages): the language switcher
 * keeps the page; the chooser at / works without JavaScript, sends a first-time visitor to their
 * browser's language and remembers a choice; axe finds nothing on one page of each kind in Dutch and French.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations, horizontalOverflow } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSiteInBrowser('tests/fixtures/languages', { now: '2026-03-01', what: 'The three-language fixture' }));
});

afterAll(() => closeSiteInBrowser({ browser, server }));

describe('the language switcher', () => {
  it('goes to the same page in the other language, and the chooser then remembers it', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/stories/first-day/`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(`${server.origin}/nl/stories/first-day/`);
    expect(await page.locator('h1').textContent()).toBe('Mijn eerste dag bij Fixture & Co');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // The chooser now sends this visitor to Dutch, although the browser asks for English.
    await page.goto(`${server.origin}/`);
    await page.waitForURL(`${server.origin}/nl/`);
    await context.close();
  });
});

describe('the language chooser at /', () => {
  it('sends a first-time visitor to the best match of their browser languages', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(`${server.origin}/fr/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await context.close();
  });

  it('stays put for a browser language the site does not have, with a link to each language', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await findViolations(page, 'chooser')).toEqual([]);
    await page.locator('[data-language-chooser]').getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${server.origin}/fr/`);
    await context.close();
  });

  it('works without JavaScript: links to each language home', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    const links = page.locator('[data-language-chooser] a');
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]))).toEqual([
      ['/en/', 'English'],
      ['/nl/', 'Nederlands'],
      ['/fr/', 'Français'],
    ]);
    await links.nth(1).click();
    await page.waitForURL(`${server.origin}/nl/`);
    await context.close();
  });
});

/** One page of each kind; in Dutch and French, the translated and the untranslated ones. */
const PAGES = ['/', '/ambassadors/', '/ambassadors/ana-peeters/', '/ambassadors/chloe-martin/', '/stories/', '/stories/first-day/', '/stories/entretiens-en-francais/', '/themes/hiring/', '/teams/engineering/', '/jobs/', '/jobs/backend-engineer/', '/jobs/recruiter/', '/recognition/', '/share/', '/share/ana-peeters/'];

describe.each(['nl', 'fr'])('axe-core in %s', (lang) => {
  it.each(PAGES)(`finds no violation on /${lang}%s, at 1280 and 320 px`, async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}/${lang}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await findViolations(page, `/${lang}${path}`)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page), `/${lang}${path} scrolls sideways at 320 px by`).toBe(0);
    await context.close();
  }, 90_000);
});
