/**
 * `npm run audit [-- --dist dist] [--all] [--no-lighthouse] [--runs 3] [--only vnu,…]`: audits a built
 * site the way issue 3's "Done when" measures it. Serves the folder on 127.0.0.1 and runs the W3C Nu
 * HTML checker (vnu-jar), linkinator (internal links, recursively), axe-core (a page of each kind,
 * or --all, in the light and dark colour schemes), an Open Graph check of every page
 * (open-graph-scraper plus the card file itself), a JSON-LD check (Google's required JobPosting
 * properties) and Lighthouse 13 (a pinned dev dependency) on five key pages. Prints each
 * problem, then a summary table; exits 1 on any problem.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LinkState, check as checkLinks } from 'linkinator';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { findViolations } from '../tests/helpers/axe.ts';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../tests/helpers/browser.ts';
import { findTags, jsonLd, linkHref, meta, nodesOfType } from '../tests/helpers/html.ts';
import { findJobPostingProblems } from '../tests/helpers/job-posting.ts';
import { serveStatic, type StaticServer } from '../tests/helpers/serve.ts';
import type { ProgramId } from './preflight/plan.ts';
import { preflightOrExit } from './preflight/preflight-fs.ts';

/** Issue 3's minimum Lighthouse scores per category. */
const MIN_SCORES: Record<string, number> = { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95, seo: 0.95 };
const CARD = { width: 1200, height: 630 };
const ROOT = path.resolve(import.meta.dirname, '..');
/** Lighthouse's command line, from the pinned dev dependency (it needs Node 22.19 or newer; npm scripts run Node 24). */
const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');

/** One tool's outcome. */
interface Outcome {
  tool: string;
  checked: number;
  problems: string[];
  /** Figures to print below the table (Lighthouse scores), or why the tool did not run. */
  notes?: string[];
  /** Set when the tool could not run at all; not counted as a problem. */
  skipped?: string;
}

/** The tools, by the names --only takes. */
const TOOLS = ['vnu', 'links', 'axe', 'og', 'jsonld', 'lighthouse'] as const;
type Tool = (typeof TOOLS)[number];

interface Options {
  dist: string;
  all: boolean;
  /** Lighthouse runs per page; the median (by performance) counts. */
  runs: number;
  tools: Set<Tool>;
}

const USAGE = `Usage: npm run audit [-- --dist <folder>] [--all] [--no-lighthouse] [--runs <n>] [--only ${TOOLS.join(',')}]`;

