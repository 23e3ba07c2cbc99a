/**
 * The website of issue 3 over the fixture site (tests/fixtures/site, built once with today =
 * 2026-03-01): which pages exist and which must not, job structured data, feeds, sitemap, and what
 * every page carries in its head.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { findJobPostingProblems } from '../helpers/job-posting.ts';
import { asList, elementHtml, findScripts, findTags, isType, jsonLd, linkHref, linkPaths, meta, nodesOfType, pageTitle, textOf, type LdNode } from '../helpers/html.ts';

const FIXTURE = 'tests/fixtures/site';
const ORIGIN = 'https://careers.fixture.test';
const TODAY = '2026-03-01';

const AMBASSADORS = ['ana-peeters', 'bram-de-smet', 'chloe-martin'];
/** Published stories, newest first. */
const STORIES = ['script-title', 'interviews-in-french', 'first-day'];
/** Open jobs, newest posted first; hybrid-recruiter closes today and is still open. */
const OPEN_JOBS = ['hybrid-recruiter', 'remote-data-analyst', 'backend-engineer'];
const CLOSED_JOB = 'closed-cartographer';
const THEMES = ['culture', 'tech', 'hiring'];
const TEAMS = ['engineering', 'people'];
const SCRIPT_TITLE = 'Tools & tricks </script><script>alert(1)</script>';

/** What must appear nowhere in the output: not in any file's name, not in any text file. */
const UNPUBLISHED = [
  { why: 'withdrawn ambassador', words: ['Walter Vanhove', 'walter-vanhove', 'waltervanhove', 'Withdrawn-quote-marker'] },
  { why: 'paused ambassador', words: ['Pauline Pauwels', 'pauline-pauwels', 'paulinepauwels', 'Paused-quote-marker'] },
  { why: 'ambassador without consent', words: ['Nina Nocons', 'nina-nocons', 'ninanocons'] },
  { why: 'draft story', words: ['Draft Dragonfly', 'draft-dragonfly', 'Draft-body-marker'] },
  { why: 'future story', words: ['Future Falcon', 'future-falcon', 'Future-body-marker'] },
  { why: 'story whose only ambassador withdrew', words: ['Orphaned Otter', 'orphaned-otter', 'Orphan-body-marker'] },
  { why: 'scheduled job', words: ['Scheduled Falconer', 'scheduled-falconer', 'Scheduled-body-marker'] },
  { why: 'expired share post', words: ['Expired Eel', 'expired-eel', 'Expired-variant-marker'] },
];
/** Photos of people who are not published: no file of the output may carry their bytes. */
const UNPUBLISHED_PHOTOS = ['ambassadors/walter-vanhove/walter-vanhove.jpg', 'ambassadors/pauline-pauwels/photo.jpg', 'ambassadors/nina-nocons/photo.jpg'];

/**
 * Every file of the one-language fixture's output outside _astro/, as before sites had several
 * languages: its URLs must not change (but the cards with a photo panel are JPEGs).
 */
const ONE_LANGUAGE_FILES = [
  '404.html',
  'ambassadors/ana-peeters/index.html',
  'ambassadors/bram-de-smet/index.html',
  'ambassadors/chloe-martin/index.html',
  'ambassadors/employment/employee/index.html',
  'ambassadors/employment/freelancer/index.html',
  'ambassadors/employment/intern/index.html',
  'ambassadors/index.html',
  'ambassadors/language/en/index.html',
  'ambassadors/language/fr/index.html',
  'ambassadors/language/nl/index.html',
  'ambassadors/location/brussels/index.html',
  'ambassadors/location/ghent/index.html',
  'ambassadors/team/engineering/index.html',
  'ambassadors/team/people/index.html',
  'favicon.svg',
  'index.html',
  'jobs.json',
  'jobs/backend-engineer/index.html',
  'jobs/closed-cartographer/index.html',
  'jobs/hybrid-recruiter/index.html',
  'jobs/index.html',
  'jobs/location/brussels/index.html',
  'jobs/location/ghent/index.html',
  'jobs/remote-data-analyst/index.html',
  'jobs/rss.xml',
  'jobs/team/engineering/index.html',
  'jobs/team/people/index.html',
  'jobs/work-mode/hybrid/index.html',
  'jobs/work-mode/onsite/index.html',
  'jobs/work-mode/remote/index.html',
  'og/ambassadors/ana-peeters.jpg',
  'og/ambassadors/bram-de-smet.jpg',
  'og/ambassadors/chloe-martin.png',
  'og/jobs/backend-engineer.png',
  'og/jobs/closed-cartographer.png',
  'og/jobs/hybrid-recruiter.png',
  'og/jobs/remote-data-analyst.png',
  'og/share/backend-engineer.png',
  'og/share/first-day.jpg',
  'og/site.png',
  'og/stories/first-day.png',
  'og/stories/interviews-in-french.png',
  'og/stories/script-title.png',
  'privacy/index.html',
  'recognition/index.html',
  'robots.txt',
  'rss.xml',
  'search/index.html',
  'share/ana-peeters/feed.xml',
  'share/ana-peeters/index.html',
  'share/bram-de-smet/feed.xml',
  'share/bram-de-smet/index.html',
  'share/chloe-martin/feed.xml',
  'share/chloe-martin/index.html',
  'share/index.html',
  'sitemap-0.xml',
  'sitemap-index.xml',
  'stories/first-day/index.html',
  'stories/index.html',
  'stories/interviews-in-french/index.html',
  'stories/script-title/index.html',
  'teams/engineering/index.html',
  'teams/index.html',
  'teams/people/index.html',
  'themes/culture/index.html',
  'themes/culture/rss.xml',
  'themes/hiring/index.html',
  'themes/hiring/rss.xml',
  'themes/index.html',
  'themes/tech/index.html',
  'themes/tech/rss.xml',
];

