/**
 * Every package the code imports is declared in package.json, so that a fresh install never relies
 * on a package that another one happens to bring along (and that could vanish with its next version).
 * The imports are read with TypeScript's own scanner, from the source, the scripts, the tests and the
 * configuration files. A type-only package such as `hast` may be declared as its `@types/` package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['src', 'scripts', 'tests'];
const CONFIG_FILES = ['astro.config.mjs', 'vitest.config.ts'];

/** The code files of a folder, recursively. */
function codeFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts|mjs|js|astro)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The package a bare specifier names (`@scope/name` or `name`), or undefined for a relative path, a Node built-in or a virtual module. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || /^(?:node|astro|virtual):/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('declared dependencies', () => {
  it('declare every package the code imports', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
    const files = [...SOURCE_FOLDERS.flatMap(codeFiles), ...CONFIG_FILES];
    expect(files.length).toBeGreaterThan(100);
    const undeclared: string[] = [];
    const imported = new Set<string>();
    for (const file of files) {
      const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        const name = packageOf(fileName);
        if (!name) continue;
        imported.add(name);
        if (!declared.has(name) && !declared.has(`@types/${name}`)) undeclared.push(`${file} imports ${name}`);
      }
    }
    // The scan sees the packages everybody knows are there.
    for (const known of ['astro', 'sharp', 'satori', 'vitest', 'yaml']) expect(imported).toContain(known);
    expect(undeclared).toEqual([]);
  });
});
