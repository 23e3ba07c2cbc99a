/**
 * When colleagues leave (left:, consent.afterLeaving), and content files with a byte-order mark
 * and Windows line endings: build the leavers fixture on 2026-03-01. Bert and Carl left on
 * 2026-02-01 (Carl recorded afterLeaving: keep); Dora and Eva leave on 2026-06-30 (Eva with keep).
 * Bert is gone without a trace, as after a withdrawal; Carl is a former colleague; none of the
 * two is a person to ask about a job; Dora and Eva, before their day, are like everyone else.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { jsonLd, nodesOfType, pageTitle, textOf } from '../helpers/html.ts';
import { findLeaks } from '../helpers/leaks.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/leavers');
const NOW = '2026-03-01';

/** Everything that names Bert, who left without keeping his profile, or exists only through him. */
const BERT = ['Bert Vanleave', 'Vanleave', 'bert-left', 'bert-gh-bl', 'portrait-bl-3k', 'Quote-marker-bl', 'Bio-marker-bl', 'Solo-story-marker-bl', 'Solo-summary-marker-bl', 'Solo-body-marker-bl', 'bert-solo', 'Thank-you-marker-bl', 'Thanks-body-marker-bl', 'Share-marker-bl', 'Share-variant-marker-bl'];

let dir: string;
let site: BuiltSite;
/** The same content built the day before Bert and Carl left. */
let before: BuiltSite;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-leavers-'));
  await fs.cp(FIXTURE, dir, { recursive: true });
  // Anna's profile as an editor on Windows saves it: a byte-order mark and CRLF line endings.
  const anna = path.join(dir, 'ambassadors/anna-stays/index.md');
  const text = await fs.readFile(anna, 'utf8');
  await fs.writeFile(anna, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]));
  [site, before] = await Promise.all([buildSite(dir, { now: NOW }), buildSite(dir, { now: '2026-01-31' })]);
  for (const built of [site, before]) if (built.code !== 0) throw new Error(`The leavers fixture did not build (exit ${built.code}):\n${built.output.slice(-4000)}`);
}, 900_000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The visible text of the section labelled by the heading with this id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  return start === -1 ? '' : textOf(html.slice(start, html.indexOf('</section>', start)));
}

describe('someone who left without afterLeaving: keep', () => {
  it('the day before he left, is published everywhere (so the scan below can fail)', async () => {
    const found = await findLeaks(before, BERT);
    for (const word of BERT) expect(found.some((leak) => leak.endsWith(`: ${word}`)), `"${word}" should appear the day before`).toBe(true);
    expect(section(await before.read('jobs/platform-engineer/index.html'), 'ask-people')).toContain('Bert Vanleave');
    expect(textOf(await before.read('ambassadors/carl-kept/index.html'))).toContain('At Leavers & Co since September 2018');
  });

  it('leaves no trace: no page, card, photo, feed, sitemap entry, JSON, share kit or story of his', async () => {
    expect(await findLeaks(site, BERT)).toEqual([]);
  });

  it('his solo story is gone; the story told with Anna stays, without him', async () => {
    expect(await site.exists('stories/bert-solo/index.html')).toBe(false);
    expect(await site.exists('og/stories/bert-solo.png')).toBe(false);
    const duo = textOf(await site.read('stories/duo/index.html'));
    expect(duo).toContain('Anna Stays');
  });
});

describe('someone who left with afterLeaving: keep', () => {
  it('keeps a profile that calls him a former colleague, with the months he was here', async () => {
    const html = await site.read('ambassadors/carl-kept/index.html');
    expect(textOf(html)).toContain('Former colleague: at Leavers & Co from September 2018 to February 2026');
    const person = nodesOfType(jsonLd(html), 'ProfilePage')[0]?.mainEntity as Record<string, unknown>;
    expect(person).toMatchObject({ name: 'Carl Keeper', alumniOf: { name: 'Leavers & Co' } });
    expect(person).not.toHaveProperty('worksFor');
    expect(await site.exists('og/ambassadors/carl-kept.png')).toBe(true);
    expect(await site.exists('stories/carl-solo/index.html')).toBe(true);
    expect(textOf(await site.read('recognition/index.html'))).toContain('Thank you for the pipeline');
  });
});

describe('people to ask about a job', () => {
  it('are those who have not left, on the job page and in /jobs.json', async () => {
    const asked = section(await site.read('jobs/platform-engineer/index.html'), 'ask-people');
    expect(asked).toContain('Dora Soon');
    expect(asked).toContain('Eva Later');
    expect(asked).toContain('Anna Stays');
    expect(asked).not.toContain('Carl Keeper');
    const feed = JSON.parse(await site.read('jobs.json')) as { jobs: { id: string; contacts: { name: string }[] }[] };
    expect(feed.jobs.find((j) => j.id === 'platform-engineer')?.contacts.map((c) => c.name)).toEqual(['Dora Soon', 'Eva Later', 'Anna Stays']);
  });

  it('before their day, leavers are colleagues like any other, with or without keep', async () => {
    for (const slug of ['dora-leaving', 'eva-leaving-kept']) {
      const text = textOf(await site.read(`ambassadors/${slug}/index.html`));
      expect(text).toContain('At Leavers & Co since');
      expect(text).not.toContain('Former colleague');
    }
  });
});

describe('pay on the job page', () => {
  it('shows the salary range under the title, and a salaryNote where there is no range', async () => {
    const head = (html: string) => textOf(html.slice(html.indexOf('<h1'), html.indexOf('</header>', html.indexOf('<h1'))));
    expect(head(await site.read('jobs/platform-engineer/index.html'))).toMatch(/Salary: €50,000\s*–\s*€65,000 per year/);
    expect(head(await site.read('jobs/data-analyst/index.html'))).toContain('Salary: Salary-note-marker, shared in the first call before any interview.');
    const posting = nodesOfType(jsonLd(await site.read('jobs/platform-engineer/index.html')), 'JobPosting')[0];
    expect(posting?.baseSalary).toMatchObject({ currency: 'EUR', value: { minValue: 50000, maxValue: 65000, unitText: 'YEAR' } });
  });
});

describe('a profile saved with a byte-order mark and Windows line endings', () => {
  it('builds like any other: the name, the quote and both paragraphs of the bio, with no stray characters', async () => {
    const html = await site.read('ambassadors/anna-stays/index.html');
    expect(pageTitle(html)).toMatch(/^Anna Stays, Backend engineer/);
    const text = textOf(html);
    expect(text).toContain('“Still here, and glad of it.”');
    expect(html).toMatch(/<p>Anna-bio-marker: Anna builds the services behind our products\.<\/p>\s*<p>She has been here longest\.<\/p>/);
    expect(html).not.toContain('\ufeff');
    expect(html).not.toContain('\r');
  });
});
