/**
 * The build gate: `astro build` runs the content checker first and stops, with the checker's
 * message and exit code 1, on a story naming an ambassador who does not exist (Astro alone would
 * build it and exit 0). A rebuild reuses the last check's result only while nothing changed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { makeTree, replace } from '../unit/check/tree.ts';

test('astro build fails with the checker\'s message on a dangling ambassador reference', async () => {
  const content = await makeTree({ 'stories/first-day/index.md': replace('ambassadors: [sofie-peeters]', 'ambassadors: [sofie-peeters, sofie-peters]') });
  const site = await buildSite(content, { now: '2026-03-01' });
  expect(site.code).not.toBe(0);
  expect(site.output).toMatch(/stories\/first-day\/index\.md\n {2}error {4}line 5 {5}ambassadors: "sofie-peters" is not an ambassador of this site\.\n {22}Did you mean "sofie-peeters"\?/);
  expect(site.output).toContain('The build stopped because of the content errors above.');
  expect(site.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  expect(await site.exists('index.html')).toBe(false);

  // Built again as it is: the stored result stops the build with the same message.
  const again = await buildSite(content, { now: '2026-03-01', reuse: site });
  expect(again.code).not.toBe(0);
  expect(again.output).toContain('ambassadors: "sofie-peters" is not an ambassador of this site.');
  expect(again.output).toContain('unchanged since the last check');
  // Fixed: the check runs again and the build goes through.
  const file = path.join(content, 'stories/first-day/index.md');
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(', sofie-peters]', ']'));
  const fixed = await buildSite(content, { now: '2026-03-01', reuse: site });
  expect(fixed.code, fixed.output).toBe(0);
  expect(fixed.output).not.toContain('unchanged since the last check');
  expect(await fixed.exists('index.html')).toBe(true);
}, 300_000);
