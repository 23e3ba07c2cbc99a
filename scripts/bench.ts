/**
 * npm run bench -- --sizes 100,1000,5000 [--json out.json] [--seed N] [--keep] [--profile]
 *
 * For each size: generates a content folder from a fixed seed, then builds it cold (empty cache),
 * warm (nothing changed), and after each of four edits: one story (a cheap edit), a story that share
 * posts link to (an edit that fans out to the personal share pages), the name of the person who
 * tells the most stories and the label of the theme most stories have (entries many pages repeat),
 * measuring wall time, pages, cards, rendered routes and the peak memory of the build. Progress
 * goes to stderr, the table to stdout.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_TODAY, generateContent } from './bench/generate-content.ts';
import { changeFanOutStory, changeOneStory, relabelBusiestTheme, renameBusiestAmbassador, writeContent } from './bench/write-content-fs.ts';
import { translateContent } from './bench/translate.ts';
import { countOutput, makeProjectRoot, readProfiles, runAstroBuild, type BuildRun } from './bench/build-fs.ts';
import {
  BENCH_USAGE,
  formatProfileSummary,
  formatTable,
  parseBenchArgs,
  parseRouteCounts,
  round,
  summariseProfiles,
  summariseSize,
  type BenchArgs,
  type BuildFigures,
  type ProfileSummary,
  type SizeFigures,
} from './bench/report.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The last lines a failed build printed, for the error message. */
function tail(output: string, lines = 25): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

function figures(run: BuildRun): BuildFigures {
  return { seconds: round(run.ms / 1000, 2), peakRssMb: mb(run.peakRssBytes), ...(run.cards ? { cards: run.cards } : {}), routes: parseRouteCounts(run.output) };
}

async function benchSize(size: number, args: BenchArgs): Promise<{ row: SizeFigures; profile?: ProfileSummary; profileDir?: string; work: string }> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), `vaandel-bench-${size}-`));
  const contentDir = path.join(work, 'content');
  const workRoot = path.join(work, 'project');
  const outDir = path.join(workRoot, 'dist');
  const cacheDir = path.join(workRoot, '.astro');

  let started = performance.now();
  const content = translateContent(generateContent({ size, seed: args.seed, today: BENCH_TODAY }), args.languages, args.seed);
  const written = await writeContent(content, contentDir);
  const c = content.counts;
  progress(
    `size ${size}: generated ${c.ambassadors} ambassadors, ${c.stories} stories, ${c.jobs} jobs, ${c.recognition} thank-yous, ${c.share} share posts${c.translations ? `, ${c.translations} translations` : ''} ` +
      `(${written.files} files, ${written.images} distinct pictures, ${mb(written.bytes)} MB) in ${seconds(performance.now() - started)}`,
  );
  await makeProjectRoot(projectRoot, workRoot);

  const profileDir = args.profile ? await fs.mkdtemp(path.join(os.tmpdir(), `vaandel-profile-${size}-`)) : undefined;
  const build = async (label: string, profile?: string) => {
    progress(`size ${size}: ${label} build…`);
    const run = await runAstroBuild({ projectRoot, workRoot, contentDir, outDir, cacheDir, now: BENCH_TODAY, profileDir: profile });
    if (run.code !== 0) {
      throw new Error(`size ${size}: the ${label} build failed with exit code ${run.code}. Its last lines:\n${tail(run.output)}\n\nThe content is kept in ${contentDir}; check it with VAANDEL_CONTENT=${contentDir} npm run check.`);
    }
    const cards = run.cards ? `, og: ${run.cards.rendered} rendered, ${run.cards.reused} reused in ${run.cards.seconds}s` : '';
    const routes = parseRouteCounts(run.output);
    // The site search's line: pages, languages, time, files and size of the index (src/integrations/search-index.ts).
    const search = /^search: (.*)$/m.exec(run.output)?.[1];
    progress(`size ${size}: ${label} build done in ${seconds(run.ms)}, peak RSS ${mb(run.peakRssBytes)} MB, routes: ${routes.rendered} rendered in ${routes.renderSeconds}s, ${routes.reused} reused${cards}${search ? `, search: ${search}` : ''}`);
    return run;
  };

  let failed = true;
  try {
    const cold = await build('cold', profileDir);
    const counts = await countOutput(outDir);
    progress(`size ${size}: ${counts.pages} pages, ${counts.cards} cards`);
    const warm = await build('warm');
    started = performance.now();
    const changed = await changeOneStory(content, contentDir);
    progress(`size ${size}: changed the title and body of ${path.relative(contentDir, changed)}`);
    const oneChange = await build('one-change');
    let fanOut: BuildRun | undefined;
    if (content.fanOutStory) {
      const story = await changeFanOutStory(content, contentDir);
      progress(`size ${size}: changed the title and body of ${path.relative(contentDir, story)}, which live share posts link to`);
      fanOut = await build('fan-out');
    } else {
      progress(`size ${size}: no live share post links to a story, so there is no fan-out build`);
    }
    let rename: BuildRun | undefined;
    if (content.busiestAmbassador) {
      const profile = await renameBusiestAmbassador(content, contentDir);
      progress(`size ${size}: renamed ${path.relative(contentDir, profile)}, who tells the most stories`);
      rename = await build('rename');
    }
    await relabelBusiestTheme(content, contentDir);
    progress(`size ${size}: changed the label of the theme "${content.busiestTheme}" in themes.yaml, which the most stories have`);
    const theme = await build('theme');
    const builds = { cold: figures(cold), warm: figures(warm), oneChange: figures(oneChange), fanOut: fanOut ? figures(fanOut) : null, rename: rename ? figures(rename) : null, theme: figures(theme) };
    const row = summariseSize(size, counts, builds, Boolean(profileDir));
    const profile = profileDir ? summariseProfiles(await readProfiles(profileDir), [workRoot, projectRoot]) : undefined;
    failed = false;
    return { row, profile, profileDir, work };
  } finally {
    if (!args.keep && !failed) await fs.rm(work, { recursive: true, force: true });
  }
}

