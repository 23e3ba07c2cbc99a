/**
 * The programme report as people get it: the demo's report, and the fixture company's with reach
 * and a per-ambassador table in French, pass the W3C HTML checker (vnu) and axe-core in Chromium
 * with zero problems, also on a 320 px wide phone, and need no JavaScript.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartColours } from '../../src/lib/report/charts.ts';
import { readPlausibleExport } from '../../src/lib/report/plausible-csv-fs.ts';
import { readReportContent } from '../../src/lib/report/read-content-fs.ts';
import { renderReportHtml } from '../../src/lib/report/render-html.ts';
import { buildReport } from '../../src/lib/report/report.ts';
import { reportStrings } from '../../src/lib/report/strings/index.ts';
import { findViolations, horizontalOverflow } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(root, 'tests/fixtures/report');

/** Writes a report the way npm run report does and returns the file. */
async function writeReport(dir: string, options: { content: string; today: string; lang: string; analytics?: string; byAmbassador?: boolean }): Promise<string> {
  const today = new Date(options.today);
  const content = await readReportContent({ contentDir: options.content, cwd: root, today });
  const data = options.analytics ? await readPlausibleExport(options.analytics, { byAmbassador: options.byAmbassador ?? false }) : undefined;
  const report = buildReport(content, { today, lang: options.lang, byAmbassador: options.byAmbassador ?? false, applyGoal: 'Apply', ...(data ? { analytics: { data, origin: 'a Plausible CSV export' } } : {}) });
  const html = renderReportHtml(report, { strings: reportStrings(options.lang)!, colours: chartColours(content.site.colors), contentLabel: path.relative(root, options.content), errors: content.errors.length, medium: content.site.utm.medium });
  const file = path.join(dir, `${path.basename(options.content)}-${options.lang}.html`);
  await fs.writeFile(file, html);
  return file;
}

let dir: string;
let files: string[];
let browser: Browser;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-report-a11y-'));
  files = [
    await writeReport(dir, { content: path.join(root, 'content'), today: '2026-11-30', lang: 'en' }),
    await writeReport(dir, { content: path.join(FIXTURES, 'content'), today: '2026-03-04', lang: 'fr', analytics: path.join(FIXTURES, 'plausible-export'), byAmbassador: true }),
  ];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

// vnu starts a Java VM and axe reads every chart: slow on a shared machine.
describe('the programme report', { timeout: 480_000 }, () => {
  it('passes the W3C HTML checker', async () => {
    const jar = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const stderr = await new Promise<string>((resolve) => execFile('java', ['-Xss4m', '-jar', jar, '--format', 'json', ...files], { maxBuffer: 16 * 1024 * 1024 }, (_error, _stdout, err) => resolve(err)));
    const messages = (JSON.parse(stderr) as { messages: { type: string; subType?: string; url?: string; message: string }[] }).messages;
    expect(messages.map((m) => `${path.basename(m.url ?? '')}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`)).toEqual([]);
  });

  it('shows its charts without JavaScript, and nothing scrolls sideways on a 320 px wide phone', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    try {
      for (const file of files) {
        const page = await context.newPage();
        await page.goto(`file://${file}`);
        expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(12);
        expect(await horizontalOverflow(page)).toBe(0);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('has no axe-core violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      for (const file of files) {
        const page = await context.newPage();
        await page.goto(`file://${file}`);
        expect(await findViolations(page, path.basename(file))).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
