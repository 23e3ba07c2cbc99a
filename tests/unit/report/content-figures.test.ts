/** The report's content figures on the fixture company tests/fixtures/report/content, "today" 2026-03-04. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeContentFigures, type ContentFigures, type ContentInput } from '../../../src/lib/report/content-figures.ts';
import { readReportContent, type ReportContent } from '../../../src/lib/report/read-content-fs.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../fixtures/report/content');
const TODAY = new Date('2026-03-04');

let content: ReportContent;
let input: ContentInput;
let figures: ContentFigures;

beforeAll(async () => {
  content = await readReportContent({ contentDir: CONTENT, cwd: process.cwd(), today: TODAY });
  input = { site: content.reportSite, themes: content.themes, entries: content.entries, translations: content.translations, today: TODAY, lang: 'en' };
  figures = computeContentFigures(input);
});

describe('content figures', () => {
  it('reads the fixture without errors', () => {
    expect(content.errors).toEqual([]);
    expect(figures.today).toBe('2026-03-04');
  });

  it('counts entries with photos and covers: it reads no image, and each file name speaks for its picture', async () => {
    const demo = await readReportContent({ contentDir: path.resolve(import.meta.dirname, '../../../content'), cwd: process.cwd(), today: new Date('2026-11-30') });
    expect(demo.errors).toEqual([]);
    expect(demo.entries.ambassadors.filter((a) => a.data.photo).length).toBeGreaterThan(10);
  });

  it('participation: status, joined per quarter, headcount shares', () => {
    const { participation } = figures;
    expect(participation.status).toEqual({ published: 4, paused: 1, withdrawn: 1, awaitingConsent: 1 });
    expect(participation.quarters.map((q) => `${q.quarter} +${q.joined} -${q.left}`).join(', ')).toMatchInlineSnapshot(`"2024-Q2 +1 -0, 2024-Q3 +0 -0, 2024-Q4 +1 -0, 2025-Q1 +1 -0, 2025-Q2 +1 -0, 2025-Q3 +1 -0, 2025-Q4 +0 -0, 2026-Q1 +1 -0"`);
    expect(participation.undatedStepBacks).toBe(2);
    expect(participation.headcount).toMatchInlineSnapshot(`
      {
        "locations": [
          {
            "ambassadors": 3,
            "headcount": 120,
            "id": "ghent",
            "label": "Ghent",
            "share": 0.025,
          },
        ],
        "teams": [
          {
            "ambassadors": 2,
            "headcount": 40,
            "id": "data",
            "label": "Data",
            "share": 0.05,
          },
          {
            "ambassadors": 2,
            "headcount": 48,
            "id": "field",
            "label": "Field Operations",
            "share": 0.041666666666666664,
          },
          {
            "ambassadors": 0,
            "headcount": 12,
            "id": "design",
            "label": "Design",
            "share": 0,
          },
        ],
      }
    `);
  });

  it('diversity: every team, location, employment type; the missing ones called out', () => {
    const { diversity } = figures;
    const line = (counts: { id: string; count: number }[]) => counts.map((c) => `${c.id} ${c.count}`).join(', ');
    expect(line(diversity.teams)).toMatchInlineSnapshot(`"data 2, field 2, design 0"`);
    expect(line(diversity.locations)).toMatchInlineSnapshot(`"ghent 3, brussels 1, liege 0"`);
    expect(line(diversity.employment)).toMatchInlineSnapshot(`"employee 1, intern 1, freelancer 1, retiree 1, alumni 0"`);
    expect(line(diversity.languages)).toMatchInlineSnapshot(`"nl 3, fr 2, en 1"`);
    expect(diversity.missingTeams.map((t) => t.label)).toEqual(['Design']);
    expect(diversity.missingLocations.map((l) => l.label)).toEqual(['Liège']);
  });

  it('stories: per month over 12 months, per theme and language; the silent ambassadors', () => {
    const { stories } = figures;
    expect(stories.total).toBe(4);
    expect(stories.months.map((m) => `${m.month}:${m.count}`).join(' ')).toMatchInlineSnapshot(`"2025-04:1 2025-05:0 2025-06:0 2025-07:0 2025-08:0 2025-09:0 2025-10:0 2025-11:0 2025-12:1 2026-01:0 2026-02:1 2026-03:0"`);
    expect(stories.themes.map((t) => `${t.label} ${t.count}`)).toMatchInlineSnapshot(`
      [
        "Engineering 2",
        "Life at Telwerk 3",
        "We're hiring 0",
      ]
    `);
    expect(stories.languages.map((l) => `${l.id} ${l.count}`)).toEqual(['en 3', 'fr 1']);
    expect(stories.translation).toBeUndefined();
    expect(stories.silent.map((p) => p.name)).toEqual(['Dirk Claes']);
  });

  it('stories: translation coverage from the translation files once the site has several languages; names in the report language', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-report-languages-'));
    try {
      await fs.cp(CONTENT, dir, { recursive: true });
      const site = await fs.readFile(path.join(dir, 'site.yaml'), 'utf8');
      await fs.writeFile(
        path.join(dir, 'site.yaml'),
        site.replace('lang: en', 'languages: [en, nl, fr]').replace('    name: Design\n', '    name: { en: Design, nl: Ontwerp, fr: Conception }\n'),
      );
      const translate = (file: string, lang: string) => fs.writeFile(path.join(dir, file), `---\ntitle: In ${lang}\nsummary: Translated into ${lang}.\n---\n\nText.\n`);
      await translate('stories/first-month/index.nl.md', 'nl');
      await translate('stories/first-month/index.fr.md', 'fr');
      await translate('stories/en-francais/index.en.md', 'en');
      await translate('stories/long-ago/index.nl.md', 'nl');
      await translate('stories/told-by-fien/index.nl.md', 'nl');
      const multilingual = await readReportContent({ contentDir: dir, cwd: process.cwd(), today: TODAY });
      expect(multilingual.errors).toEqual([]);
      expect(multilingual.reportSite.languages).toEqual(['en', 'nl', 'fr']);
      const figures = computeContentFigures({ ...input, site: multilingual.reportSite, translations: multilingual.translations, lang: 'nl' });
      // told-by-fien is not published: its translation does not count.
      expect(figures.stories.translation).toEqual([
        { lang: 'en', stories: 4, translated: 1, total: 4 },
        { lang: 'nl', stories: 2, translated: 2, total: 4 },
        { lang: 'fr', stories: 2, translated: 1, total: 4 },
      ]);
      expect(figures.diversity.missingTeams.map((t) => t.label)).toEqual(['Ontwerp']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('jobs: open per team, nobody to ask, how long they stay open', () => {
    const { jobs } = figures;
    expect(jobs.open).toBe(3);
    expect(jobs.perTeam.map((t) => `${t.id} ${t.count}`)).toEqual(['data 1', 'field 1', 'design 1']);
    expect(jobs.nobodyToAsk.map((j) => j.id)).toEqual(['designer', 'field-technician']);
    expect(jobs.closed).toMatchInlineSnapshot(`
      {
        "buckets": [
          {
            "bucket": "1–30",
            "count": 1,
          },
          {
            "bucket": "31–60",
            "count": 1,
          },
          {
            "bucket": "61–90",
            "count": 0,
          },
          {
            "bucket": "91–180",
            "count": 0,
          },
          {
            "bucket": "181+",
            "count": 0,
          },
        ],
        "count": 2,
        "medianDays": 33,
      }
    `);
    expect(jobs.openAge).toMatchInlineSnapshot(`
      {
        "medianDays": 32,
        "medianPlannedDays": 89,
      }
    `);
  });

  it('recognition: per month; never thanked and not in 6 months, by name', () => {
    const { recognition } = figures;
    expect(recognition.total).toBe(3);
    expect(recognition.months.filter((m) => m.count).map((m) => `${m.month}:${m.count}`)).toEqual(['2025-07:1', '2025-12:1', '2026-02:1']);
    expect(recognition.never.map((p) => p.name)).toEqual(['Dirk Claes']);
    expect(recognition.notRecently).toEqual([{ id: 'chloe-maes', name: 'Chloé Maes', last: '2025-07-01' }]);
  });

  it('asks: 8 weeks back, this week and 7 ahead against the cap; weeks over it called out', () => {
    const { asks } = figures;
    expect(asks.cap).toBe(2);
    expect(asks.weeks).toHaveLength(16);
    expect(asks.weeks.filter((w) => w.posts || w.when === 'current').map((w) => `${w.week} ${w.when} posts ${w.posts} asked ${w.asked} most ${w.most} avg ${w.average} over ${w.overCap}`)).toMatchInlineSnapshot(`
      [
        "2026-W07 past posts 1 asked 2 most 1 avg 0.5 over 0",
        "2026-W10 current posts 3 asked 4 most 3 avg 2.25 over 2",
        "2026-W12 next posts 1 asked 1 most 1 avg 0.25 over 0",
      ]
    `);
    expect(asks.overCap.map((o) => `${o.week} ${o.name} ${o.proposals}: ${o.posts.join(' ')}`)).toMatchInlineSnapshot(`
      [
        "2026-W10 Ana Peeters 3: first-month-post tech-blog analyst-wanted",
        "2026-W10 Dirk Claes 3: first-month-post tech-blog analyst-wanted",
      ]
    `);
  });
});
