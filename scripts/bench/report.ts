/**
 * The benchmark's pure parts: reading its command line, parsing what a build prints, summarising
 * CPU profiles, and laying out the results as a table and as JSON.
 */
import { parseArgs } from 'node:util';

/** The benchmark's options. */
export interface BenchArgs {
  /** Content sizes to build, in order. */
  sizes: number[];
  /** Write the figures as JSON to this file. */
  json?: string;
  /** Seed of the content generator. */
  seed: number;
  /** The site's languages, the default first; with more than one, about a third of the entries are translated. */
  languages: string[];
  /** Keep the generated folders and print where they are. */
  keep: boolean;
  /** Profile each cold build with `node --cpu-prof` and print the top functions. */
  profile: boolean;
  /** Show the usage text. */
  help: boolean;
}

/** The usage text of `npm run bench`. */
export const BENCH_USAGE = `Usage: npm run bench -- [--sizes 100,1000,5000] [--json out.json] [--seed 1] [--languages en,nl,fr] [--keep] [--profile]

Generates a content folder of each size (40% ambassadors, 30% stories, 10% jobs, 10% thank-yous,
10% share posts, with photos) from a fixed seed, then builds it six times with astro build: cold
(empty cache), warm (nothing changed), and after each of four edits: one change (a story no share
post links to), fan-out (a story live share posts link to, whose title is on their followers' share
pages), rename (the name of the person who tells the most stories) and theme (the label of the
theme most stories have). Prints a table; progress goes to stderr.

  --sizes     comma-separated sizes (entries per site), default 100,1000,5000
  --json      also write the figures to this JSON file
  --seed      seed of the content generator, default 1
  --languages the site's languages, default en; with several (en,nl,fr) the site has every page
              in each, and about a third of the entries get translations
  --keep      keep the generated content, output and cache folders, and print where they are
  --profile   run each cold build under node --cpu-prof and print the 15 functions with the most
              self time (the profiled cold build is slower than an unprofiled one)`;

/** The options of `npm run bench`, for node:util parseArgs. */
const BENCH_OPTIONS = {
  sizes: { type: 'string' },
  json: { type: 'string' },
  seed: { type: 'string' },
  languages: { type: 'string' },
  keep: { type: 'boolean' },
  profile: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads the command line (node:util parseArgs); throws a readable error for a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  // Not strict, so that each mistake below gets a message that says how to write the option.
  const { values, tokens } = parseArgs({ args: [...argv], options: BENCH_OPTIONS, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') throw new Error(`Unexpected argument "${token.value}". Run npm run bench -- --help for the options.`);
    if (token.kind !== 'option') continue;
    const option = (BENCH_OPTIONS as Record<string, { type: string }>)[token.name];
    if (!option) throw new Error(`Unknown option "${token.rawName}". Run npm run bench -- --help for the options.`);
    // Not strict, parseArgs takes the next word as the value even when it is another option.
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))) {
      throw new Error(`${token.rawName} needs a value. ${token.name === 'sizes' ? 'Write it like --sizes 100,1000' : `Write it like ${token.rawName} <value>`}.`);
    }
    if (option.type === 'boolean' && token.value !== undefined) throw new Error(`${token.rawName} takes no value. Write it alone, like ${token.rawName}.`);
  }
  const args: BenchArgs = { sizes: [100, 1000, 5000], seed: 1, languages: ['en'], keep: values.keep === true, profile: values.profile === true, help: values.help === true };
  if (typeof values.sizes === 'string') {
    const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
    const bad = sizes.findIndex((n) => !Number.isInteger(n) || n < 10);
    if (bad >= 0) throw new Error(`--sizes: "${values.sizes.split(',')[bad]}" is not a whole number of at least 10. Write the sizes like --sizes 100,1000,5000.`);
    args.sizes = sizes;
  }
  if (typeof values.json === 'string') args.json = values.json;
  if (typeof values.seed === 'string') {
    const seed = Number(values.seed);
    if (!Number.isInteger(seed)) throw new Error(`--seed: "${values.seed}" is not a whole number. Write it like --seed 42.`);
    args.seed = seed;
  }
  if (typeof values.languages === 'string') {
    const languages = values.languages.split(',').map((s) => s.trim());
    const bad = languages.find((code) => !/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(code));
    if (bad !== undefined || new Set(languages).size !== languages.length) throw new Error(`--languages: "${bad ?? values.languages}" is not a list of distinct language codes. Write it like --languages en,nl,fr.`);
    args.languages = languages;
  }
  return args;
}

/** What the card renderer reports at the end of a build. */
export interface CardStats {
  /** Cards rendered in this build. */
  rendered: number;
  /** Cards taken from the cache. */
  reused: number;
  /** Seconds spent on cards. */
  seconds: number;
}

/** The last `og: <rendered> rendered, <reused> reused in <seconds>s` line of a build's output, if any. */
export function parseCardLine(output: string): CardStats | undefined {
  const matches = [...output.matchAll(/og: (\d+) rendered, (\d+) reused in ([\d.]+)\s*s/g)];
  const last = matches.at(-1);
  return last ? { rendered: Number(last[1]), reused: Number(last[2]), seconds: Number(last[3]) } : undefined;
}

