/** The published SVG logo (src/lib/images/site-logo-fs.ts): sanitised, measured, read again when the file changes. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { isSvgLogo, isSvgLogoSource } from '../../../src/lib/images/site-logo';
import { loadSvgLogo, provideContentDir } from '../../../src/lib/images/site-logo-fs';

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
