import { describe, expect, it } from 'vitest';
import { formatProfileSummary, formatTable, parseBenchArgs, parseCardLine, parseRouteCounts, shortenScriptUrl, summariseProfiles, summariseSize, type CpuProfile } from '../../scripts/bench/report.ts';

describe('parseBenchArgs', () => {
  it('reads sizes, json, seed, keep and profile, with defaults', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [100, 1000, 5000], seed: 1, languages: ['en'], keep: false, profile: false, help: false });
    expect(parseBenchArgs(['-h'])).toMatchObject({ help: true });
    expect(parseBenchArgs(['--sizes', '100,200', '--json', 'out.json', '--seed=42', '--languages', 'en,nl,fr', '--keep', '--profile'])).toEqual({
      sizes: [100, 200],
      json: 'out.json',
      seed: 42,
      languages: ['en', 'nl', 'fr'],
      keep: true,
      profile: true,
      help: false,
    });
  });

  it('explains bad options', () => {
    const error = (argv: string[]) => {
      try {
        parseBenchArgs(argv);
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error(['--sizes', '100,abc'])).toMatchInlineSnapshot(`"--sizes: "abc" is not a whole number of at least 10. Write the sizes like --sizes 100,1000,5000."`);
    expect(error(['--sizes'])).toMatchInlineSnapshot(`"--sizes needs a value. Write it like --sizes 100,1000."`);
    expect(error(['--seed', '1.5'])).toMatchInlineSnapshot(`"--seed: "1.5" is not a whole number. Write it like --seed 42."`);
    expect(error(['--size', '100'])).toMatchInlineSnapshot(`"Unknown option "--size". Run npm run bench -- --help for the options."`);
    expect(error(['--sizes', '--keep'])).toMatchInlineSnapshot(`"--sizes needs a value. Write it like --sizes 100,1000."`);
    expect(error(['--keep=yes'])).toMatchInlineSnapshot(`"--keep takes no value. Write it alone, like --keep."`);
    expect(error(['100'])).toMatchInlineSnapshot(`"Unexpected argument "100". Run npm run bench -- --help for the options."`);
  });
});

describe('parseCardLine', () => {
  it('reads the last card line of a build', () => {
    const output = '12:00:01 [build] og: 12 rendered, 0 reused in 1.5s\n...\n12:00:09 og: 120 rendered, 3 reused in 2.75s\n[build] Complete!';
    expect(parseCardLine(output)).toEqual({ rendered: 120, reused: 3, seconds: 2.75 });
    expect(parseCardLine('[build] Complete!')).toBeUndefined();
  });
});

describe('summariseSize and formatTable', () => {
  it('derives ms per page and per card from the cold build, and the highest peak', () => {
    const row = summariseSize(
      100,
      { pages: 200, cards: 80 },
      {
        cold: { seconds: 20, peakRssMb: 600, cards: { rendered: 80, reused: 0, seconds: 1.6 } },
        warm: { seconds: 8, peakRssMb: 650 },
        oneChange: { seconds: 9, peakRssMb: 500, routes: { rendered: 12, reused: 188, renderSeconds: 0.4 } },
        fanOut: { seconds: 10.5, peakRssMb: 700, routes: { rendered: 40, reused: 160, renderSeconds: 1.5 } },
        rename: { seconds: 11, peakRssMb: 720, routes: { rendered: 30, reused: 170, renderSeconds: 1.1 } },
        theme: { seconds: 12, peakRssMb: 710, routes: { rendered: 50, reused: 150, renderSeconds: 1.9 } },
      },
    );
    expect(row).toMatchObject({ msPerPage: 100, msPerCard: 20, peakRssMb: 720, profiled: false });
    const noCards = summariseSize(1000, { pages: 2000, cards: 0 }, { cold: { seconds: 45.5, peakRssMb: 1200 }, warm: { seconds: 12, peakRssMb: 900 }, oneChange: { seconds: 14.25, peakRssMb: 950 } }, true);
    expect(noCards).toMatchObject({ msPerCard: null, fanOut: null, rename: null, theme: null });
    expect(formatTable([row, noCards])).toMatchInlineSnapshot(`
      "| size            | pages | cards | cold s | warm s | one-change s | fan-out s | rename s | theme s | one-change routes | fan-out routes | rename routes | theme routes | ms/page | ms/card | peak RSS MB |
      | --------------- | ----: | ----: | -----: | -----: | -----------: | --------: | -------: | ------: | ----------------: | -------------: | ------------: | -----------: | ------: | ------: | ----------: |
      | 100             |   200 |    80 |   20.0 |    8.0 |          9.0 |      10.5 |     11.0 |    12.0 |            12/188 |         40/160 |        30/170 |       50/150 |   100.0 |    20.0 |         720 |
      | 1000 (profiled) |  2000 |     0 |   45.5 |   12.0 |         14.3 |       n/a |      n/a |     n/a |               n/a |            n/a |           n/a |          n/a |    22.8 |     n/a |        1200 |"
    `);
  });
});

