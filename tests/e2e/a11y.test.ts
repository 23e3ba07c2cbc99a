/**
 * Accessibility of one page of each kind of the fixture site, with axe-core in Debian's Chromium:
 * zero violations in the light and the dark colour scheme, and on a 320 px wide phone (where nothing
 * may scroll sideways either).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViolations, horizontalOverflow } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

/** One page of each kind, with the status a static host answers. */
const PAGES: { kind: string; path: string; status?: number }[] = [
  { kind: 'home', path: '/' },
  { kind: 'ambassadors list', path: '/ambassadors/' },
  { kind: 'ambassador', path: '/ambassadors/ana-peeters/' },
  { kind: 'ambassador without photo', path: '/ambassadors/chloe-martin/' },
  { kind: 'stories list', path: '/stories/' },
  { kind: 'story (MDX, video)', path: '/stories/interviews-in-french/' },
  { kind: 'themes', path: '/themes/' },
  { kind: 'theme', path: '/themes/tech/' },
  { kind: 'teams', path: '/teams/' },
  { kind: 'team', path: '/teams/engineering/' },
  { kind: 'jobs list', path: '/jobs/' },
  { kind: 'open job', path: '/jobs/backend-engineer/' },
  { kind: 'closed job', path: '/jobs/closed-cartographer/' },
  { kind: 'job with a colleague to e-mail', path: '/jobs/remote-data-analyst/' },
  { kind: 'recognition wall', path: '/recognition/' },
  { kind: 'privacy notice', path: '/privacy/' },
  { kind: '404', path: '/no-such-page/', status: 404 },
  { kind: 'share kit', path: '/share/' },
];

/** The ways a visitor sees the site. */
const VIEWS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: '320 px', colorScheme: 'light', viewport: { width: 320, height: 640 } },
] as const;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSiteInBrowser('tests/fixtures/site', { now: '2026-03-01', what: 'The fixture site' }));
});

afterAll(() => closeSiteInBrowser({ browser, server }));

describe.each(VIEWS)('axe-core, $name', (view) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: view.colorScheme, viewport: view.viewport, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('finds no violation on the $kind page ($path)', async ({ path, status = 200 }) => {
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.status(), `${path} answers ${status}`).toBe(status);
    expect(await findViolations(page, `[${view.name}] ${path}`)).toEqual([]);
    if (view.viewport.width === 320) expect(await horizontalOverflow(page), `${path} scrolls sideways at 320 px by`).toBe(0);
  }, 90_000); // axe takes seconds per page on a busy two-core machine
});
