/**
 * What people meet on a first install: Astro's commands run with its telemetry off, on every
 * platform, and the README explains each EBADENGINE warning `npm ci` prints on Node 20.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

describe('package.json scripts', () => {
  it('run every astro command with ASTRO_TELEMETRY_DISABLED=1 set by cross-env (a shell variable would not work on Windows)', async () => {
    const { scripts } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const astro = Object.entries(scripts).filter(([, command]) => /(^|\s)astro\s/.test(command));
    expect(astro.map(([name]) => name).sort()).toEqual(['build', 'dev', 'preview', 'typecheck']);
    for (const [name, command] of astro) expect(command, name).toMatch(/^cross-env ASTRO_TELEMETRY_DISABLED=1 astro /);
  });
});

describe('npm ci on Node 20', () => {
  it('warns EBADENGINE only for packages the README names', async () => {
    const lock = JSON.parse(await fs.readFile(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean }> };
    /** The packages npm warns about when it runs on this Node version. */
    const warnedOn = (node: string) =>
      Object.entries(lock.packages)
        .filter(([where, p]) => where && !p.optional && p.engines?.node && !semver.satisfies(node, p.engines.node))
        .map(([where]) => where.replace(/^.*node_modules\//, ''))
        .sort();
    const readme = await fs.readFile(path.join(root, 'README.md'), 'utf8');
    const note = readme.slice(readme.indexOf('`npm ci` warns `EBADENGINE`'), readme.indexOf('## Quick start'));
    const named = [...note.matchAll(/`(@?[a-z][\w.-]*(?:\/[\w.-]+)?)`/g)].map((m) => m[1]!).filter((name) => !['npm ci', 'node', 'cross-env'].includes(name));
    const latest = warnedOn('20.20.2');
    expect(latest.filter((name) => !named.includes(name)), 'warned on Node 20.20 but not in the README').toEqual([]);
    expect(note).toContain(`for ${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][latest.length] ?? latest.length} packages`);
    const any = warnedOn('20.0.0');
    expect(named.filter((name) => !any.includes(name)), 'in the README but warned on no Node 20').toEqual([]);
  });
});
