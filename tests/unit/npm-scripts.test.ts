/** The npm scripts people run: Astro's commands run with its telemetry off, on every platform. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('package.json scripts', () => {
  it('run every astro command with ASTRO_TELEMETRY_DISABLED=1 set by cross-env (a shell variable would not work on Windows)', async () => {
    const { scripts } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const astro = Object.entries(scripts).filter(([, command]) => /(^|\s)astro\s/.test(command));
    expect(astro.map(([name]) => name).sort()).toEqual(['build', 'dev', 'preview', 'typecheck']);
    for (const [name, command] of astro) expect(command, name).toMatch(/^cross-env ASTRO_TELEMETRY_DISABLED=1 astro /);
  });
});
