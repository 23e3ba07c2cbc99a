/**
 * astro.config.mjs loads with Node's own import, its TypeScript stripped by Node, so a build does
 * not start a Vite server to read it (about a second of every build). Astro falls back to Vite
 * when the import fails, so nothing but this test would notice an import without its extension.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

test('astro.config.mjs and everything it imports load with Node alone', async () => {
  expect(process.features.typescript).toBe('strip');
  const script = "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join(' '));";
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: '' } });
  expect(stderr).toBe('');
  expect(stdout).toContain('vaandel:content-check');
  expect(stdout).toContain('vaandel:site-logo');
});