describe('parseRouteCounts', () => {
  it('counts the routes a build rendered and those it reused', () => {
    const log = [
      '07:31:02 ▶ src/pages/[...lang]/share/[ambassador]/index.astro',
      '07:31:02   ├─ /en/share/ana/index.html (+12ms)',
      '07:31:03   ├─ /en/share/bert/index.html (+1.02s)',
      '07:31:03   ├─ /en/share/carla/index.html (cached)',
      '07:31:03   ├─ /nl/share/carla/index.html (restored)',
      '07:31:03   ├─ /en/share/ana/feed.xml (+8ms)',
    ].join('\n');
    expect(parseRouteCounts(log)).toEqual({ rendered: 3, reused: 2, renderSeconds: 1.04 });
    expect(parseRouteCounts('')).toEqual({ rendered: 0, reused: 0, renderSeconds: 0 });
  });
});

describe('summariseProfiles', () => {
  const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber, columnNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '', -1) },
      { id: 2, callFrame: frame('(idle)', '', -1) },
      { id: 3, callFrame: frame('renderCard', 'file:///work/main/src/lib/og/render.ts', 9) },
      { id: 4, callFrame: frame('', 'file:///work/main/node_modules/satori/dist/index.js', 0) },
      { id: 5, callFrame: frame('(garbage collector)', '', -1) },
    ],
    samples: [2, 3, 4, 4, 5, 2],
    timeDeltas: [5000, 1000, 2000, 2000, 1000, 9000],
  };

  it('sums self time per function and per package over profiles, leaving out idle time', () => {
    const summary = summariseProfiles([profile, profile], '/work/main', 2);
    expect(summary.totalMs).toBe(12);
    expect(summary.functions).toEqual([
      { name: '(anonymous)', location: 'node_modules/satori/dist/index.js:1', selfMs: 8, percent: 66.7 },
      { name: '(garbage collector)', location: '', selfMs: 2, percent: 16.7 },
    ]);
    expect(summary.packages.map((p) => p.name)).toEqual(['satori', '(garbage collector)', 'src/lib/og']);
    expect(formatProfileSummary(summary)).toMatchInlineSnapshot(`
      "Top 2 functions by self time (of 0.0 s sampled, all threads):
       1.       8 ms  66.7%  (anonymous)  node_modules/satori/dist/index.js:1
       2.       2 ms  16.7%  (garbage collector)
      Self time by package or area:
                8 ms  66.7%  satori
                2 ms  16.7%  (garbage collector)
                2 ms  16.7%  src/lib/og"
    `);
  });

  it('shortens script URLs to the project or the package', () => {
    expect(shortenScriptUrl('file:///tmp/x/node_modules/.pnpm/a/node_modules/sharp/lib/index.js', '/work/main')).toBe('node_modules/sharp/lib/index.js');
    expect(shortenScriptUrl('file:///work/main/src/data/index.ts', '/work/main')).toBe('src/data/index.ts');
    expect(shortenScriptUrl('node:internal/fs/promises', '/work/main')).toBe('node:internal/fs/promises');
    expect(shortenScriptUrl('file:///tmp/bench/project/src/pages/index.astro', ['/tmp/bench/project', '/work/main'])).toBe('src/pages/index.astro');
  });
});
