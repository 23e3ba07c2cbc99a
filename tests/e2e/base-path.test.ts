/**
 * A site under a path (https://fixture.github.io/careers), served under /careers/ as GitHub Pages
 * serves a project site: every link of every page answers, and a visitor goes through the chooser,
 * the language switcher, the navigation, the filters and the share kit without meeting a 404.
 */
import fs from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { findTags } from '../helpers/html.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { makeSubpathContent, SUBPATH_BASE, SUBPATH_URL } from '../helpers/subpath.ts';

let site: BuiltSite;
let content: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  content = await makeSubpathContent();
  site = await buildSite(content, { now: '2026-03-01' });
  if (site.code !== 0) throw new Error(`The sub-path site did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  server = await serveStatic(site.outDir, { base: SUBPATH_BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(content, { recursive: true, force: true });
});

/** A page that fails the test on any request of the site that does not answer 200. */
async function watchedPage(options: Parameters<Browser['newPage']>[0] = {}): Promise<{ page: Page; failures: string[] }> {
  const page = await browser.newPage(options);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(server.origin) && response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  return { page, failures };
}

describe('a site served under its path', () => {
  it('answers every link, image, script and stylesheet of every page', async () => {
    const local = (url: string) => (url.startsWith(SUBPATH_URL) ? server.origin + url.slice('https://fixture.github.io'.length) : url.startsWith('/') ? server.origin + url : undefined);
    const targets = new Set<string>();
    for (const file of (await site.files()).filter((f) => f.endsWith('.html'))) {
      const html = await site.read(file);
      for (const tag of ['a', 'link', 'img', 'script', 'source']) {
        for (const attrs of findTags(html, tag)) {
          for (const value of [attrs.href, attrs.src, ...(attrs.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])]) {
            const url = value && local(value.split('#')[0]!);
            if (url) targets.add(url);
          }
        }
      }
    }
    expect(targets.size).toBeGreaterThan(100);
    const broken: string[] = [];
    const queue = [...targets];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
          const response = await fetch(url);
          if (response.status !== 200) broken.push(`${response.status} ${url}`);
        }
      }),
    );
    expect(broken).toEqual([]);
  }, 120_000);

  it('takes a visitor from the chooser through the switcher, navigation, filters and share kit', async () => {
    const { page, failures } = await watchedPage({ locale: 'nl-BE' });
    await page.goto(`${server.origin}${SUBPATH_BASE}/`);
    await page.waitForURL(`${server.origin}${SUBPATH_BASE}/nl/`);
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${server.origin}${SUBPATH_BASE}/fr/`);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Offres' }).click();
    await page.waitForURL(`${server.origin}${SUBPATH_BASE}/fr/jobs/`);
    // A filter: with JavaScript it narrows the list in place and writes the choice into the address.
    await page.locator('[data-facets] a[data-facet="team"][data-value="people"]').click();
    await page.waitForURL(/\/careers\/fr\/jobs\/\?team=people$/);
    expect(await page.locator('#job-list > li:visible').count()).toBe(1);
    await page.locator('#job-list > li:visible a').first().click();
    await page.waitForURL(`${server.origin}${SUBPATH_BASE}/fr/jobs/recruiter/`);
    await page.goto(`${server.origin}${SUBPATH_BASE}/fr/share/ana-peeters/`);
    const cards = await page.locator('.proposal__media img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((width) => width === 1200)).toBe(true);
    await page.goto(`${server.origin}${SUBPATH_BASE}/fr/no-such-page/`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.getByRole('link', { name: /home|accueil/i }).first().click();
    expect(new URL(page.url()).pathname.startsWith(`${SUBPATH_BASE}/`)).toBe(true);
    await page.close();
    expect(failures.filter((f) => !f.includes('/no-such-page/'))).toEqual([]);
  }, 120_000);
});
