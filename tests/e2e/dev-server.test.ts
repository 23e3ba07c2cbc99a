/**
 * `npm run dev` checks the content as people edit it: a misspelt team is reported in the terminal
 * and in Astro's error overlay in the browser, and both clear once the file is fixed. The server
 * runs as people start it (`npm run dev`), on a free port, from a temporary project root with a
 * copy of the demo content; its Astro telemetry must stay off without being told.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { makeProjectRoot } from '../helpers/build-site.ts';

const DEMO = path.resolve(import.meta.dirname, '../../content');
const PROFILE = 'ambassadors/pieter-de-smet/index.md';
const TIMEOUT = 180_000;

let work: string;
let content: string;
let server: ChildProcess;
let output = '';
let origin: string;
let browser: Browser;
let page: Page;

/** Everything the server printed so far, without colours. */
const printed = () => stripVTControlCharacters(output);

/** Waits until the server's output matches, after `from` characters. */
async function waitForOutput(pattern: RegExp, from = 0, timeout = 120_000): Promise<RegExpMatchArray> {
  const until = Date.now() + timeout;
  for (;;) {
    const match = printed().slice(from).match(pattern);
    if (match) return match;
    if (server.exitCode !== null) throw new Error(`npm run dev stopped (exit ${server.exitCode}):\n${printed()}`);
    if (Date.now() > until) throw new Error(`npm run dev did not print ${pattern} in time:\n${printed()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Saves the profile with one replacement, as an editor that saves atomically does (a new file
 * renamed over the old one). Written in place, the file is empty for a moment: on a busy machine
 * Astro's glob loader can read it then, refuse it, and keep the old entry until the next save.
 */
async function editProfile(from: string, to: string) {
  const file = path.join(content, PROFILE);
  const text = await fs.readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${PROFILE} has no "${from}"`);
  const saved = path.join(work, 'profile.saving');
  await fs.writeFile(saved, text.replace(from, to));
  await fs.rename(saved, file);
}

beforeAll(async () => {
  work = await makeProjectRoot();
  content = path.join(work, 'content-copy');
  await fs.cp(DEMO, content, { recursive: true });
  await editProfile('team: sensing', 'team: sensnig');
  // As people run it: no VITEST (the integration leaves checking to the tests under Vitest), no
  // NODE_ENV=test (Astro turns live reloading off for it), and no telemetry setting of our own:
  // CI=false and a fresh config folder make Astro print its telemetry notice if telemetry is on.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|ASTRO_TELEMETRY_DISABLED$|TELEMETRY_DISABLED$)/.test(key)));
  server = spawn('npm', ['run', 'dev', '--', '--port', '0', '--host', '127.0.0.1'], {
    cwd: work,
    env: { ...env, CI: 'false', XDG_CONFIG_HOME: path.join(work, 'config'), VAANDEL_CONTENT: content, VAANDEL_NOW: '2026-11-30' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that npm, cross-env and astro all stop together
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  origin = (await waitForOutput(/Local\s+(http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
  browser = await launchBrowser();
  page = await browser.newPage();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('close', resolve));
  }
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('npm run dev with a content error', () => {
  it('prints the error with its fix in the terminal, and no telemetry notice', () => {
    expect(printed()).toContain(`content-copy/${PROFILE}\n  error    line 5     team: "sensnig" is not a team of this site.\n                      Did you mean "sensing"?`);
    expect(printed()).not.toMatch(/collects anonymous usage data/i);
  });

  it('shows the error in the browser over the page', { timeout: TIMEOUT }, async () => {
    await page.goto(`${origin}/en/ambassadors/pieter-de-smet/`, { timeout: 120_000 });
    const overlay = page.locator('vite-error-overlay');
    await overlay.locator('#message-content').waitFor({ timeout: 60_000 });
    expect(await overlay.locator('#title').innerText()).toBe('1 content error in 1 file');
    expect(await overlay.locator('#message-content').innerText()).toMatch(/line 5 +team: "sensnig" is not a team of this site\.\n\s+Did you mean "sensing"\? Teams are listed in .*site\.yaml\./);
    expect(await overlay.locator('#hint-content').innerText()).toContain('npm run check');
  });

  it('checks again on each change: fixed, the terminal says so and the overlay goes', { timeout: TIMEOUT }, async () => {
    const before = printed().length;
    await editProfile('team: sensnig', 'team: sensing');
    await waitForOutput(/Content problems fixed\. ✔ No problems/, before);
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('link', { name: /Sensing & Hardware/i }).first().waitFor({ timeout: 60_000 }).catch(async (error: Error) => {
      // Say what the page showed instead, and what the server printed since the fix.
      const shown = await page.locator('body').innerText().catch(() => '(no body)');
      throw new Error(`${error.message}\n${page.url()} shows:\n${shown.slice(0, 600)}\nnpm run dev printed since the fix:\n${printed().slice(before)}`);
    });
  });

  it('and broken again, both come back', { timeout: TIMEOUT }, async () => {
    const before = printed().length;
    await editProfile('team: sensing', 'team: sensnig');
    await waitForOutput(/team: "sensnig" is not a team of this site\./, before);
    await page.locator('vite-error-overlay #message-content').waitFor({ timeout: 60_000 });
    expect(await page.locator('vite-error-overlay #message-content').innerText()).toContain('team: "sensnig" is not a team of this site.');
  });
});
