/**
 * `npm run check`: validates the whole content folder (VAANDEL_CONTENT or content/) with the
 * site's schemas and cross-file rules, without building. Exit 1 on errors (or warnings with --strict).
 *
 *   npm run check [-- [--format human|json|github] [--strict] [folder]]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { checkContentFolder } from '../src/lib/check/check-fs.ts';
import { FORMATS, formatReport, type Format } from '../src/lib/check/format.ts';
import { hasFailed } from '../src/lib/check/problem.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { resolveToday } from '../src/lib/dates.ts';

const USAGE = `Usage: npm run check -- [--format human|json|github] [--strict] [--fetch] [content-folder]

Checks every file of the content folder (the folder given, else VAANDEL_CONTENT, else content/).
  --format   human (default), json (an array of {file, line, field, severity, message, hint})
             or github (workflow annotations)
  --strict   warnings fail the check too
  --fetch    with jobs.source in site.yaml: fetch the ATS's feed now and report departments and
             offices the site cannot place, and overlays whose job is not in the feed (without it,
             the check reads the last build's fetch from the build cache and uses no network)
Exit code: 1 when there are errors (or warnings with --strict), else 0.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string', default: 'human' }, strict: { type: 'boolean', default: false }, fetch: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`--format ${values.format} is not a format. Use one of: ${FORMATS.join(', ')}.\n`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`Give at most one content folder (got ${positionals.join(', ')}).\n\n${USAGE}\n`);
    return 2;
  }
  let today: Date;
  try {
    today = resolveToday(process.env, new Date());
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const projectRoot = path.resolve(import.meta.dirname, '..');
  const contentDir = positionals[0] ? path.resolve(cwd, positionals[0]) : resolveContentDir(process.env, cwd, projectRoot);
  const started = performance.now();
  // Astro's cache folder (astro.config.mjs): where the last build keeps the ATS's last fetch.
  const cacheDir = path.resolve(cwd, process.env.VAANDEL_CACHE_DIR ?? path.join(projectRoot, '.astro'));
  const result = await checkContentFolder({ contentDir, cwd, today, cacheDir, fetch: values.fetch });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(formatReport(result.problems, format, { files: result.files, seconds, strict: values.strict, notes: result.notes }));
  return hasFailed(result.problems, values.strict) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`The content check could not run: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
