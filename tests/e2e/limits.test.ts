/**
 * Every page that shows a bounded field, built from a company whose every field is at its limit
 * (tests/helpers/longest.ts): at 320 px and at desktop width, no element sticks out of the page
 * or cuts its text off sideways. The fields are checked to be on the pages, at full length.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONGEST as L } from '../helpers/longest.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

const q = (text: string) => JSON.stringify(text);
const address = `address:\n      street: ${q(L.site.street)}\n      postalCode: ${q(L.site.postalCode)}\n      city: ${q(L.site.city)}\n      region: ${q(L.site.region)}\n      country: BE`;

/** A company whose every bounded field is at its limit. */
const FILES: Record<string, string> = {
  'site.yaml': `name: ${q(L.site.name)}
url: https://careers.longest.test
lang: en
tagline: ${q(L.site.tagline)}
description: ${q(L.site.description)}
colors:
  primary: '#0b5fff'
teams:
  - id: infra
    name: ${q(L.site.teamName)}
    description: ${q(L.site.teamDescription)}
locations:
  - id: wallonia
    name: ${q(L.site.locationName)}
    ${address}
  - id: flanders
    name: ${q(L.site.locationName.split('').reverse().join(''))}
    ${address}
comms: [longest-comms]
`,
  'themes.yaml': `- id: culture\n  label: ${q(L.themes.label)}\n  description: ${q(L.themes.description)}\n`,
  'ambassadors/marie-christine/index.md': `---
name: ${q(L.ambassadors.name)}
pronouns: ${q(L.ambassadors.pronouns)}
role: ${q(L.ambassadors.role)}
team: infra
location: wallonia
employment: employee
since: 2019-05-06
languages: [nl, fr, en, de]
photo: ./photo.jpg
photoAlt: ${q(L.ambassadors.photoAlt)}
quote: ${q(L.ambassadors.quote)}
themes: [culture]
github: mariechristine
consent:
  given: 2025-01-10
---
${L.recognition.message}
`,
  'ambassadors/jean-baptiste/index.md': `---
name: ${q([...L.ambassadors.name].reverse().join(''))}
role: ${q(L.ambassadors.role)}
team: infra
location: flanders
employment: freelancer
since: 2020-01-06
languages: [fr]
quote: ${q(L.ambassadors.quote)}
themes: [culture]
github: jeanbaptiste
consent:
  given: 2025-01-10
---
${L.stories.summary}
`,
  'stories/longest-story/index.md': `---
title: ${q(L.stories.title)}
summary: ${q(L.stories.summary)}
date: 2026-02-01
ambassadors: [marie-christine, jean-baptiste]
themes: [culture]
cover: ./cover.jpg
coverAlt: ${q(L.stories.coverAlt)}
jobs: [longest-job]
---
${L.recognition.message}
`,
  'stories/second-story/index.md': `---
title: ${q([...L.stories.title].reverse().join(''))}
summary: ${q(L.stories.summary)}
date: 2026-02-02
ambassadors: [jean-baptiste]
themes: [culture]
---
${L.stories.summary}
`,
  'jobs/longest-job.md': `---
title: ${q(L.jobs.title)}
team: infra
locations: [wallonia, flanders]
workMode: hybrid
employmentType: full-time
posted: 2026-01-05
validThrough: 2099-12-31
salary:
  min: 1250000
  max: 1999999
apply: https://jobs.longest.test/apply
ambassadors: [marie-christine, jean-baptiste]
---
${L.recognition.message}
`,
  'jobs/noted-job.md': `---
title: ${q([...L.jobs.title].reverse().join(''))}
team: infra
locations: [flanders]
workMode: remote
remoteCountries: [BE, NL, FR, DE, LU]
employmentType: part-time
posted: 2026-01-06
validThrough: 2099-12-31
salaryNote: ${q(L.jobs.salaryNote)}
apply: jobs@longest.test
---
${L.stories.summary}
`,
  'recognition/2026-02-10-longest.md': `---
ambassadors: [marie-christine, jean-baptiste]
date: 2026-02-10
title: ${q(L.recognition.title)}
from: ${q(L.recognition.from)}
---
${L.recognition.message}
`,
  'share/longest-post.md': `---
title: ${q(L.share.title)}
themes: [culture]
story: longest-story
variants:
  - ${q(L.stories.summary.slice(0, 240))}
  - ${q(L.ambassadors.quote)}
from: 2026-02-01
---
`,
};