/** How many pages and endpoints a build rendered, and how many it took from the previous build. */
export interface RouteCounts {
  /** Routes rendered (Astro's "├─ <file> (+12ms)" lines). */
  rendered: number;
  /** Routes reused: left in place ("(cached)") or copied back from the cache ("(restored)"). */
  reused: number;
  /** The rendering times Astro printed for the rendered routes, added up, in seconds. */
  renderSeconds: number;
}

/** Counts the rendered and reused routes in what `astro build` printed (without colour codes). */
export function parseRouteCounts(output: string): RouteCounts {
  const times = [...output.matchAll(/├─ \S+ \(\+([\d.]+)(m?s)\)/g)].map((m) => Number(m[1]) / (m[2] === 'ms' ? 1000 : 1));
  return {
    rendered: times.length,
    reused: [...output.matchAll(/├─ \S+ \((?:cached|restored)\)/g)].length,
    renderSeconds: round(times.reduce((sum, t) => sum + t, 0), 2),
  };
}

/** One measured build. */
export interface BuildFigures {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak resident memory of the build's process tree, in MB. */
  peakRssMb: number;
  /** The card line of the build, if it printed one. */
  cards?: CardStats;
  /** Routes rendered and reused. */
  routes?: RouteCounts;
}

/** The figures of one size. */
export interface SizeFigures {
  /** Entries in the content folder. */
  size: number;
  /** .html files in the output. */
  pages: number;
  /** PNG files under /og/ in the output. */
  cards: number;
  /** Build with an empty cache. */
  cold: BuildFigures;
  /** Second build, nothing changed. */
  warm: BuildFigures;
  /** Third build, after changing the title and body of a story no share post links to. */
  oneChange: BuildFigures;
  /**
   * Fourth build, after changing the title and body of the story the most live share posts link
   * to (its title is on its followers' personal share pages); null when no share post links to one.
   */
  fanOut: BuildFigures | null;
  /** After renaming the ambassador who tells the most stories; null when nobody tells one. */
  rename: BuildFigures | null;
  /** After changing the label of the theme most stories have. */
  theme: BuildFigures | null;
  /** Cold wall time per page, in ms. */
  msPerPage: number;
  /** Cold card time per rendered card, in ms, from the card line; null without one. */
  msPerCard: number | null;
  /** The highest peak RSS of the builds, in MB. */
  peakRssMb: number;
  /** Whether the cold build ran under the CPU profiler. */
  profiled: boolean;
}

/** The builds of one size. */
export interface SizeBuilds {
  cold: BuildFigures;
  warm: BuildFigures;
  oneChange: BuildFigures;
  fanOut?: BuildFigures | null;
  rename?: BuildFigures | null;
  theme?: BuildFigures | null;
}

/** The builds after an edit, in the order the bench runs them: their key in the figures and their name in the table. */
export const EDIT_BUILDS = [
  { key: 'oneChange', label: 'one-change' },
  { key: 'fanOut', label: 'fan-out' },
  { key: 'rename', label: 'rename' },
  { key: 'theme', label: 'theme' },
] as const;

/** Combines the builds of a size into its row of figures. */
export function summariseSize(size: number, counts: { pages: number; cards: number }, { cold, warm, oneChange, fanOut = null, rename = null, theme = null }: SizeBuilds, profiled = false): SizeFigures {
  return {
    size,
    ...counts,
    cold,
    warm,
    oneChange,
    fanOut,
    rename,
    theme,
    msPerPage: counts.pages > 0 ? round((cold.seconds * 1000) / counts.pages, 1) : 0,
    msPerCard: cold.cards && cold.cards.rendered > 0 ? round((cold.cards.seconds * 1000) / cold.cards.rendered, 1) : null,
    peakRssMb: Math.max(...[cold, warm, oneChange, fanOut, rename, theme].map((build) => build?.peakRssMb ?? 0)),
    profiled,
  };
}

/** Rounds to a number of decimals. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A build's routes as "rendered/reused", or n/a. */
function routesCell(build: BuildFigures | null): string {
  return build?.routes ? `${build.routes.rendered}/${build.routes.reused}` : 'n/a';
}

