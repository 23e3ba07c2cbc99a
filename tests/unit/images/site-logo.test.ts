/** The published SVG logo (src/lib/images/site-logo-fs.ts): sanitised, measured, read again when the file changes, kept in the build's cache folder. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { isSvgLogo, isSvgLogoSource } from '../../../src/lib/images/site-logo.ts';
import { LOGO_CACHE_FILE, loadSvgLogo, provideContentDir } from '../../../src/lib/images/site-logo-fs.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

test('an SVG logo is published sanitised at /logo.svg, with its size and a hash that follows its bytes', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-logo-'));
  dirs.push(dir);
  const file = path.join(dir, 'brand.svg');
  await fs.writeFile(file, '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="alert(1)"><script>alert(2)</script><rect width="120" height="40"/></svg>');
  provideContentDir(dir);
  const source = { format: 'svg' as const, file: './brand.svg' };
  expect(isSvgLogoSource(source)).toBe(true);

  const first = await loadSvgLogo(source);
  expect(first.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>\n');
  expect(first.logo).toEqual({ format: 'svg', file: './brand.svg', src: '/logo.svg', width: 120, height: 40, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect(isSvgLogo(first.logo)).toBe(true);
  expect(isSvgLogo(source)).toBe(false);
  expect(await loadSvgLogo(source)).toBe(first);

  await fs.writeFile(file, '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><circle r="9"/></svg>');
  await fs.utimes(file, new Date(), new Date(Date.now() + 5000));
  const second = await loadSvgLogo(source);
  expect(second.logo).toMatchObject({ width: 90, height: 30 });
  expect(second.logo.hash).not.toBe(first.logo.hash);
});

test('a build keeps the sanitised logo in its cache folder and uses it while the file is the same', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-logo-'));
  dirs.push(dir);
  const cacheDir = path.join(dir, '.astro');
  const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><script>alert(1)</script><rect width="60" height="20"/></svg>';
  await fs.writeFile(path.join(dir, 'one.svg'), drawing);
  provideContentDir(dir, cacheDir);

  const first = await loadSvgLogo({ format: 'svg', file: './one.svg' });
  expect(first.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20"/></svg>\n');
  const cacheFile = path.join(cacheDir, LOGO_CACHE_FILE);
  const stored = JSON.parse(await fs.readFile(cacheFile, 'utf8'));
  expect(stored).toEqual({ source: expect.stringMatching(/^[0-9a-f]{64}$/), svg: first.svg, removed: ['<script>'], width: 60, height: 20 });

  // The same drawing in another file is taken from the cache: a marked record shows it was read.
  await fs.writeFile(cacheFile, JSON.stringify({ ...stored, svg: '<svg xmlns="http://www.w3.org/2000/svg" id="from-cache"/>\n' }));
  await fs.writeFile(path.join(dir, 'two.svg'), drawing);
  expect((await loadSvgLogo({ format: 'svg', file: './two.svg' })).svg).toContain('from-cache');

  // Another drawing is sanitised again, and replaces the record.
  await fs.writeFile(path.join(dir, 'three.svg'), drawing.replace('<rect', '<circle r="5"/><rect'));
  const third = await loadSvgLogo({ format: 'svg', file: './three.svg' });
  expect(third.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><circle r="5"/><rect width="60" height="20"/></svg>\n');
  expect(JSON.parse(await fs.readFile(cacheFile, 'utf8'))).toMatchObject({ svg: third.svg });
  expect(JSON.parse(await fs.readFile(cacheFile, 'utf8')).source).not.toBe(stored.source);

  // A damaged record is ignored.
  await fs.writeFile(cacheFile, '{ not json');
  await fs.writeFile(path.join(dir, 'four.svg'), drawing);
  expect((await loadSvgLogo({ format: 'svg', file: './four.svg' })).svg).toBe(first.svg);
});
