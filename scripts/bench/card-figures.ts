/**
 * Per-card figures (not a test): every social card of a content folder, drawn one at a time on the
 * main thread (sharp on one thread), as a build draws it: photos resized for their slot, the card
 * rendered and encoded. Prints, per card kind and file format, how many cards and the
 * min/median/max of the wall and CPU milliseconds per card (image preparation included; CPU time of
 * every thread of the process, so less sensitive to a busy machine) and of the file size.
 *
 *   npx tsx scripts/bench/card-figures.ts [--content content] [--size 100 --seed 1] [--runs 3] [--today 2026-03-04] [--json out.json] [--pool]
 *
 * `--size` generates the benchmark's synthetic company of that size (scripts/bench/) in a temporary
 * folder instead of reading `--content`. With `--runs N` each card is drawn N times and its fastest
 * time is kept (on a busy machine the fastest run is the best estimate of what a card costs, the
 * others measure the neighbours too). Run it on a quiet machine for figures that count; compare runs
 * of the same session.
 *
 * `--pool` measures throughput instead: every card drawn `--runs` times through the build's card
 * service with the build's settings (worker threads, one per core unless VAANDEL_CARD_WORKERS says;
 * photos prepared on the main thread; cards written to a temporary cache), as a cold build draws
 * them but without pages to share the cores with. It prints
 * the wall milliseconds per card and, on Linux, the CPU milliseconds per card of each kind of
 * thread (card workers, main thread, V8's helpers for garbage collection, libuv's and libvips's
 * pools), read from /proc.
 *
 * Without `--pool`, a second table gives the median wall milliseconds of each stage of a card per
 * kind and format: its images prepared (sharp), the element tree, satori, resvg, the images painted
 * in, and the file encoded. Each card prepares its own images here; a build prepares each image
 * once for all the cards that show it at the same time (the site logo, a storyteller's photo).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { BENCH_TODAY, generateContent } from './generate-content.ts';
import { writeContent } from './write-content-fs.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { listFiles } from '../../src/lib/check/check-fs.ts';
import { sortContentFiles } from '../../src/lib/check/layout.ts';
import { parseMarkdown, parseYaml } from '../../src/lib/check/yaml-source.ts';
import { listEntryCards, listSiteCard, type CardSpec } from '../../src/lib/og/cards.ts';
import { loadFontFiles } from '../../src/lib/og/fonts-fs.ts';
import { prepareImage } from '../../src/lib/og/images-fs.ts';
import { createCardRenderer, type RenderTimings } from '../../src/lib/og/render-card.ts';
import { createCardService } from '../../src/lib/og/card-service-fs.ts';
import { cardPoolOptions } from '../../src/integrations/og-cards.ts';
import { findSiteLogoFile } from '../../src/lib/og/site-logo-fs.ts';
import type { PreparedImage } from '../../src/lib/og/templates.ts';
import { resolveSiteConfig } from '../../src/lib/site-config.ts';
import { ambassadorSchema, imagePath, jobSchema, recognitionSchema, shareSchema, siteSchema, storySchema, themeSchema } from '../../src/schemas/index.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    size: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    today: { type: 'string' },
    json: { type: 'string' },
    pool: { type: 'boolean', default: false },
  },
});

const SCHEMAS = { ambassadors: ambassadorSchema(imagePath), stories: storySchema(imagePath), jobs: jobSchema, recognition: recognitionSchema, share: shareSchema(imagePath) };
const IMAGE_FIELDS = { ambassadors: 'photo', stories: 'cover', share: 'image' } as const;

/** The card specs of a content folder, read as the checker reads it (image fields as absolute paths). */
async function specsOf(dir: string, today: Date): Promise<CardSpec[]> {
  const layout = sortContentFiles(await listFiles(dir));
  const read = (file: string) => readFile(path.join(dir, file), 'utf8');
  const site = siteSchema(imagePath).parse(parseYaml(await read(layout.site!)).data);
  const themes = (parseYaml(await read(layout.themes!)).data as unknown[]).map((t) => themeSchema.parse(t));
  const entries = { ambassadors: [], stories: [], jobs: [], recognition: [], share: [] } as Record<keyof typeof SCHEMAS, { id: string; data: any; body: string }[]>;
  // The cards of the site's default language: translations (index.fr.md …) are left out.
  for (const entry of layout.entries.filter((e) => !e.lang)) {
    const md = parseMarkdown(await read(entry.path));
    const data = SCHEMAS[entry.collection].parse(md.frontMatter?.data) as Record<string, unknown>;
    const field = (IMAGE_FIELDS as Record<string, string>)[entry.collection];
    if (field && typeof data[field] === 'string') data[field] = path.resolve(dir, path.dirname(entry.path), data[field] as string);
    entries[entry.collection].push({ id: entry.id, data, body: md.body });
  }
  const logo = site.logo ? path.resolve(dir, String(site.logo)) : undefined;
  const config = resolveSiteConfig({ ...site, logo }, themes);
  const catalog = buildCatalog(entries as never, today);
  const files = { logoFile: findSiteLogoFile(dir) };
  return [listSiteCard(config, files), ...listEntryCards(config, catalog as never, files)];
}