/** The results as a Markdown table (readable in a terminal, pasteable into the README). */
export function formatTable(rows: readonly SizeFigures[]): string {
  const header = ['size', 'pages', 'cards', 'cold s', 'warm s', ...EDIT_BUILDS.map((e) => `${e.label} s`), ...EDIT_BUILDS.map((e) => `${e.label} routes`), 'ms/page', 'ms/card', 'peak RSS MB'];
  const body = rows.map((r) => [
    `${r.size}${r.profiled ? ' (profiled)' : ''}`,
    String(r.pages),
    String(r.cards),
    r.cold.seconds.toFixed(1),
    r.warm.seconds.toFixed(1),
    ...EDIT_BUILDS.map((e) => r[e.key]?.seconds.toFixed(1) ?? 'n/a'),
    ...EDIT_BUILDS.map((e) => routesCell(r[e.key])),
    r.msPerPage.toFixed(1),
    r.msPerCard === null ? 'n/a' : r.msPerCard.toFixed(1),
    String(Math.round(r.peakRssMb)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** A V8 CPU profile (.cpuprofile), as written by node --cpu-prof. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime?: number;
  endTime?: number;
}

/** A function's share of the profiled time. */
export interface ProfileEntry {
  /** Function name, or "(anonymous)". */
  name: string;
  /** Where it is defined: file (relative to the project, node_modules shortened) and line. */
  location: string;
  /** Self time in ms. */
  selfMs: number;
  /** Self time as a share of all sampled time, in %. */
  percent: number;
}

/** The functions with the most self time, and the packages they come from, over one or more profiles. */
export interface ProfileSummary {
  /** All sampled time, in ms (idle excluded). */
  totalMs: number;
  /** The top functions by self time. */
  functions: ProfileEntry[];
  /** Self time by package (node_modules/<package>), by project file area, or by V8 category. */
  packages: { name: string; selfMs: number; percent: number }[];
}

/** Where a script URL lives, shortened: "node_modules/satori/dist/index.js", "src/lib/og/render.ts", "node:internal/…". */
export function shortenScriptUrl(url: string, projectRoots: string | readonly string[]): string {
  if (!url) return '';
  let file = url.replace(/^file:\/\//, '');
  try {
    file = decodeURIComponent(file);
  } catch {
    /* keep as is */
  }
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) return file.slice(nm + 1);
  for (const projectRoot of typeof projectRoots === 'string' ? [projectRoots] : projectRoots) {
    const root = projectRoot.endsWith('/') ? projectRoot : `${projectRoot}/`;
    if (file.startsWith(root)) return file.slice(root.length);
  }
  return file;
}

/** The package or area a shortened location belongs to. */
function areaOf(location: string, name: string): string {
  if (!location) return name.startsWith('(') ? name : '(native)';
  const nm = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(location);
  if (nm) return nm[1]!;
  if (location.startsWith('node:')) return 'node (built-in)';
  const parts = location.split('/');
  return parts.length > 2 ? parts.slice(0, 3).join('/').replace(/\.[a-z]+$/, '') : location;
}

/**
 * Sums self time per function over profiles (one per thread or process; idle time left out) and
 * returns the top `limit`. Paths under any of `projectRoots` are shown relative to it.
 */
export function summariseProfiles(profiles: readonly CpuProfile[], projectRoots: string | readonly string[], limit = 15): ProfileSummary {
  const byFunction = new Map<string, ProfileEntry>();
  const byArea = new Map<string, number>();
  let totalMs = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    if (profile.samples && profile.timeDeltas && profile.samples.length === profile.timeDeltas.length) {
      // timeDeltas[i] is the time since the previous sample; it is spent in the function of sample i.
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + Math.max(0, profile.timeDeltas![i]!) / 1000));
    } else {
      const interval = profile.startTime !== undefined && profile.endTime !== undefined ? (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0)) : 1;
      for (const n of profile.nodes) self.set(n.id, (n.hitCount ?? 0) * interval);
    }
    for (const [id, ms] of self) {
      const node = nodes.get(id);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const name = node.callFrame.functionName || '(anonymous)';
      const file = shortenScriptUrl(node.callFrame.url, projectRoots);
      const location = file ? `${file}:${node.callFrame.lineNumber + 1}` : '';
      const key = `${name}\u0000${location}`;
      const entry = byFunction.get(key) ?? { name, location, selfMs: 0, percent: 0 };
      entry.selfMs += ms;
      byFunction.set(key, entry);
      const area = areaOf(file, name);
      byArea.set(area, (byArea.get(area) ?? 0) + ms);
      totalMs += ms;
    }
  }
  const share = (ms: number) => (totalMs > 0 ? round((ms * 100) / totalMs, 1) : 0);
  const functions = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((e) => ({ ...e, selfMs: round(e.selfMs, 1), percent: share(e.selfMs) }));
  const packages = [...byArea]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([name, ms]) => ({ name, selfMs: round(ms, 1), percent: share(ms) }));
  return { totalMs: round(totalMs, 1), functions, packages };
}

/** A profile summary as text: the top functions, then the top packages. */
export function formatProfileSummary(summary: ProfileSummary): string {
  const fn = summary.functions.map((f, i) => `${String(i + 1).padStart(2)}. ${f.selfMs.toFixed(0).padStart(7)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.name}${f.location ? `  ${f.location}` : ''}`);
  const pk = summary.packages.map((p) => `    ${p.selfMs.toFixed(0).padStart(7)} ms ${p.percent.toFixed(1).padStart(5)}%  ${p.name}`);
  return [`Top ${summary.functions.length} functions by self time (of ${(summary.totalMs / 1000).toFixed(1)} s sampled, all threads):`, ...fn, 'Self time by package or area:', ...pk].join('\n');
}