function readOptions(argv: string[]): Options {
  const parse = () =>
    parseArgs({
      args: argv,
      strict: true,
      allowNegative: true,
      options: {
        dist: { type: 'string', default: 'dist' },
        all: { type: 'boolean', default: false },
        runs: { type: 'string', default: '1' },
        lighthouse: { type: 'boolean', default: true },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse());
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a whole number of Lighthouse runs per page, e.g. --runs 3');
  let tools = new Set<Tool>(TOOLS);
  if (values.only !== undefined) {
    const chosen = values.only.split(',').filter(Boolean);
    const unknown = chosen.filter((t) => !(TOOLS as readonly string[]).includes(t));
    if (unknown.length || chosen.length === 0) fail(`--only takes a comma-separated list of ${TOOLS.join(', ')}; got "${values.only}".`);
    tools = new Set(chosen as Tool[]);
  }
  if (!values.lighthouse) tools.delete('lighthouse');
  return { dist: values.dist, all: values.all, runs, tools };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Every HTML file of the folder, relative, sorted. */
async function listHtml(dist: string): Promise<string[]> {
  const entries = await fs.readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path a static host serves a file at: "jobs/index.html" → "/jobs/". */
function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** A language folder of a site in several languages: /en/, /nl/, /fr-be/ … */
const LANGUAGE_SEGMENT = /^[a-z]{2,3}(?:-[a-z]{2})?$/;

/**
 * A kind of route: the first path segment (after the language, on a site in several languages), then
 * a star for each further segment, so all story pages share one kind, whatever their language.
 */
function routeKind(urlPath: string, languages: ReadonlySet<string>): string {
  const segments = urlPath.split('/').filter(Boolean);
  const rest = languages.has(segments[0] ?? '') ? segments.slice(1) : segments;
  return '/' + rest.map((s, i) => (i === 0 ? s : '*')).join('/') + (urlPath.endsWith('/') ? '/' : '');
}

/** Runs a command and collects its output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => resolve({ code: 127, stdout, stderr: stderr + error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** W3C Nu HTML checker over every HTML file: errors are problems, warnings are counted in a note. */
async function runVnu(dist: string, files: string[]): Promise<Outcome> {
  const jar = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const { code, stderr } = await run('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--skip-non-html', ...files.map((f) => path.join(dist, f))]);
  let messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[];
  try {
    messages = JSON.parse(stderr).messages;
  } catch {
    return { tool: 'vnu (HTML)', checked: 0, problems: [], skipped: `could not run java -jar vnu.jar (exit ${code}): ${stderr.trim().split('\n').slice(0, 3).join(' ')}` };
  }
  const where = (m: (typeof messages)[number]) => `${path.relative(dist, decodeURIComponent((m.url ?? '').replace(/^file:/, '')))}${m.lastLine ? `:${m.lastLine}` : ''}`;
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const warnings = messages.filter((m) => m.subType === 'warning');
  return {
    tool: 'vnu (HTML)',
    checked: files.length,
    problems: errors.map((m) => `${where(m)}: ${m.message}`),
    notes: warnings.length ? [`vnu: ${warnings.length} warning(s), e.g. ${where(warnings[0]!)}: ${warnings[0]!.message}`] : [],
  };
}

/** linkinator from every HTML page, recursively; links to other hosts are skipped, the production origin is checked locally. */
async function runLinks(server: StaticServer, files: string[], origin: string | undefined, base: string): Promise<Outcome> {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await checkLinks({
    path: files.map((f) => server.origin + base + urlPathOf(f)),
    recurse: true,
    concurrency: 8,
    timeout: 10_000,
    checkFragments: true,
    urlRewriteExpressions: origin ? [{ pattern: new RegExp(`^${escape(origin)}(?=/|$)`), replacement: server.origin }] : [],
    // linkinator asks about a link before rewriting it, so production URLs must pass here too.
    linksToSkip: async (link) => !(link.startsWith(server.origin) || (origin !== undefined && (link === origin || link.startsWith(`${origin}/`)))),
  });
  const local = (url: string | undefined) => (url ?? '').replace(server.origin, '');
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  return {
    tool: 'linkinator (links)',
    checked: new Set(checked.map((l) => l.url)).size,
    problems: broken.map((l) => `${local(l.url)} (${l.status ?? 'no answer'}) linked from ${local(l.parent) || '(start)'}`),
  };
}

/** axe-core on each chosen page, in the light and the dark colour scheme. */
async function runAxe(server: StaticServer, paths: string[], base: string): Promise<Outcome> {
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const urlPath of paths) {
        await page.goto(server.origin + base + urlPath, { waitUntil: 'load' });
        problems.push(...(await findViolations(page, `[${colorScheme}] ${urlPath}`)));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { tool: 'axe-core (a11y)', checked: paths.length * 2, problems };
}

/** open-graph-scraper on every page, and the card file behind og:image. */
async function runOpenGraph(dist: string, files: string[], origin: string | undefined, base: string): Promise<Outcome> {
  const problems: string[] = [];
  const cardSizes = new Map<string, { width?: number; height?: number; format?: string; error?: string }>();
  for (const file of files) {
    const html = await fs.readFile(path.join(dist, file), 'utf8');
    const say = (what: string) => problems.push(`${urlPathOf(file)}: ${what}`);
    const { error, result } = await ogs({ html }).catch((e: unknown) => ({ error: true, result: { error: String(e) } as never }));
    if (error) {
      say(`open-graph-scraper found no Open Graph data`);
      continue;
    }
    if (!result.ogTitle?.trim()) say('og:title is missing');
    if (!result.ogDescription?.trim()) say('og:description is missing');
    if (result.twitterCard !== 'summary_large_image') say(`twitter:card is "${result.twitterCard ?? ''}", not summary_large_image`);
    // open-graph-scraper resolves relative URLs only with a page URL: read the raw tag to require an absolute one.
    const image = meta(html, 'og:image');
    if (!image || !/^https?:\/\//.test(image)) {
      say(`og:image "${image ?? ''}" is not an absolute URL`);
      continue;
    }
    const declared = result.ogImage?.[0];
    if (Number(declared?.width) !== CARD.width || Number(declared?.height) !== CARD.height) {
      say(`og:image:width/height are ${declared?.width ?? '?'}×${declared?.height ?? '?'}, not ${CARD.width}×${CARD.height}`);
    }
    const url = new URL(image);
    if (origin && url.origin !== origin) {
      say(`og:image ${image} is not on the site's origin ${origin}`);
      continue;
    }
    const cardFile = decodeURIComponent(url.pathname).slice(base.length).replace(/^\//, '');
    if (!cardSizes.has(cardFile)) {
      cardSizes.set(
        cardFile,
        await sharp(path.join(dist, cardFile))
          .metadata()
          .then((m) => ({ width: m.width, height: m.height, format: m.format }))
          .catch(() => ({ error: 'missing' })),
      );
    }
    const card = cardSizes.get(cardFile)!;
    if (card.error) say(`og:image file /${cardFile} does not exist`);
    else if (card.width !== CARD.width || card.height !== CARD.height) say(`og:image file /${cardFile} is ${card.width}×${card.height}, not ${CARD.width}×${CARD.height}`);
    // Every network takes PNG and JPEG; the declared type must be the file's.
    const type = meta(html, 'og:image:type');
    const actual = card.format === 'jpeg' ? 'image/jpeg' : card.format === 'png' ? 'image/png' : `a ${card.format} file`;
    if (!card.error && type !== actual) say(`og:image:type is "${type ?? ''}", but /${cardFile} is ${actual}`);
  }
  return { tool: 'open-graph (cards)', checked: files.length, problems };
}

/**
 * Structured data on every page: each JSON-LD block parses; every JobPosting has Google's required
 * properties and sits on its own page (url = canonical), never on a noindex page; there is one per
 * job of /jobs.json and per language it has its own text in (its translations there).
 */
async function runStructuredData(dist: string, files: string[]): Promise<Outcome> {
  const problems: string[] = [];
  let postings = 0;
  for (const file of files) {
    const html = await fs.readFile(path.join(dist, file), 'utf8');
    const at = urlPathOf(file);
    let nodes;
    try {
      nodes = jsonLd(html);
    } catch (error) {
      problems.push(`${at}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const jobs = nodesOfType(nodes, 'JobPosting');
    postings += jobs.length;
    if (jobs.length && /\bnoindex\b/.test(meta(html, 'robots') ?? '')) problems.push(`${at}: JobPosting on a noindex page`);
    if (jobs.length > 1) problems.push(`${at}: ${jobs.length} JobPostings on one page`);
    const canonical = linkHref(html, 'canonical');
    for (const job of jobs) {
      for (const problem of findJobPostingProblems(job)) problems.push(`${at}: JobPosting ${problem}`);
      if (job.url !== undefined && job.url !== canonical) problems.push(`${at}: JobPosting url ${String(job.url)} is not this page (${canonical ?? 'no canonical'})`);
    }
  }
  const feed = await fs.readFile(path.join(dist, 'jobs.json'), 'utf8').then(
    (text) => JSON.parse(text) as unknown,
    () => undefined,
  );
  const jobsOfFeed = Array.isArray(feed) ? feed : ((feed as { jobs?: unknown[] } | undefined)?.jobs ?? undefined);
  const listed = jobsOfFeed?.length;
  // Each job has a JobPosting on its page in its own language and in each of its translations.
  const versions = jobsOfFeed?.reduce<number>((sum, job) => sum + 1 + Object.keys((job as { translations?: object }).translations ?? {}).length, 0);
  if (versions !== undefined && versions !== postings) problems.push(`/jobs.json lists ${listed} open job(s) in ${versions} language version(s), but ${postings} page(s) carry a JobPosting`);
  return { tool: 'JSON-LD (jobs)', checked: files.length, problems, notes: [`JSON-LD: ${postings} JobPosting(s)${listed !== undefined ? `, ${listed} job(s) in /jobs.json` : ''}`] };
}

/** The parts of a Lighthouse report the audit reads. */
interface LighthouseReport {
  categories?: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits?: Record<string, { score: number | null; displayValue?: string; title: string }>;
  runtimeError?: { message: string };
  environment?: { benchmarkIndex?: number };
}

/** One Lighthouse run in Debian's Chromium: the report, or why there is none. */
async function lighthouseOnce(url: string, categories: string[]): Promise<LighthouseReport | string> {
  const { code, stdout, stderr } = await run(
    process.execPath,
    [LIGHTHOUSE_CLI, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { ...process.env, CHROME_PATH: CHROMIUM },
  );
  try {
    return JSON.parse(stdout) as LighthouseReport;
  } catch {
    return `lighthouse failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`;
  }
}

/**
 * Lighthouse 13 on each page, `runs` times, keeping the run with the median performance score
 * (Lighthouse's own advice against noise); scores below issue 3's minimums are problems.
 */
async function runLighthouse(server: StaticServer, pages: LighthousePage[], runs: number, base: string): Promise<Outcome> {
  const outcome: Outcome = { tool: 'lighthouse', checked: 0, problems: [], notes: [] };
  for (const { label, path: urlPath, noindex } of pages) {
    const categories = Object.keys(MIN_SCORES).filter((c) => !noindex || c !== 'seo');
    const reports: LighthouseReport[] = [];
    for (let i = 0; i < runs; i++) {
      const report = await lighthouseOnce(server.origin + base + urlPath, categories);
      if (typeof report === 'string') {
        if (outcome.checked === 0 && reports.length === 0) return { ...outcome, skipped: report };
        outcome.problems.push(`${urlPath}: ${report}`);
      } else reports.push(report);
    }
    if (reports.length === 0) continue;
    const performance = (r: LighthouseReport) => r.categories?.performance?.score ?? 0;
    const report = [...reports].sort((a, b) => performance(a) - performance(b))[Math.floor((reports.length - 1) / 2)]!;
    if (report.runtimeError) outcome.problems.push(`${urlPath}: Lighthouse runtime error: ${report.runtimeError.message}`);
    outcome.checked++;
    const scores = categories.map((c) => [c, report.categories?.[c]?.score ?? null] as const);
    const spread = reports.length > 1 ? `, performance ${reports.map((r) => performance(r).toFixed(2)).join('/')}` : '';
    outcome.notes!.push(
      `${label.padEnd(12)} ${urlPath.padEnd(40)} ${scores.map(([c, s]) => `${c} ${s === null ? 'n/a' : s.toFixed(2)}`).join('  ')}  (benchmarkIndex ${Math.round(report.environment?.benchmarkIndex ?? 0)}, load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores${spread})`,
    );
    for (const [c, s] of scores) {
      if (s !== null && s >= MIN_SCORES[c]!) continue;
      // Name what pulls the score down: the weighted audits of the category that did not pass.
      const weak = (report.categories?.[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits?.[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} ${report.audits![ref.id]!.displayValue ?? report.audits![ref.id]!.score}`);
      outcome.problems.push(`${urlPath}: ${c} ${s === null ? 'n/a' : s.toFixed(2)} < ${MIN_SCORES[c]}${weak.length ? ` (${weak.join(', ')})` : ''}`);
    }
  }
  if (os.loadavg()[0]! > os.availableParallelism()) {
    outcome.notes!.push(`Lighthouse ran on a busy machine (load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores): performance scores, total blocking time above all, come out lower than on a quiet one.`);
  }
  return outcome;
}

/**
 * A page of each route kind, plus the 404 page. On a site in several languages the kinds take turns
 * over the languages (the story page in one, the job page in the next …), so that every language is
 * audited without auditing every page three times.
 */
function samplePages(files: string[], languages: readonly string[]): string[] {
  const byKind = new Map<string, string[]>();
  const languageSet = new Set(languages);
  for (const file of files) {
    const urlPath = urlPathOf(file);
    if (!urlPath.endsWith('/') && file !== '404.html') continue;
    const kind = file === '404.html' ? '404' : routeKind(urlPath, languageSet);
    byKind.set(kind, [...(byKind.get(kind) ?? []), urlPath]);
  }
  let turn = 0;
  for (const [kind, paths] of byKind) {
    const wanted = languages.length ? languages[turn++ % languages.length] : undefined;
    byKind.set(kind, [paths.find((p) => wanted !== undefined && p.startsWith(`/${wanted}/`)) ?? paths[0]!]);
  }
  return [...byKind.values()].map(([p]) => (p === '/404.html' ? '/this-page-does-not-exist/' : p!));
}

/** The home page, a story, an ambassador, an open job and the jobs list, as far as they exist. */
/** A page Lighthouse audits; `noindex` pages ask search engines to stay away, so SEO is not judged on them. */
interface LighthousePage {
  label: string;
  path: string;
  noindex?: boolean;
}

async function lighthousePages(dist: string, files: string[], languages: readonly string[]): Promise<LighthousePage[]> {
  const firstIndexable = async (pattern: RegExp) => {
    for (const file of files.filter((f) => pattern.test(f))) {
      if (!/\bnoindex\b/.test(meta(await fs.readFile(path.join(dist, file), 'utf8'), 'robots') ?? '')) return urlPathOf(file);
    }
    return undefined;
  };
  // On a site in several languages: the default language's pages (the first language folder).
  const lang = languages[0] ? `${languages[0]}/` : '';
  const chosen = [
    { label: 'home', path: files.includes(`${lang}index.html`) ? `/${lang}` : undefined },
    { label: 'story', path: await firstIndexable(new RegExp(`^${lang}stories/(?!\\d+/)[^/]+/index\\.html$`)) },
    { label: 'ambassador', path: await firstIndexable(new RegExp(`^${lang}ambassadors/(?!(team|location|employment|language)/)[^/]+/index\\.html$`)) },
    { label: 'job', path: await firstIndexable(new RegExp(`^${lang}jobs/(?!\\d+/)[^/]+/index\\.html$`)) },
    { label: 'jobs list', path: files.includes(`${lang}jobs/index.html`) ? `/${lang}jobs/` : undefined },
    // The site search with results shown: its script, the index and the results' pictures load.
    { label: 'search', path: files.includes(`${lang}search/index.html`) ? `/${lang}search/?q=${encodeURIComponent(await searchWord(dist, lang))}` : undefined, noindex: true },
  ];
  return chosen.filter((c): c is LighthousePage => c.path !== undefined);
}

/** A word that finds something on the site: the first word of the default language's first job or story title. */
async function searchWord(dist: string, lang: string): Promise<string> {
  const home = await fs.readFile(path.join(dist, `${lang}index.html`), 'utf8').catch(() => '');
  const title = /<h3[^>]*class="card__title[^"]*"[^>]*>\s*<a[^>]*>([^<]+)</.exec(home)?.[1] ?? '';
  return /\p{L}{4,}/u.exec(title)?.[0] ?? 'a';
}

function printReport(outcomes: Outcome[]): number {
  for (const o of outcomes) {
    if (o.problems.length === 0) continue;
    console.log(`\n${o.tool}: ${o.problems.length} problem(s)`);
    for (const p of o.problems) console.log(`  ${p}`);
  }
  const notes = outcomes.flatMap((o) => [...(o.notes ?? []), ...(o.skipped ? [`${o.tool} skipped: ${o.skipped}`] : [])]);
  if (notes.length) console.log(`\n${notes.join('\n')}`);
  const rows = outcomes.map((o) => [o.tool, String(o.checked), o.skipped ? 'skipped' : String(o.problems.length)]);
  const widths = [0, 1, 2].map((i) => Math.max(...[['tool', 'checked', 'problems'], ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padStart(widths[2]!)}`;
  console.log(`\n${line(['tool', 'checked', 'problems'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  const total = outcomes.reduce((n, o) => n + o.problems.length, 0);
  console.log(total === 0 ? '\nAudit passed.' : `\nAudit failed: ${total} problem(s).`);
  return total;
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const dist = path.resolve(options.dist);
  const files = await listHtml(dist).catch((): string[] => []);
  if (!files.includes('index.html')) fail(`${options.dist}/index.html does not exist. Build the site first (npm run build), or point --dist at a built site.`);
  const index = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const canonical = linkHref(index, 'canonical');
  const origin = canonical ? new URL(canonical).origin : undefined;
  // A site under a path (https://org.github.io/careers) is served under it, as its host will.
  const base = canonical ? new URL(canonical).pathname.replace(/\/+$/, '') : '';
  // The language folders of a site in several languages, in the order its language chooser lists them.
  const languages = findTags(index, 'a')
    .map((a) => a['data-language-choice'])
    .filter((code, i, all): code is string => code !== undefined && LANGUAGE_SEGMENT.test(code) && all.indexOf(code) === i && files.includes(`${code}/index.html`));
  // The same preflight as npm test: Chromium for axe and Lighthouse, Java for vnu, installed with apt-get as root.
  const needs: ProgramId[] = [];
  if (options.tools.has('axe') || options.tools.has('lighthouse')) needs.push('chromium');
  if (options.tools.has('vnu')) needs.push('java');
  await preflightOrExit({ command: 'npm run audit', needs, alternative: 'npm run audit -- --only links,og,jsonld runs the checks that need neither Chromium nor Java.' });

  const server = await serveStatic(dist, { base });
  const outcomes: Outcome[] = [];
  const step = async (name: string, job: () => Promise<Outcome>) => {
    const started = Date.now();
    process.stdout.write(`${name}… `);
    const outcome = await job().catch((error: unknown): Outcome => ({ tool: name, checked: 0, problems: [`${name} crashed: ${(error as Error).message}`] }));
    outcomes.push(outcome);
    console.log(`${outcome.skipped ? 'skipped' : `${outcome.problems.length} problem(s)`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  };
  try {
    const tools = options.tools;
    if (tools.has('vnu')) await step('vnu (HTML)', () => runVnu(dist, files));
    if (tools.has('links')) await step('linkinator (links)', () => runLinks(server, files, origin, base));
    const axePages = options.all ? files.map((f) => (f === '404.html' ? '/this-page-does-not-exist/' : urlPathOf(f))) : samplePages(files, languages);
    if (tools.has('axe')) await step('axe-core (a11y)', () => runAxe(server, axePages, base));
    if (tools.has('og')) await step('open-graph (cards)', () => runOpenGraph(dist, files, origin, base));
    if (tools.has('jsonld')) await step('JSON-LD (jobs)', () => runStructuredData(dist, files));
    if (tools.has('lighthouse')) {
      const pages = await lighthousePages(dist, files, languages);
      await step('lighthouse', () => runLighthouse(server, pages, options.runs, base));
    }
  } finally {
    await server.close();
  }
  process.exit(printReport(outcomes) === 0 ? 0 : 1);
}

await main();