/** Pages that show the fields, and a field each must show whole. */
const PAGES: { path: string; shows: string }[] = [
  { path: '/', shows: L.site.tagline },
  { path: '/ambassadors/', shows: L.ambassadors.name },
  { path: '/ambassadors/marie-christine/', shows: L.ambassadors.quote },
  { path: '/ambassadors/jean-baptiste/', shows: L.ambassadors.role },
  { path: '/ambassadors/team/infra/', shows: L.site.teamName },
  { path: '/stories/', shows: L.stories.summary },
  { path: '/stories/longest-story/', shows: L.stories.title },
  { path: '/themes/culture/', shows: L.themes.description },
  { path: '/teams/infra/', shows: L.site.teamDescription },
  { path: '/jobs/', shows: L.jobs.title },
  { path: '/jobs/longest-job/', shows: L.site.street },
  { path: '/jobs/noted-job/', shows: L.jobs.salaryNote },
  { path: '/recognition/', shows: L.recognition.from },
  { path: '/share/', shows: L.themes.label },
  { path: '/share/marie-christine/', shows: L.share.title },
];

const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];

/**
 * What overflows sideways: an element that sticks out of the page, a text that runs out of the
 * element holding it, or an element that cuts its content off (overflow hidden or clip, with wider
 * content). Hidden elements, visually hidden ones (clipped to 1 px for screen readers) and what
 * sits inside a container meant to scroll sideways are left alone.
 */
function findOverflowingElements(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const skipped = (el: Element): boolean => {
    for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      if (!['auto', ''].includes(style.getPropertyValue('clip')) || style.clipPath !== 'none') return true;
      if (at !== el && (style.overflowX === 'auto' || style.overflowX === 'scroll')) return true;
      if (at.classList.contains('visually-hidden') || at.classList.contains('skip-link')) return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || skipped(el)) continue;
    const style = getComputedStyle(el);
    if (box.right > width + 1 || box.left < -1) found.push(`${describe(el)} sticks out of the page (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px)`);
    else if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
      const widest = [...el.querySelectorAll('*')].sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
      found.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth} px of its content${widest ? `, up to ${describe(widest)}` : ''}`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || skipped(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const outer = parent.getBoundingClientRect();
    const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
    if (right > Math.min(outer.right, width) + 1) found.push(`${describe(parent)}: its text runs ${Math.round(right - Math.min(outer.right, width))} px past it`);
  }
  return found;
}

let dir: string;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-longest-'));
  for (const [file, text] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  }
  await sharp({ create: { width: 600, height: 600, channels: 3, background: '#a04030' } }).jpeg().toFile(path.join(dir, 'ambassadors/marie-christine/photo.jpg'));
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#305080' } }).jpeg().toFile(path.join(dir, 'stories/longest-story/cover.jpg'));
  ({ browser, server } = await openSiteInBrowser(dir, { now: '2026-03-01', what: 'The longest-values site' }));
}, 900_000);

afterAll(async () => {
  await closeSiteInBrowser({ browser, server });
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe.each(VIEWS)('every field at its limit, $name', (view) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: view.viewport, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('$path shows its fields whole, and nothing overflows sideways', async ({ path: pagePath, shows }) => {
    const response = await page.goto(server.origin + pagePath, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text, `${pagePath} shows the value whole`).toContain(shows.replace(/\s+/g, ' '));
    expect(await page.evaluate(findOverflowingElements)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  }, 60_000);

  it('would notice an element that sticks out (so the checks above can fail)', async () => {
    await page.goto(server.origin + '/', { waitUntil: 'load' });
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.whiteSpace = 'nowrap';
      wide.textContent = 'Infrastructuurmonitoringsverantwoordelijke '.repeat(20);
      document.querySelector('main')!.append(wide);
    });
    expect((await page.evaluate(findOverflowingElements)).length).toBeGreaterThan(0);
  });
});
