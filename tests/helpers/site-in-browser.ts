/**
 * How the browser tests start: build a content folder once with an injected "today", serve the
 * output on 127.0.0.1 as a static host does, and open Debian's Chromium; close both at the end.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';

/** A built site being served, and the browser that visits it. */
export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
}

/** Builds `contentDir` (throwing with the build's last lines when it fails), serves it and opens the browser. `what` names the site in that error. */
export async function openSiteInBrowser(contentDir: string, options: { now: string; what: string }): Promise<SiteInBrowser> {
  const site = await buildSite(contentDir, { now: options.now });
  if (site.code !== 0) throw new Error(`${options.what} did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  const server = await serveStatic(site.outDir);
  try {
    return { server, browser: await launchBrowser() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes what openSiteInBrowser opened, or the part of it that opened. */
export async function closeSiteInBrowser(opened: Partial<SiteInBrowser>): Promise<void> {
  await opened.browser?.close();
  await opened.server?.close();
}
