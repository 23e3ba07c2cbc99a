/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';
import { resolveChromium } from '../../scripts/preflight/preflight-fs.ts';

/** CHROMIUM_PATH, else `chromium` on PATH (Debian's `apt-get install -y chromium`): the one the preflight checked. */
export const CHROMIUM = resolveChromium();

/** Flags that keep a headless Chromium quiet on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts a headless Chromium; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