/** Wall milliseconds of each stage of a card: its images prepared, then the renderer's stages. */
type Stages = { prepare: number } & RenderTimings;
const STAGES: (keyof Stages)[] = ['prepare', 'tree', 'satori', 'raster', 'paint', 'encode'];

/** One card drawn from its files: wall and CPU milliseconds (preparation included), each stage's wall milliseconds, and the encoded file. */
async function drawCard(spec: CardSpec, renderer: ReturnType<typeof createCardRenderer>): Promise<{ ms: number; cpuMs: number; stages: Stages; bytes: number; format: string }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const images: Record<string, PreparedImage> = {};
  for (const [slot, file] of Object.entries(spec.content.images)) {
    images[slot] = await prepareImage(await readFile(file), slot as never, file.toLowerCase().endsWith('.svg'));
  }
  const stages: Stages = { prepare: performance.now() - started, tree: 0, satori: 0, raster: 0, paint: 0, encode: 0 };
  const { bytes } = await renderer.render({ ...spec.content, images }, stages);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, stages, bytes: bytes.byteLength, format: (await sharp(bytes).metadata()).format ?? '?' };
}

const median = (sorted: number[]) => sorted[sorted.length >> 1]!;

/** Thread names as Linux shows them (15 characters at most), and what each kind of thread is. */
const THREAD_KINDS: Record<string, string> = {
  WorkerThread: 'card workers',
  MainThread: 'main thread',
  V8Worker: 'V8 helpers',
  'libuv-worker': 'libuv pool',
  'libvips worker': 'libvips',
};

/**
 * CPU seconds of every thread this process has had, by kind, sampled every 100 ms so that a worker
 * thread that has ended still counts (with what it had used at the last sample). Linux only.
 */
