/**
 * A site under a path (https://fixture.github.io/careers, as GitHub Pages serves a project site):
 * the three-language fixture with that url, built once. No link, asset, card, feed, sitemap entry,
 * canonical, alternate or JSON-LD URL may leave the base path.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { findTags } from '../helpers/html.ts';
import { makeSubpathContent, SUBPATH_BASE, SUBPATH_URL } from '../helpers/subpath.ts';

const BASE = SUBPATH_BASE;

let site: BuiltSite;
let content: string;
const texts = new Map<string, string>();

beforeAll(async () => {
  content = await makeSubpathContent();
  site = await buildSite(content, { now: '2026-03-01' });
  if (site.code !== 0) throw new Error(`The sub-path site did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  for (const file of await site.files()) if (/\.(html|xml|json|txt|css|js)$/.test(file)) texts.set(file, await site.read(file));
});

afterAll(async () => {
  await fs.rm(content, { recursive: true, force: true });
});

/** Every URL an HTML page names: href, src, srcset, content, action, and the URLs inside JSON-LD and inline data. */
function urlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const tag of ['a', 'link', 'img', 'script', 'source', 'meta', 'form', 'iframe']) {
    for (const attrs of findTags(html, tag)) {
      for (const key of ['href', 'src', 'action', 'content']) if (attrs[key]) urls.push(attrs[key]!);
      if (attrs.srcset) urls.push(...attrs.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    }
  }
  for (const m of html.matchAll(/https?:\/\/fixture\.github\.io[^"'\s<>)\\]*/g)) urls.push(m[0]);
  return urls;
}

describe('a site under a path', () => {
  it('writes the output folder as usual: the host serves it under the path', async () => {
    expect(await site.exists('index.html')).toBe(true);
    expect(await site.exists('nl/stories/first-day/index.html')).toBe(true);
    expect(await site.exists('careers/index.html')).toBe(false);
  });

  it('keeps every root-relative URL and every absolute URL of the site under the base path', () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const [file, text] of texts) {
      const urls = file.endsWith('.html') ? urlsOf(text) : [...text.matchAll(/https?:\/\/fixture\.github\.io[^"'\s<>)\\]*/g)].map((m) => m[0]);
      for (const url of urls) {
        checked++;
        if (url.startsWith('/') && !url.startsWith('//') && url !== BASE && !url.startsWith(`${BASE}/`)) leaks.push(`${file}: ${url}`);
        if (url.startsWith('https://fixture.github.io') && !url.startsWith(`https://fixture.github.io${BASE}/`)) leaks.push(`${file}: ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(leaks).toEqual([]);
  });

  it('names the site under its path in canonicals, alternates, cards, feeds, the sitemap, robots.txt and /jobs.json', () => {
    const story = texts.get('nl/stories/first-day/index.html')!;
    expect(findTags(story, 'link').find((l) => l.rel === 'canonical')?.href).toBe(`${SUBPATH_URL}/nl/stories/first-day/`);
    expect(findTags(story, 'link').filter((l) => l.hreflang).map((l) => l.href)).toContain(`${SUBPATH_URL}/en/stories/first-day/`);
    expect(findTags(story, 'meta').find((m) => m.property === 'og:image')?.content).toBe(`${SUBPATH_URL}/og/nl/stories/first-day.png`);
    expect(texts.get('nl/rss.xml')).toContain(`<link>${SUBPATH_URL}/nl/stories/first-day/</link>`);
    expect(texts.get('sitemap-0.xml')).toContain(`<loc>${SUBPATH_URL}/nl/stories/first-day/</loc>`);
    expect(texts.get('robots.txt')).toContain(`Sitemap: ${SUBPATH_URL}/sitemap-index.xml`);
    expect(texts.get('sitemap-index.xml')).toContain(`${SUBPATH_URL}/sitemap-0.xml`);
    expect(JSON.parse(texts.get('jobs.json')!).jobs[0].url).toMatch(new RegExp(`^${SUBPATH_URL}/`));
  });
});