async function main() {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${BENCH_USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return;
  }
  progress(`sizes ${args.sizes.join(', ')}, languages ${args.languages.join(', ')}, seed ${args.seed}, today ${BENCH_TODAY}, ${os.availableParallelism()} cores, Node ${process.version}`);
  const rows: SizeFigures[] = [];
  const profiles: { size: number; dir: string; summary: ProfileSummary }[] = [];
  for (const size of args.sizes) {
    const result = await benchSize(size, args);
    rows.push(result.row);
    if (result.profile && result.profileDir) profiles.push({ size, dir: result.profileDir, summary: result.profile });
    if (args.keep) progress(`size ${size}: kept content, output and cache in ${result.work}`);
    // Write after every size so that a long run leaves its figures even if a later size fails.
    if (args.json) await writeJson(args, rows, profiles);
  }
  process.stdout.write(`\n${args.languages.length > 1 ? `Languages: ${args.languages.join(', ')}\n\n` : ''}${formatTable(rows)}\n`);
  for (const p of profiles) {
    process.stdout.write(`\nCPU profile of the cold build, size ${p.size} (profiles in ${p.dir}):\n${formatProfileSummary(p.summary)}\n`);
  }
  if (rows.some((r) => r.msPerCard === null)) process.stdout.write('\nms/card is n/a where the build printed no "og: … rendered, … reused in …s" line.\n');
  if (args.json) progress(`wrote ${args.json}`);
}

async function writeJson(args: BenchArgs, rows: SizeFigures[], profiles: { size: number; dir: string; summary: ProfileSummary }[]) {
  const report = {
    machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', memoryMb: mb(os.totalmem()), node: process.version, platform: `${process.platform} ${os.release()}` },
    seed: args.seed,
    languages: args.languages,
    today: BENCH_TODAY,
    sizes: rows,
    profiles: profiles.map((p) => ({ size: p.size, dir: p.dir, ...p.summary })),
  };
  await fs.writeFile(path.resolve(args.json!), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
