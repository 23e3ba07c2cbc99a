import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TODAY, generateContent, type GeneratedContent } from '../../scripts/bench/generate-content.ts';
import { writeContent } from '../../scripts/bench/write-content-fs.ts';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

/** A size-50 benchmark site, built once, as `npm run bench` builds it (only smaller). */
let content: GeneratedContent;
let contentDir: string;
let site: BuiltSite;

beforeAll(async () => {
  contentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-bench-small-'));
  // Seed 23 gives hidden people and stories, a closed and a scheduled job, and a live share post.
  content = generateContent({ size: 50, seed: 23 });
  await writeContent(content, contentDir);
  site = await buildSite(contentDir, { now: BENCH_TODAY });
});

afterAll(async () => {
  await fs.rm(contentDir, { recursive: true, force: true });
  if (site) await fs.rm(path.dirname(site.outDir), { recursive: true, force: true });
});

describe('a generated size-50 site', () => {
  it('builds', () => {
    expect(site.code, site.output.split('\n').slice(-30).join('\n')).toBe(0);
  });

  it('has about the expected number of pages', async () => {
    const p = content.published;
    // A page per published ambassador (and their share page), story and listed job, plus the home page.
    const floor = 2 * p.ambassadors.length + p.stories.length + p.openJobs.length + p.closedJobs.length + 1;
    const pages = (await site.files()).filter((f) => f.endsWith('.html')).length;
    expect(pages).toBeGreaterThanOrEqual(floor);
    expect(pages).toBeLessThanOrEqual(2 * floor + 100);
  });

  it('publishes exactly the published people, stories and jobs', async () => {
    const p = content.published;
    expect([p.hiddenAmbassadors, p.hiddenStories, p.closedJobs, p.scheduledJobs].map((l) => l.length > 0)).toEqual([true, true, true, true]);
    const has = (file: string) => site.exists(file);
    for (const id of p.ambassadors) expect(await has(`ambassadors/${id}/index.html`), id).toBe(true);
    for (const id of p.hiddenAmbassadors) expect(await has(`ambassadors/${id}/index.html`), id).toBe(false);
    for (const id of p.stories) expect(await has(`stories/${id}/index.html`), id).toBe(true);
    for (const id of p.hiddenStories) expect(await has(`stories/${id}/index.html`), id).toBe(false);
    for (const id of [...p.openJobs, ...p.closedJobs]) expect(await has(`jobs/${id}/index.html`), id).toBe(true);
    for (const id of p.scheduledJobs) expect(await has(`jobs/${id}/index.html`), id).toBe(false);
  });

  it('has a card for every published story and ambassador: a JPEG for a person with a photo', async () => {
    const p = content.published;
    for (const id of p.stories) expect(await site.exists(`og/stories/${id}.png`), id).toBe(true);
    const withPhoto = new Set(content.files.filter((f) => /^ambassadors\/[^/]+\/index\.md$/.test(f.path) && 'text' in f && /^photo: /m.test(f.text)).map((f) => f.path.split('/')[1]));
    expect(withPhoto.size).toBeGreaterThan(0);
    for (const id of p.ambassadors) expect(await site.exists(`og/ambassadors/${id}.${withPhoto.has(id) ? 'jpg' : 'png'}`), id).toBe(true);
  });
});
