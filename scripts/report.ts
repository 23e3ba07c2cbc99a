/**
 * `npm run report`: the programme overview for the comms team, as one self-contained HTML file
 * (report/index.html) or, with --format json, every figure on standard output. Reads the content
 * folder with the checker (VAANDEL_CONTENT or content/), "today" from VAANDEL_NOW or the clock, and
 * optionally reach from Plausible (a CSV export folder, or the Stats API v2). Never part of dist/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { labelOf } from '../src/lib/check/check-fs.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { isoDay, resolveToday } from '../src/lib/dates.ts';
import { firstDayOfMonthsAgo } from '../src/lib/report/calendar.ts';
import { chartColours } from '../src/lib/report/charts.ts';
import { fetchPlausible, PLAUSIBLE_DEFAULT_URL } from '../src/lib/report/plausible-api.ts';
import { AnalyticsInputError } from '../src/lib/report/plausible-csv.ts';
import { readPlausibleExport } from '../src/lib/report/plausible-csv-fs.ts';
import { readReportContent } from '../src/lib/report/read-content-fs.ts';
import { renderReportHtml } from '../src/lib/report/render-html.ts';
import { buildReport, byAmbassadorRefusal, type ReportOptions } from '../src/lib/report/report.ts';
import { REPORT_LANGUAGES, reportStrings } from '../src/lib/report/strings/index.ts';

const USAGE = `Usage: npm run report -- [options] [content-folder]

Writes the programme report for the comms team: one HTML file with charts on participation,
diversity, stories, jobs, recognition, asks and, with analytics, reach.
  --out DIR              folder for index.html (default: report/); never inside the site's dist/
  --lang LANG            the report's language: ${Object.keys(REPORT_LANGUAGES).join(', ')} (default: the site's default language)
  --format html|json     html (default) writes the file; json prints every figure instead
  --analytics DIR        reach from a Plausible CSV export (the unzipped folder)
  --plausible SITE_ID    reach from the Plausible Stats API v2; the key in PLAUSIBLE_API_KEY,
                         another instance in PLAUSIBLE_URL (default ${PLAUSIBLE_DEFAULT_URL})
  --by-ambassador        also break reach down by ambassador (needs site.yaml utm.perPerson, on by default)
  --company-medium NAME  count company-channel visits by this utm_medium instead of by the
                         company's social networks in site.yaml
  --apply-goal NAME      the Plausible goal counted as an apply click (default: Apply), besides
                         outbound-link clicks on a job's apply link
The content folder is the one given, else VAANDEL_CONTENT, else content/; "today" is VAANDEL_NOW or the clock.
Counts from analytics under 5 are shown as "< 5". Exit code 1 on bad input, 2 on a bad command line.`;

/** A problem with the command line: exit 2. */
class UsageError extends Error {}
/** A problem with the input: exit 1. */
class InputError extends Error {}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'report' },
        lang: { type: 'string' },
        format: { type: 'string', default: 'html' },
        analytics: { type: 'string' },
        plausible: { type: 'string' },
        'by-ambassador': { type: 'boolean', default: false },
        'company-medium': { type: 'string' },
        'apply-goal': { type: 'string', default: 'Apply' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.format !== 'html' && values.format !== 'json') throw new UsageError(`--format ${values.format} is not a format. Use html or json.`);
  if (positionals.length > 1) throw new UsageError(`Give at most one content folder (got ${positionals.join(', ')}).`);
  if (values.analytics !== undefined && values.plausible !== undefined) throw new UsageError('Give either --analytics (a CSV export) or --plausible (the Stats API), not both.');
  if (values.lang !== undefined && !reportStrings(values.lang)) throw new UsageError(`--lang ${values.lang}: the report is written in ${Object.keys(REPORT_LANGUAGES).join(', ')}.`);

  const cwd = process.cwd();
  const projectRoot = path.resolve(import.meta.dirname, '..');
  const outDir = path.resolve(cwd, values.out);
  const siteOut = path.resolve(projectRoot, process.env.VAANDEL_OUT_DIR ?? 'dist');
  if (values.format === 'html' && (outDir === siteOut || outDir.startsWith(siteOut + path.sep))) {
    throw new UsageError(`--out ${values.out} is inside the site's output folder ${path.relative(cwd, siteOut) || '.'}: the report is for the comms team and must never be published with the site. Choose another folder, like report/.`);
  }
  let today: Date;
  try {
    today = resolveToday(process.env, new Date());
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const started = performance.now();
  const contentDir = positionals[0] ? path.resolve(cwd, positionals[0]) : resolveContentDir(process.env, cwd, projectRoot);
  let content;
  try {
    content = await readReportContent({ contentDir, cwd, today });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  if (content.errors.length) {
    process.stderr.write(`report: the content has ${content.errors.length} error(s); entries with errors are left out of the figures. Run npm run check to see them.\n`);
  }
  let lang = values.lang ?? content.reportSite.languages[0] ?? 'en';
  if (!reportStrings(lang)) {
    process.stderr.write(`report: the site's language "${lang}" has no report text yet; writing it in English (choose with --lang ${Object.keys(REPORT_LANGUAGES).join('|')}).\n`);
    lang = 'en';
  }
  if (values['by-ambassador']) {
    const refusal = byAmbassadorRefusal(content.site);
    if (refusal) throw new InputError(refusal);
  }

  let analytics: ReportOptions['analytics'];
  const byAmbassador = values['by-ambassador'];
  if (values.analytics !== undefined) {
    const dir = path.resolve(cwd, values.analytics);
    analytics = { data: await readPlausibleExport(dir, { byAmbassador }), origin: `Plausible CSV export ${path.relative(cwd, dir) || '.'}` };
  } else if (values.plausible !== undefined) {
    const apiKey = process.env.PLAUSIBLE_API_KEY?.trim();
    if (!apiKey) {
      throw new InputError('--plausible needs a Stats API key in PLAUSIBLE_API_KEY. Create one in your Plausible account settings (API keys, "Stats API"), then run PLAUSIBLE_API_KEY=… npm run report -- --plausible ' + values.plausible + '.');
    }
    const baseUrl = process.env.PLAUSIBLE_URL?.trim() || PLAUSIBLE_DEFAULT_URL;
    const data = await fetchPlausible({ siteId: values.plausible, apiKey, baseUrl, from: isoDay(firstDayOfMonthsAgo(today, 11)), to: isoDay(today), byAmbassador });
    analytics = { data, origin: `Plausible (${values.plausible})` };
  }

  const report = buildReport(content, {
    today,
    lang,
    byAmbassador,
    applyGoal: values['apply-goal'],
    ...(analytics ? { analytics } : {}),
    ...(values['company-medium'] ? { companyMedium: values['company-medium'] } : {}),
  });
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const html = renderReportHtml(report, {
    strings: reportStrings(lang)!,
    colours: chartColours(content.site.colors),
    contentLabel: labelOf(contentDir, cwd),
    errors: content.errors.length,
    medium: content.site.utm.medium,
  });
  await fs.mkdir(outDir, { recursive: true });
  const file = path.join(outDir, 'index.html');
  await fs.writeFile(file, html);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`Wrote ${path.relative(cwd, file)} (${Math.round(Buffer.byteLength(html) / 1024)} KB) in ${seconds.toFixed(1)} s.\n`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof UsageError || error instanceof InputError || error instanceof AnalyticsInputError;
  process.stderr.write(`report: ${known ? (error as Error).message : `could not be made: ${(error as Error).stack ?? error}`}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