const TEXT_FILE = /\.(html|xml|json|txt|js|mjs|css|svg|webmanifest|map)$/;

let site: BuiltSite;
let files: string[];
/** Every text file of the output, by path. */
const texts = new Map<string, string>();
/** Every HTML page, by path. */
const pages = new Map<string, string>();

beforeAll(async () => {
  site = await buildSite(FIXTURE, { now: TODAY });
  if (site.code !== 0) throw new Error(`The fixture site did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
  files = (await site.files()).sort();
  for (const file of files.filter((f) => TEXT_FILE.test(f))) {
    const text = await site.read(file);
    texts.set(file, text);
    if (file.endsWith('.html')) pages.set(file, text);
  }
});

/** The HTML of a page by its site path, e.g. "/jobs/"; fails the test when the page is missing. */
function page(sitePath: string): string {
  const file = fileOf(sitePath);
  const html = pages.get(file);
  if (html === undefined) throw new Error(`${sitePath} was not built (no ${file} in the output)`);
  return html;
}

function fileOf(sitePath: string): string {
  return sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
}

/** The site path of an output file: "jobs/index.html" → "/jobs/". */
function sitePathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The set of internal link targets of a page, as site paths without query or fragment. */
function linksOf(html: string): Set<string> {
  return new Set(linkPaths(html, ORIGIN).filter((h) => h.startsWith('/')).map((h) => h.replace(/[?#].*$/, '')));
}

function isNoindex(html: string): boolean {
  return /\bnoindex\b/i.test(meta(html, 'robots') ?? '');
}

function parseXml(text: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
}

/** The items of an RSS 2.0 feed, after checking that it is well-formed RSS 2.0. */
function rssItems(file: string): { title: string; link: string; guid?: unknown; description?: string }[] {
  const text = texts.get(file);
  if (text === undefined) throw new Error(`${file} was not built`);
  expect(XMLValidator.validate(text), `${file} is not well-formed XML`).toBe(true);
  const rss = parseXml(text).rss;
  expect(rss?.['@version'], `${file} is not RSS 2.0`).toBe('2.0');
  expect(rss.channel.link, `${file}: channel link`).toMatch(new RegExp(`^${ORIGIN}/`));
  return asList(rss.channel.item);
}

function jobPostings(sitePath: string): LdNode[] {
  return nodesOfType(jsonLd(page(sitePath)), 'JobPosting');
}


describe('a site in one language', () => {
  it('keeps every URL it had before sites could have several languages: no language in any path', () => {
    // The search index's files are named by their content; its script is at /pagefind/ as on any site.
    expect(files.filter((f) => !f.startsWith('_astro/') && !f.startsWith('pagefind/'))).toEqual(ONE_LANGUAGE_FILES);
    expect(files).toContain('pagefind/pagefind.js');
  });
});

describe('the fixture', () => {
  it('passes the checker with only the warnings it is built to raise', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile('npx', ['tsx', 'scripts/check.ts', '--format', 'json'], { env: { ...process.env, VAANDEL_CONTENT: FIXTURE, VAANDEL_NOW: TODAY } }, (error, stdout) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout }),
      ),
    );
    const findings = (JSON.parse(stdout) as { file: string; field: string; severity: string }[]).map((f) => `${f.severity} ${f.file.replace(`${FIXTURE}/`, '')} ${f.field}`);
    expect({ code, findings }).toEqual({
      code: 0,
      findings: [
        'warning ambassadors/nina-nocons/index.md consent',
        // They name a colleague whose profile is withdrawn or without consent: the pages leave them out.
        'warning jobs/backend-engineer.md ambassadors[1]',
        'warning jobs/closed-cartographer.md validThrough',
        'warning jobs/scheduled-falconer.md posted',
        'warning stories/first-day/index.md ambassadors[1]',
        'warning stories/orphaned-otter/index.md ambassadors',
      ],
    });
  });
});

describe('pages that exist', () => {
  it('builds every page of DESIGN §4 for what is published', () => {
    const expected = [
      '/',
      '/ambassadors/',
      ...AMBASSADORS.map((a) => `/ambassadors/${a}/`),
      '/stories/',
      ...STORIES.map((s) => `/stories/${s}/`),
      '/themes/',
      ...THEMES.map((t) => `/themes/${t}/`),
      '/teams/',
      ...TEAMS.map((t) => `/teams/${t}/`),
      '/jobs/',
      ...OPEN_JOBS.map((j) => `/jobs/${j}/`),
      `/jobs/${CLOSED_JOB}/`,
      '/recognition/',
      '/privacy/',
      '/404.html',
    ];
    const missing = expected.filter((p) => !pages.has(fileOf(p)));
    expect(missing).toEqual([]);
  });

  it('writes the feeds, the job feed, the sitemap and robots.txt', () => {
    const expected = ['rss.xml', 'jobs/rss.xml', ...THEMES.map((t) => `themes/${t}/rss.xml`), 'jobs.json', 'robots.txt', 'sitemap-index.xml'];
    expect(expected.filter((f) => !files.includes(f))).toEqual([]);
  });

  it('builds the share kit and a personal share page for each published ambassador', () => {
    const expected = ['/share/', ...AMBASSADORS.map((a) => `/share/${a}/`)];
    expect(expected.filter((p) => !pages.has(fileOf(p)))).toEqual([]);
  });

  it('builds no page for withdrawn, paused or unconsented people, drafts, future or orphaned stories and scheduled jobs', () => {
    const forbidden = [
      ...['walter-vanhove', 'pauline-pauwels', 'nina-nocons'].flatMap((a) => [`/ambassadors/${a}/`, `/share/${a}/`]),
      ...['draft-dragonfly', 'future-falcon', 'orphaned-otter'].map((s) => `/stories/${s}/`),
      '/jobs/scheduled-falconer/',
    ];
    expect(forbidden.filter((p) => pages.has(fileOf(p)))).toEqual([]);
  });

  it('leaves no trace of unpublished people, stories, jobs and posts in any file name or text', () => {
    const leaks: string[] = [];
    for (const { why, words } of UNPUBLISHED) {
      for (const word of words) {
        for (const file of files) if (file.toLowerCase().includes(word.toLowerCase())) leaks.push(`${why}: file name ${file}`);
        for (const [file, text] of texts) if (text.includes(word)) leaks.push(`${why}: "${word}" in ${file}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('does not copy the photos of unpublished people into the output', async () => {
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const secret = new Map<string, string>();
    for (const photo of UNPUBLISHED_PHOTOS) secret.set(digest(await fs.readFile(path.join(FIXTURE, photo))), photo);
    const copies: string[] = [];
    for (const file of files.filter((f) => /\.(jpe?g|png|webp|avif)$/i.test(f))) {
      const photo = secret.get(digest(await fs.readFile(path.join(site.outDir, file))));
      if (photo) copies.push(`${file} is a copy of ${photo}`);
    }
    expect(copies).toEqual([]);
  });

  it('lists every published ambassador, story and open job on its listing page', () => {
    const missing = (sitePath: string, targets: string[]) => targets.filter((t) => !linksOf(page(sitePath)).has(t));
    expect(missing('/ambassadors/', AMBASSADORS.map((a) => `/ambassadors/${a}/`))).toEqual([]);
    expect(missing('/stories/', STORIES.map((s) => `/stories/${s}/`))).toEqual([]);
    expect(missing('/jobs/', OPEN_JOBS.map((j) => `/jobs/${j}/`))).toEqual([]);
  });

  it('shows the team, its people, stories and open jobs on a team page', () => {
    const engineering = linksOf(page('/teams/engineering/'));
    for (const target of ['/ambassadors/ana-peeters/', '/ambassadors/chloe-martin/', '/stories/first-day/', '/jobs/backend-engineer/', '/jobs/remote-data-analyst/']) {
      expect(engineering, `/teams/engineering/ links to ${target}`).toContain(target);
    }
    expect(engineering).not.toContain('/ambassadors/bram-de-smet/');
    expect(engineering).not.toContain('/jobs/hybrid-recruiter/');
    const people = linksOf(page('/teams/people/'));
    expect(people).toContain('/ambassadors/bram-de-smet/');
    expect(people).toContain('/jobs/hybrid-recruiter/');
  });

  it("shows an ambassador's stories, the open jobs they can be asked about and the thank-yous they received", () => {
    const html = page('/ambassadors/ana-peeters/');
    const links = linksOf(html);
    expect(links).toContain('/stories/first-day/');
    expect(links).toContain('/jobs/backend-engineer/');
    expect(textOf(html)).toContain('Thank you for mentoring our interns');
    expect(textOf(html)).toContain('I came for the code and stayed for the people.');
    expect(findTags(html, 'a').map((a) => a.href)).toContain('https://www.linkedin.com/in/anapeeters');
  });

  it("shows a theme's stories and the open jobs they lead to, never the ambassadors' share texts", () => {
    const tech = linksOf(page('/themes/tech/'));
    expect(tech).toContain('/stories/script-title/');
    expect(tech).toContain('/stories/interviews-in-french/');
    expect(tech).not.toContain('/stories/first-day/');
    expect(tech).toContain('/jobs/remote-data-analyst/');
    // Culture: first-day names backend-engineer (open) and closed-cartographer (closed); its share post is the kit's.
    const culture = page('/themes/culture/');
    expect(linksOf(elementHtml(culture, 'main')!)).toContain('/jobs/backend-engineer/');
    expect(linksOf(elementHtml(culture, 'main')!)).not.toContain('/share/');
    expect(textOf(culture)).not.toContain("Share Ana's first day");
    expect(textOf(culture)).not.toContain('Ana tells it');
    // Hiring: a story's job and the job its share post links to, newest first.
    expect([...linksOf(elementHtml(page('/themes/hiring/'), 'main')!)].filter((l) => l.startsWith('/jobs/') && l !== '/jobs/')).toEqual(['/jobs/remote-data-analyst/', '/jobs/backend-engineer/']);
  });

  it('gives teams and themes an index page: a card linking to each, with what it is and holds', () => {
    const teams = page('/teams/');
    expect([...linksOf(elementHtml(teams, 'main')!)].filter((l) => l.startsWith('/teams/') && l !== '/teams/')).toEqual(TEAMS.map((t) => `/teams/${t}/`));
    expect(textOf(teams)).toContain('We build and run the products our customers rely on.');
    expect(textOf(teams)).toMatch(/Engineering.*2 ambassadors.*2 open jobs/);
    expect(textOf(teams)).toMatch(/People & Culture.*1 ambassador\b.*1 open job\b/);
    const themes = page('/themes/');
    expect([...linksOf(elementHtml(themes, 'main')!)].filter((l) => l.startsWith('/themes/') && l !== '/themes/').sort()).toEqual(THEMES.map((t) => `/themes/${t}/`).sort());
    expect(textOf(themes)).toMatch(/Tech.*2 stories/);
    // The header leads to the teams, the footer to both, and a team page back to its index.
    expect(linksOf(elementHtml(page('/jobs/'), 'header')!)).toContain('/teams/');
    for (const index of ['/teams/', '/themes/']) expect(linksOf(elementHtml(page('/jobs/'), 'footer')!), index).toContain(index);
    expect(linksOf(page('/teams/people/'))).toContain('/teams/');
  });

  it('renders the MDX components of a story without imports', () => {
    const html = page('/stories/interviews-in-french/');
    expect(textOf(html)).toContain('Nobody should fail an interview because of the language it is held in.');
    expect(textOf(html)).toContain('Before your interview');
    expect(html).not.toMatch(/<(PullQuote|Callout)\b/);
  });

  it('puts the recognition wall newest first, without people who opted out of it', () => {
    const wall = textOf(page('/recognition/'));
    expect(wall).toContain('Thank you for mentoring our interns');
    expect(wall.indexOf('Thank you for mentoring our interns')).toBeLessThan(wall.indexOf('Hackathon winners'));
    expect(wall).not.toContain("Bram's hundred days");
    expect(wall).not.toContain('Wall-opt-out-marker');
    expect(textOf(page('/ambassadors/bram-de-smet/'))).toContain("Bram's hundred days");
  });

  it('names someone who opted out of the wall only on their own page, not beside colleagues thanked with them', () => {
    const card = (html: string) => textOf(html.slice(html.indexOf('Hackathon winners'), html.indexOf('</article>', html.indexOf('Hackathon winners'))));
    for (const where of ['/recognition/', '/', '/ambassadors/ana-peeters/']) {
      const hackathon = card(page(where));
      expect(hackathon, where).toContain('Ana Peeters');
      expect(hackathon, where).not.toContain('Bram');
    }
    expect(card(page('/ambassadors/bram-de-smet/'))).toContain('Bram De Smet');
  });
});

describe('jobs', () => {
  const closed = () => page(`/jobs/${CLOSED_JOB}/`);

  it('keeps the page of a closed job, with noindex, a notice, the team’s open jobs and no JobPosting', () => {
    expect(isNoindex(closed())).toBe(true);
    expect(jobPostings(`/jobs/${CLOSED_JOB}/`)).toEqual([]);
    expect(textOf(elementHtml(closed(), 'main') ?? '')).toMatch(/this position is closed/i);
    const links = linksOf(closed());
    expect(links).toContain('/jobs/backend-engineer/');
    expect(links).toContain('/jobs/remote-data-analyst/');
  });

  it('shows on each job card the salary range when there is one, and the posting date', () => {
    const cards = jobCards(page('/jobs/'));
    expect(textOf(cards.get('/jobs/backend-engineer/')!)).toMatch(/€52,000 – €64,000 per year.*Posted February 1, 2026/);
    expect(findTags(cards.get('/jobs/backend-engineer/')!, 'time')[0]?.datetime).toBe('2026-02-01');
    expect(textOf(cards.get('/jobs/remote-data-analyst/')!)).toContain('Posted February 10, 2026');
    expect(textOf(cards.get('/jobs/remote-data-analyst/')!)).not.toMatch(/Salary|€/);
    // The same cards on a team page and a profile.
    expect(textOf(jobCards(page('/teams/engineering/')).get('/jobs/backend-engineer/')!)).toContain('€52,000 – €64,000 per year');
  });

  it('puts the salary and a summary under the title: the facts and the apply button before the description and the share buttons', () => {
    const text = textOf(elementHtml(page('/jobs/backend-engineer/'), 'main')!);
    const at = (words: string) => {
      const index = text.indexOf(words);
      expect(index, `"${words}" on the page`).toBeGreaterThan(-1);
      return index;
    };
    const order = ['Backend engineer', 'Salary: €52,000 – €64,000 per year', 'At a glance', 'Engineering', 'Ghent', 'On-site', 'Full-time', 'Apply by', 'April 30, 2026', 'Apply now', 'About the role', 'You build and run the services', 'Share this job', 'Job details', 'Korenmarkt 1'];
    expect(order.map(at)).toEqual(order.map(at).toSorted((a, b) => a - b));
  });

  it("lets a description's own headings lead, and heads one without them \"About the role\"", () => {
    const headings = (html: string) => [...elementHtml(html, 'main')!.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${textOf(m[2]!)}`);
    expect(headings(page('/jobs/hybrid-recruiter/')).slice(0, 5)).toEqual(['h1 Hybrid recruiter', 'h2 At a glance', 'h2 About the team', 'h2 The role', 'h2 Share this job']);
    expect(headings(page('/jobs/backend-engineer/')).slice(0, 4)).toEqual(['h1 Backend engineer', 'h2 At a glance', 'h2 About the role', 'h2 What you will do']);
  });

  it("shows a colleague's own contact route, and no recruiting contact where site.yaml has none", () => {
    const analyst = page('/jobs/remote-data-analyst/');
    const ask = findTags(elementHtml(analyst, 'main')!, 'a').find((a) => a.href?.startsWith('mailto:chloe.martin@'));
    expect(ask?.href).toBe('mailto:chloe.martin@fixture.test?subject=Remote%20data%20analyst');
    expect(textOf(analyst)).toContain('Ask Chloé Martin by e-mail');
    expect(findTags(page('/ambassadors/chloe-martin/'), 'a').some((a) => a.href === 'mailto:chloe.martin@fixture.test')).toBe(true);
    // Ana gave no route and the fixture no recruiting team: her cards and profile link to nothing else.
    const backend = page('/jobs/backend-engineer/');
    expect(textOf(backend)).not.toMatch(/Ask Ana Peeters (on|by)|recruiting team/);
    expect(textOf(page('/ambassadors/ana-peeters/'))).not.toMatch(/Ask Ana Peeters (on|by)|recruiting team/);
  });

  it('names a closed job only on its own page: not in listings, feeds, the sitemap, jobs.json, stories or profiles', () => {
    const mentions = [...texts].filter(([, text]) => text.includes(CLOSED_JOB) || text.includes('Senior Cartographer')).map(([file]) => file);
    expect(mentions).toEqual([`jobs/${CLOSED_JOB}/index.html`]);
  });

  it('indexes open job pages', () => {
    expect(OPEN_JOBS.filter((j) => isNoindex(page(`/jobs/${j}/`)))).toEqual([]);
  });

  it('puts JobPosting markup on open job pages only, once each', () => {
    const counts: Record<string, number> = {};
    for (const [file, html] of pages) {
      const n = nodesOfType(jsonLd(html), 'JobPosting').length;
      if (n) counts[sitePathOf(file)] = n;
    }
    expect(counts).toEqual(Object.fromEntries(OPEN_JOBS.map((j) => [`/jobs/${j}/`, 1])));
  });

  it('gives every open job all of Google’s required JobPosting properties', () => {
    const problems = OPEN_JOBS.flatMap((j) => {
      const [posting] = jobPostings(`/jobs/${j}/`);
      return posting ? findJobPostingProblems(posting).map((x) => `${j}: ${x}`) : [`${j}: no JobPosting`];
    });
    expect(problems).toEqual([]);
  });

  it('describes an open on-site job with its address, salary, dates and identifier', () => {
    const [job] = jobPostings('/jobs/backend-engineer/');
    expect(job).toBeDefined();
    expect(job!['@context']).toMatch(/^https?:\/\/schema\.org\/?$/);
    expect(job!.title).toBe('Backend engineer');
    expect(job!.description).toMatch(/<p>You build and run the services behind our booking product/);
    expect(job!.description).toMatch(/<li>Design APIs with the product team\.<\/li>/);
    expect(String(job!.datePosted)).toMatch(/^2026-02-01/);
    expect(String(job!.validThrough)).toMatch(/^2026-04-30/);
    expect(job!.employmentType).toBe('FULL_TIME');
    expect(job!.jobLocationType).toBeUndefined();
    expect(asList(job!.jobLocation as LdNode[]).map((place) => place.address)).toEqual([
      expect.objectContaining({ '@type': 'PostalAddress', streetAddress: 'Korenmarkt 1', postalCode: '9000', addressLocality: 'Ghent', addressRegion: 'East Flanders', addressCountry: 'BE' }),
    ]);
    expect(job!.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 52000, maxValue: 64000, unitText: 'YEAR' } });
    expect(job!.identifier).toMatchObject({ '@type': 'PropertyValue', value: 'backend-engineer' });
    expect(job!.directApply).toBe(true);
    expect(job!.hiringOrganization).toMatchObject({ name: 'Fixture & Co', logo: expect.stringMatching(new RegExp(`^${ORIGIN}/`)) });
  });

  it('describes a fully remote job as TELECOMMUTE with the countries applicants may live in', () => {
    const [job] = jobPostings('/jobs/remote-data-analyst/');
    expect(job).toBeDefined();
    expect(job!.jobLocationType).toBe('TELECOMMUTE');
    const countries = asList(job!.applicantLocationRequirements as LdNode[]);
    expect(countries.every((c) => isType(c, 'Country'))).toBe(true);
    expect(countries.map((c) => c.name).sort()).toEqual(['BE', 'NL']);
    expect(job!.employmentType).toBe('CONTRACTOR');
    expect(job!.baseSalary).toBeUndefined();
    expect(job!.directApply).not.toBe(true);
  });

  it('describes a hybrid job with the address of each of its locations', () => {
    const [job] = jobPostings('/jobs/hybrid-recruiter/');
    expect(job).toBeDefined();
    const cities = asList(job!.jobLocation as LdNode[]).map((place) => (place.address as LdNode).addressLocality);
    expect(cities.sort()).toEqual(['Brussels', 'Ghent']);
    expect(String(job!.validThrough)).toMatch(/^2026-03-01/);
    expect(job!.employmentType).toBe('PART_TIME');
  });

  it('shows on the page what the JobPosting says', () => {
    for (const slug of OPEN_JOBS) {
      const html = page(`/jobs/${slug}/`);
      const [job] = jobPostings(`/jobs/${slug}/`);
      expect(textOf(elementHtml(html, 'h1') ?? ''), slug).toBe(job!.title);
      expect(textOf(html), slug).toContain(textOf(String(job!.description)).slice(0, 60));
    }
  });

  it('lists exactly the open jobs in /jobs.json, with absolute links', () => {
    const data = JSON.parse(texts.get('jobs.json') ?? 'null');
    const list: unknown[] = Array.isArray(data) ? data : data?.jobs;
    expect(Array.isArray(list), 'jobs.json is a list, or an object with a "jobs" list').toBe(true);
    expect(list).toHaveLength(OPEN_JOBS.length);
    const json = JSON.stringify(list);
    for (const slug of OPEN_JOBS) expect(json).toContain(`${ORIGIN}/jobs/${slug}/`);
  });
});

describe('structured data and escaping', () => {
  it('describes the company as an Organization on the home page', () => {
    const [org] = nodesOfType(jsonLd(page('/')), 'Organization');
    expect(org).toMatchObject({ name: 'Fixture & Co', url: expect.stringMatching(new RegExp(`^${ORIGIN}/?$`)), logo: expect.stringMatching(new RegExp(`^${ORIGIN}/`)) });
  });

  it('describes a story as an Article by its published ambassadors only', () => {
    const [article] = nodesOfType(jsonLd(page('/stories/first-day/')), 'Article', 'BlogPosting', 'NewsArticle');
    expect(article).toBeDefined();
    expect(article!.headline).toBe('My first day at Fixture & Co');
    expect(String(article!.datePublished)).toMatch(/^2026-01-12/);
    expect(asList(article!.author as LdNode[]).map((a) => a.name)).toEqual(['Ana Peeters']);
    expect(asList(article!.image as string[]).every((src) => src.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it('describes an ambassador as a ProfilePage about a Person', () => {
    const nodes = jsonLd(page('/ambassadors/ana-peeters/'));
    const [profile] = nodesOfType(nodes, 'ProfilePage');
    expect(profile).toBeDefined();
    const main = profile!.mainEntity as LdNode | undefined;
    const person = isType(main, 'Person') ? main : nodesOfType(nodes, 'Person')[0];
    expect(person).toMatchObject({ name: 'Ana Peeters', jobTitle: 'Backend engineer' });
  });

  it('keeps a title containing </script> inside its JSON-LD, its attributes and its text', () => {
    const html = page('/stories/script-title/');
    const [article] = nodesOfType(jsonLd(html), 'Article', 'BlogPosting', 'NewsArticle');
    expect(article!.headline).toBe(SCRIPT_TITLE);
    expect(meta(html, 'og:title')).toContain(SCRIPT_TITLE);
    expect(pageTitle(html)).toContain(SCRIPT_TITLE);
    expect(textOf(elementHtml(html, 'h1') ?? '')).toBe(SCRIPT_TITLE);
  });

  it('never writes a content field as live markup in any page or feed', () => {
    expect([...texts.keys()].filter((f) => texts.get(f)!.includes('alert(1)'))).toEqual(expect.arrayContaining(['stories/script-title/index.html', 'rss.xml']));
    // A live injection is a script element of its own; inside a quoted attribute or escaped text the same characters are inert.
    const injected = [...pages].filter(([, html]) => findScripts(html).some((script) => /^\s*alert\(/.test(script.text))).map(([file]) => file);
    const feeds = [...texts].filter(([file, text]) => file.endsWith('.xml') && /<script>alert\(/.test(text)).map(([file]) => file);
    expect(injected).toEqual([]);
    expect(feeds).toEqual([]);
  });

  it('ships no JavaScript on ambassador and closed job pages, and on stories and open jobs only the small share-button script', async () => {
    const scriptsOf = (p: string) =>
      findScripts(page(p))
        .filter((s) => s.type !== 'application/ld+json')
        .map((s) => (s.src ? `src=${s.src}` : `inline:${s.text.slice(0, 40)}`));
    const none = [...AMBASSADORS.map((a) => `/ambassadors/${a}/`), `/jobs/${CLOSED_JOB}/`].flatMap((p) => scriptsOf(p).map((s) => `${p}: ${s}`));
    expect(none).toEqual([]);
    // Issue 4: share buttons are plain links; one script only adds copy-to-clipboard and "copied" messages.
    const withShare = [...STORIES.map((s) => `/stories/${s}/`), ...OPEN_JOBS.map((j) => `/jobs/${j}/`)].map(scriptsOf);
    const distinct = new Set(withShare.flat());
    expect(withShare.every((list) => list.length === 1), JSON.stringify(withShare)).toBe(true);
    expect(distinct.size).toBe(1);
    const [only] = [...distinct];
    expect(only).toMatch(/^src=\/_astro\/[^/]+\.js$/);
    expect(await moduleBytes(only!.slice('src=/'.length))).toBeLessThan(8_000);
  });

  it('loads nothing from another host until a visitor asks for it (fonts, images, scripts, video)', () => {
    expect(pages.has('stories/interviews-in-french/index.html'), 'the story with a video was built').toBe(true);
    const foreign = (url: string | undefined) => url !== undefined && /^(https?:)?\/\//.test(url) && !url.startsWith(ORIGIN);
    const requests: string[] = [];
    for (const [file, html] of pages) {
      const loaded = [
        ...findTags(html, 'link').filter((l) => /\b(stylesheet|preload|modulepreload|preconnect|dns-prefetch|icon|manifest)\b/.test(l.rel ?? '')).map((l) => l.href),
        ...findScripts(html).map((s) => s.src),
        ...['img', 'iframe', 'video', 'audio', 'source', 'embed', 'object'].flatMap((tag) => findTags(html, tag).flatMap((t) => [t.src, t.data, t.poster, ...(t.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])])),
      ];
      for (const url of loaded) if (foreign(url)) requests.push(`${file}: ${url}`);
      for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/g)) if (foreign(m[1])) requests.push(`${file}: ${m[1]}`);
    }
    for (const [file, css] of texts) {
      if (!file.endsWith('.css')) continue;
      for (const m of css.matchAll(/(?:url\(|@import)\s*['"]?((?:https?:)?\/\/[^'")\s]+)/g)) if (foreign(m[1])) requests.push(`${file}: ${m[1]}`);
    }
    expect(requests).toEqual([]);
  });

  it('gives every image alt text, a width and a height', () => {
    expect(findTags(page('/ambassadors/'), 'img').length, 'the ambassadors page shows photos').toBeGreaterThan(0);
    const bad = [...pages].flatMap(([file, html]) =>
      findTags(html, 'img')
        .filter((img) => img.alt === undefined || !img.width || !img.height)
        .map((img) => `${file}: <img src="${img.src}"> lacks ${['alt', 'width', 'height'].filter((a) => img[a] === undefined || (a !== 'alt' && !img[a])).join(', ')}`),
    );
    expect(bad).toEqual([]);
  });

  it('serves photos through astro:assets in a modern format with a srcset', () => {
    const html = page('/ambassadors/ana-peeters/');
    const photo = [...findTags(html, 'img'), ...findTags(html, 'source')].filter((t) => /\/_astro\/photo\./.test(`${t.src ?? ''} ${t.srcset ?? ''}`));
    expect(photo.length, 'Ana’s profile shows her photo from /_astro/').toBeGreaterThan(0);
    expect(photo.some((t) => /\.(webp|avif)\b/.test(`${t.src ?? ''} ${t.srcset ?? ''}`))).toBe(true);
    expect(photo.some((t) => (t.srcset ?? '').includes(','))).toBe(true);
  });
});

describe('feeds', () => {
  it('lists the published stories in /rss.xml, newest first, with absolute links and escaped text', () => {
    const items = rssItems('rss.xml');
    expect(items.map((i) => i.link)).toEqual(STORIES.map((s) => `${ORIGIN}/stories/${s}/`));
    expect(items[0]!.title).toBe(SCRIPT_TITLE);
  });

  it('lists the open jobs in /jobs/rss.xml, newest first, with absolute links', () => {
    expect(rssItems('jobs/rss.xml').map((i) => i.link)).toEqual(OPEN_JOBS.map((j) => `${ORIGIN}/jobs/${j}/`));
  });

  it("lists a theme's published stories in /themes/<id>/rss.xml", () => {
    const stories = (theme: string) => rssItems(`themes/${theme}/rss.xml`).map((i) => i.link).filter((l) => l.startsWith(`${ORIGIN}/stories/`));
    expect(stories('tech')).toEqual([`${ORIGIN}/stories/script-title/`, `${ORIGIN}/stories/interviews-in-french/`]);
    expect(stories('culture')).toEqual([`${ORIGIN}/stories/first-day/`]);
    expect(stories('hiring')).toEqual([`${ORIGIN}/stories/interviews-in-french/`]);
  });

  it('gives every feed item an absolute link', () => {
    const feeds = files.filter((f) => f.endsWith('.xml') && !f.startsWith('sitemap'));
    expect(feeds.length, 'stories, jobs and theme feeds').toBeGreaterThanOrEqual(2 + THEMES.length);
    const relative = feeds
      .flatMap((f) => rssItems(f).filter((i) => !String(i.link).startsWith(`${ORIGIN}/`) && !/^https?:\/\//.test(String(i.link))).map((i) => `${f}: ${i.link}`));
    expect(relative).toEqual([]);
  });

  it('writes well-formed XML in every .xml file', () => {
    const broken = files.filter((f) => f.endsWith('.xml')).filter((f) => XMLValidator.validate(texts.get(f) ?? '') !== true);
    expect(broken).toEqual([]);
  });
});

describe('personal share pages', () => {
  /** The HTML of a proposal on a page. */
  const proposal = (html: string, id: string) => {
    const start = html.indexOf(`<article class="proposal" id="proposal-${id}"`);
    expect(start, `proposal ${id}`).toBeGreaterThanOrEqual(0);
    return html.slice(start, html.indexOf('</article>', start));
  };

  it('show a proposal two people follow the same way, each page with its own slug in every link', () => {
    // Ana (culture, hiring) and Bram (hiring, tech) both get the job post: one rendering, two pages.
    const [ana, bram] = [page('/share/ana-peeters/'), page('/share/bram-de-smet/')];
    const [forAna, forBram] = [proposal(ana, 'backend-engineer'), proposal(bram, 'backend-engineer')];
    expect(forAna.match(/utm_content%3Dana-peeters/g)?.length).toBeGreaterThan(3);
    expect(forAna).not.toContain('bram-de-smet');
    expect(forBram).not.toContain('ana-peeters');
    expect(forAna.replaceAll('ana-peeters', '<slug>')).toBe(forBram.replaceAll('bram-de-smet', '<slug>'));
    for (const html of [ana, bram]) expect(html).not.toMatch(/standin/i);
  });
});

describe('sitemap and robots.txt', () => {
  function sitemapUrls(): string[] {
    const index = parseXml(texts.get('sitemap-index.xml') ?? '');
    const parts = asList(index.sitemapindex?.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(parts.length).toBeGreaterThan(0);
    return parts.flatMap((loc) => {
      expect(loc.startsWith(`${ORIGIN}/`)).toBe(true);
      const part = parseXml(texts.get(loc.slice(ORIGIN.length + 1)) ?? '');
      return asList(part.urlset?.url as { loc: string }[]).map((u) => u.loc);
    });
  }

  it('lists exactly the indexable pages: no closed job, no share page, no 404, nothing noindex', () => {
    const indexable = [...pages]
      .filter(([file, html]) => file !== '404.html' && !file.startsWith('share/') && !isNoindex(html) && linkHref(html, 'canonical') === ORIGIN + sitePathOf(file))
      .map(([file]) => ORIGIN + sitePathOf(file))
      .sort();
    const urls = sitemapUrls().sort();
    expect(urls).toEqual(indexable);
    expect(urls).toContain(`${ORIGIN}/jobs/backend-engineer/`);
    expect(urls).not.toContain(`${ORIGIN}/jobs/${CLOSED_JOB}/`);
    expect(urls.filter((u) => u.includes('/share/') || u.includes('404'))).toEqual([]);
  });

  it('points robots.txt to the sitemap', () => {
    expect(texts.get('robots.txt')).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('every page', () => {
  it('has a lang attribute, a meta description and a title of its own', () => {
    const problems: string[] = [];
    const byTitle = new Map<string, string[]>();
    for (const [file, html] of pages) {
      const lang = findTags(html, 'html')[0]?.lang;
      if (!lang || !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(lang)) problems.push(`${file}: lang="${lang ?? ''}"`);
      const title = pageTitle(html);
      if (!title) problems.push(`${file}: no <title>`);
      else byTitle.set(title, [...(byTitle.get(title) ?? []), file]);
      if (!meta(html, 'description')?.trim()) problems.push(`${file}: no meta description`);
    }
    for (const [title, shared] of byTitle) if (shared.length > 1) problems.push(`title "${title}" is shared by ${shared.join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('has a canonical URL, Open Graph and Twitter tags with absolute URLs, and an existing card', async () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      const canonical = linkHref(html, 'canonical');
      const self = ORIGIN + sitePathOf(file);
      if (file !== '404.html' && !canonical?.startsWith(`${ORIGIN}/`)) problems.push(`${file}: canonical "${canonical ?? ''}"`);
      for (const key of ['og:title', 'og:description']) if (!meta(html, key)?.trim()) problems.push(`${file}: no ${key}`);
      const image = meta(html, 'og:image');
      if (!image?.startsWith(`${ORIGIN}/`)) problems.push(`${file}: og:image "${image ?? ''}" is not absolute on ${ORIGIN}`);
      else if (!(await site.exists(new URL(image).pathname.slice(1)))) problems.push(`${file}: og:image ${image} does not exist`);
      const url = meta(html, 'og:url');
      if (file !== '404.html' && url !== canonical && url !== self) problems.push(`${file}: og:url "${url ?? ''}" differs from the canonical URL`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${file}: twitter:card "${meta(html, 'twitter:card') ?? ''}"`);
    }
    expect(problems).toEqual([]);
  });

  it("has the company name beside the logo in its header, the share kit (an employees' tool) only in its footer, and a link to the privacy notice", () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      const header = elementHtml(html, 'header') ?? '';
      const footer = elementHtml(html, 'footer') ?? '';
      if (!textOf(findTagBlock(header, 'a', 'site-header__brand')).includes('Fixture & Co')) problems.push(`${file}: no company name in the header's home link`);
      if (linksOf(header).has('/share/')) problems.push(`${file}: the share kit is in the header`);
      if (!linksOf(footer).has('/share/')) problems.push(`${file}: no share kit in the footer`);
      if (!linksOf(footer).has('/privacy/')) problems.push(`${file}: no privacy link in the footer`);
    }
    expect(problems).toEqual([]);
    // The menu folds into a <details> button on phones, which needs no script.
    expect(page('/')).toMatch(/<details class="site-header__menu[^"]*"[^>]*>\s*<summary/);
  });

  it('has a privacy notice written from site.yaml', () => {
    const text = textOf(elementHtml(page('/privacy/'), 'main')!);
    for (const words of ['It sets no cookies.', 'utm_source', 'utm_medium ambassador when a colleague shared it from the share kit', 'share when anyone shared it from a story or job page', 'utm_campaign', 'utm_content', 'This site does not count its visitors', 'Who we are Fixture & Co']) {
      expect(text, words).toContain(words);
    }
    // A one-language site remembers no language choice; the fixture has no legal details, so no imprint line.
    expect(text).not.toContain('the language you chose');
    expect(textOf(elementHtml(page('/'), 'footer')!)).not.toContain('Legal details');
  });

  it('has one main landmark and a skip link to it as its first link', () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      const mains = findTags(html, 'main');
      if (mains.length !== 1) problems.push(`${file}: ${mains.length} <main> elements`);
      const first = findTags(html, 'a')[0]?.href ?? '';
      const target = first.startsWith('#') ? first.slice(1) : undefined;
      if (!target) problems.push(`${file}: the first link is "${first}", not a skip link`);
      else if (mains[0]?.id !== target && !new RegExp(`<main\\b[^>]*>\\s*<[^>]+\\bid="${target}"`).test(html)) problems.push(`${file}: the skip link #${target} does not lead to <main>`);
    }
    expect(problems).toEqual([]);
  });
});

/** The HTML of the first element of a tag whose class list has the class, or "". */
function findTagBlock(html: string, tag: string, className: string): string {
  return new RegExp(`<${tag}\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1] ?? '';
}

/** The job cards of a page by the path they link to, each as its HTML. */
function jobCards(html: string): Map<string, string> {
  const cards = [...html.matchAll(/<article class="card job-card[^"]*"[^>]*>[\s\S]*?<\/article>/g)].map((m) => m[0]);
  return new Map(cards.map((card) => [findTags(card, 'a')[0]!.href!, card]));
}

/** The size of a built JavaScript module with everything it imports from the output, each file once. */
async function moduleBytes(file: string, seen = new Set<string>()): Promise<number> {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await site.read(file);
  let bytes = Buffer.byteLength(code);
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) bytes += await moduleBytes(path.posix.join(path.posix.dirname(file), m[1]!), seen);
  return bytes;
}