function threadCpu(): { stop(): void; byKind(): Record<string, number> } {
  const last = new Map<string, { kind: string; seconds: number }>();
  const sample = () => {
    let tasks: string[];
    try {
      tasks = readdirSync('/proc/self/task');
    } catch {
      return;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
        last.set(tid, { kind: THREAD_KINDS[name] ?? 'other', seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
      } catch {
        // the thread ended between listing and reading
      }
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => clearInterval(timer),
    byKind() {
      sample();
      const sums: Record<string, number> = {};
      for (const { kind, seconds } of last.values()) sums[kind] = (sums[kind] ?? 0) + seconds;
      return sums;
    },
  };
}

/** Every card through the build's card service, `runs` times, each into an empty cache; prints throughput and CPU by thread. */
async function measurePool(specs: CardSpec[], runs: number) {
  const threads = threadCpu();
  const pool = cardPoolOptions();
  console.log(`${specs.length} cards through the card service, ${pool.workers} worker threads, ${runs} run(s)`);
  try {
    for (let run = 1; run <= runs; run++) {
      const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'vaandel-card-pool-'));
      const before = threads.byKind();
      const cpu = process.cpuUsage();
      const started = performance.now();
      const service = createCardService({
        cacheDir,
        keyContext: { templateVersion: 'card-figures', fontHash: '-', rendererHash: '-' },
        ...pool,
      });
      service.submit(specs);
      const stats = await service.finish({ prune: false });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const after = threads.byKind();
      const perCard = (ms: number) => (ms / stats.rendered).toFixed(1);
      const kinds = Object.keys(after)
        .map((kind) => [kind, (after[kind]! - (before[kind] ?? 0)) * 1000] as const)
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1]);
      console.log(
        `run ${run}: ${stats.rendered} cards in ${(wall / 1000).toFixed(1)} s, ${perCard(wall)} ms a card; CPU ${perCard((used.user + used.system) / 1000)} ms a card` +
          (kinds.length ? ` (${kinds.map(([kind, ms]) => `${kind} ${perCard(ms)}`).join(', ')})` : '') +
          `; load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
      await rm(cacheDir, { recursive: true, force: true });
    }
  } finally {
    threads.stop();
  }
}

async function main() {
  let dir = path.resolve(values.content);
  let temporary: string | undefined;
  let today = new Date(`${values.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  if (values.size) {
    temporary = await mkdtemp(path.join(os.tmpdir(), 'vaandel-card-figures-'));
    dir = path.join(temporary, 'content');
    await writeContent(generateContent({ size: Number(values.size), seed: Number(values.seed), today: BENCH_TODAY }), dir);
    today = new Date(`${values.today ?? BENCH_TODAY}T00:00:00Z`);
  }
  try {
    const specs = await specsOf(dir, today);
    if (values.pool) {
      await measurePool(specs, Math.max(1, Number(values.runs)));
      return;
    }
    sharp.concurrency(1); // one card at a time, on one thread
    const renderer = createCardRenderer(await loadFontFiles());
    await drawCard(specs[0]!, renderer); // warm-up: fonts parsed, JIT warm
    const runs = Math.max(1, Number(values.runs));
    const rows: { path: string; kind: string; format: string; photo: boolean; ms: number; cpuMs: number; stages: Stages; bytes: number }[] = [];
    for (const spec of specs) {
      const drawn = [];
      for (let r = 0; r < runs; r++) drawn.push(await drawCard(spec, renderer));
      const fastest = drawn.reduce((a, b) => (b.ms < a.ms ? b : a));
      const cpuMs = Math.min(...drawn.map((d) => d.cpuMs));
      rows.push({ path: spec.path, kind: spec.kind, format: fastest.format, photo: Object.keys(spec.content.images).some((s) => s !== 'logo' && s !== 'siteLogo'), ms: fastest.ms, cpuMs, stages: fastest.stages, bytes: fastest.bytes });
    }
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = `${row.kind} ${row.photo ? 'photo' : 'no photo'} ${row.format}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    console.log(`${specs.length} cards from ${values.size ? `bench size ${values.size} (seed ${values.seed})` : dir}; the fastest of ${runs} run(s) per card; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('kind        photo     format  cards   wall ms min/med/max   CPU ms min/med/max    KB min/med/max');
    // A group's key ("stories no photo png") as the first three columns of a table.
    const columns = (key: string) => {
      const [kind, ...rest] = key.split(' ');
      const format = rest.pop()!;
      return `${kind!.padEnd(11)} ${rest.join(' ').padEnd(9)} ${format.padEnd(7)}`;
    };
    const line = (key: string, list: typeof rows) => {
      const ms = list.map((r) => r.ms).sort((a, b) => a - b);
      const cpuMs = list.map((r) => r.cpuMs).sort((a, b) => a - b);
      const kb = list.map((r) => r.bytes / 1024).sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(1);
      console.log(
        `${columns(key)} ${String(list.length).padStart(5)}   ${`${f(ms[0]!)}/${f(median(ms))}/${f(ms.at(-1)!)}`.padEnd(21)} ${`${f(cpuMs[0]!)}/${f(median(cpuMs))}/${f(cpuMs.at(-1)!)}`.padEnd(21)} ${f(kb[0]!)}/${f(median(kb))}/${f(kb.at(-1)!)}`,
      );
    };
    const sorted = [...groups].sort(([a], [b]) => a.localeCompare(b));
    for (const [key, list] of sorted) line(key, list);
    line('all all all', rows);
    // Where a card's time goes: the median wall milliseconds of each stage (of each card's fastest run).
    console.log(`\nkind        photo     format  ${STAGES.map((stage) => stage.padStart(8)).join('')}   (median wall ms of each stage)`);
    for (const [key, list] of [...sorted, ['all all all', rows] as const]) {
      const medians = STAGES.map((stage) => median(list.map((r) => r.stages[stage]).sort((a, b) => a - b)).toFixed(1).padStart(8));
      console.log(`${columns(key)} ${medians.join('')}`);
    }
    if (values.json) await import('node:fs/promises').then((fs) => fs.writeFile(values.json!, `${JSON.stringify(rows, null, 2)}\n`));
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

await main();
