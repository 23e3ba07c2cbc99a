/**
 * `npm run report` end to end on the fixture company: the HTML file and its languages, --format json,
 * analytics from a CSV export and from the Stats API (served over HTTP from 127.0.0.1), and clear
 * errors with exit 1 on bad input.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(root, 'tests/fixtures/report');
const ENV = { VAANDEL_NOW: '2026-03-04', VAANDEL_CONTENT: path.join(FIXTURES, 'content'), PLAUSIBLE_API_KEY: '', PLAUSIBLE_URL: '' };

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-report-'));
});
afterAll(() => fs.rm(work, { recursive: true, force: true }));

/** Runs scripts/report.ts and returns its exit code and output. */
function runReport(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/report.ts'), ...args],
      { cwd: work, env: { ...process.env, ...ENV, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each run starts tsx and reads the content: seconds on a busy machine.
describe('npm run report', { timeout: 180_000 }, () => {
  test('writes one self-contained HTML file in the site language, or --lang', async () => {
    const en = await runReport(['--out', 'en']);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Wrote en\/index\.html \(\d+ KB\) in [\d.]+ s\.\n$/);
    const html = await fs.readFile(path.join(work, 'en/index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBeGreaterThanOrEqual(12);
    expect(html).toContain('<h2 id="asks-heading">6. Asks</h2>');
    expect(html).toContain('Design has 0 ambassadors for 12 people (0%), the lowest share.');
    expect(html).toContain('1 of the 16 weeks shown goes over the cap of 2 proposals per ambassador.');
    expect(html).toContain('No analytics given.');

    const nl = await runReport(['--out', 'nl', '--lang', 'nl']);
    expect(nl.code).toBe(0);
    const dutch = await fs.readFile(path.join(work, 'nl/index.html'), 'utf8');
    expect(dutch).toMatch(/<html lang="nl">/);
    expect(dutch).toContain('<h1>Rapport van het ambassadeursprogramma</h1>');
    expect(dutch).toContain('Teams zonder ambassadeur');
  });

  test('--format json prints every figure', async () => {
    const { code, stdout } = await runReport(['--format', 'json', '--analytics', path.join(FIXTURES, 'plausible-export')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['company', 'today', 'lang', 'content', 'analytics', 'reach']);
    expect(Object.keys(report.content)).toEqual(['today', 'participation', 'diversity', 'stories', 'jobs', 'recognition', 'asks']);
    expect([report.today, report.content.participation.status.published, report.reach.totals, report.reach.ratio]).toEqual(['2026-03-04', 4, { ambassador: 37, company: 11 }, 3.4]);
    expect(report.reach.ambassadors).toBeUndefined();
  });

  test('shows reach with small counts as "< 5", and a per-ambassador table only with --by-ambassador', async () => {
    const plain = await runReport(['--out', 'reach', '--analytics', path.join(FIXTURES, 'plausible-export')]);
    expect(plain.code).toBe(0);
    const html = await fs.readFile(path.join(work, 'reach/index.html'), 'utf8');
    expect(html).toContain('3.4 ambassador-driven visits per company-channel visit');
    expect(html).toContain('Ratio = visits tagged utm_medium=ambassador ÷ visits from the company&#39;s networks in site.yaml (LinkedIn and Mastodon) not tagged utm_medium=ambassador, both over the last 12 months.');
    expect(html).toContain('<td class="num">&lt; 5</td>');
    expect(html).not.toContain('Visits per ambassador');

    const flagged = await runReport(['--out', 'people', '--by-ambassador', '--analytics', path.join(FIXTURES, 'plausible-export')]);
    expect(flagged.code).toBe(0);
    const people = await fs.readFile(path.join(work, 'people/index.html'), 'utf8');
    expect(people).toContain('Visits per ambassador');
    expect(people).toContain('<tr><th scope="row">Ana Peeters</th><td class="num">25</td></tr><tr><th scope="row">Bram Dubois</th><td class="num">&lt; 5</td></tr>');
  });

  test('bad input: an unreadable CSV, a missing key, an API error; exit 1 with the fix', async () => {
    const broken = path.join(work, 'broken-export');
    await fs.mkdir(broken, { recursive: true });
    await fs.writeFile(path.join(broken, 'imported_sources_20260101_20260131.csv'), 'date,visitors\n2026-01-01,5\n');
    const csv = await runReport(['--analytics', broken]);
    expect([csv.code, csv.stderr.replace(broken, 'DIR')]).toMatchInlineSnapshot(`
      [
        1,
        "report: DIR/imported_sources_20260101_20260131.csv has no columns "source", "utm_source", "utm_medium", "utm_campaign", "visits", so it is not a Plausible sources export. Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder.
      ",
      ]
    `);

    const noKey = await runReport(['--plausible', 'careers.telwerk.example']);
    expect([noKey.code, noKey.stderr]).toMatchInlineSnapshot(`
      [
        1,
        "report: --plausible needs a Stats API key in PLAUSIBLE_API_KEY. Create one in your Plausible account settings (API keys, "Stats API"), then run PLAUSIBLE_API_KEY=… npm run report -- --plausible careers.telwerk.example.
      ",
      ]
    `);

    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Invalid API key or site ID."}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const api = await runReport(['--plausible', 'careers.telwerk.example'], { PLAUSIBLE_API_KEY: 'wrong', PLAUSIBLE_URL: url });
      expect([api.code, api.stderr]).toMatchInlineSnapshot(`
        [
          1,
          "report: Plausible answered 401: Invalid API key or site ID. Check PLAUSIBLE_API_KEY: a Stats API key from your Plausible account settings (API keys), for an account that can see this site.
        ",
        ]
      `);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('refuses to write into the site output folder', async () => {
    const { code, stderr } = await runReport(['--out', path.join(work, 'site/dist/report')], { VAANDEL_OUT_DIR: path.join(work, 'site/dist') });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]!.replace(work, 'WORK')).toMatchInlineSnapshot(`"report: --out WORK/site/dist/report is inside the site's output folder site/dist: the report is for the comms team and must never be published with the site. Choose another folder, like report/."`);
  });
});
