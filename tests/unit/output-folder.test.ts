import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFolder, hashSnapshot, readOutputRecord, removeStaleFiles, snapshotFolder, writeOutputRecord } from '../../src/lib/output-folder-fs.ts';

let dir: string;

async function write(file: string, text = file) {
  await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await fs.writeFile(path.join(dir, file), text);
}

/** A build writes seconds after its snapshot; file times move in steps of up to 10 ms (the kernel's coarse clock). */
const later = () => new Promise((resolve) => setTimeout(resolve, 50));

async function files(): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/') + (e.isDirectory() ? '/' : '')).sort();
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-output-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('removeStaleFiles', () => {
  it('deletes what the build neither wrote nor named, and the folders it leaves empty', async () => {
    await write('index.html');
    await write('ambassadors/kept/index.html');
    await write('ambassadors/withdrawn/index.html');
    await write('og/ambassadors/withdrawn.png');
    await write('og/site.png');
    await write('stories/2/index.html');
    const before = snapshotFolder(dir);
    await later();
    // The build: rewrites two files, leaves one page in place and names it, adds a new one.
    await write('index.html', 'new home');
    await write('og/site.png', 'new card');
    await write('ambassadors/new/index.html');
    const removed = await removeStaleFiles(dir, before, new Set(['ambassadors/kept/index.html', 'ambassadors/new/index.html']));
    expect(removed).toEqual(['ambassadors/withdrawn/index.html', 'og/ambassadors/withdrawn.png', 'stories/2/index.html']);
    expect(await files()).toEqual(['ambassadors/', 'ambassadors/kept/', 'ambassadors/kept/index.html', 'ambassadors/new/', 'ambassadors/new/index.html', 'index.html', 'og/', 'og/site.png']);
    expect(await fs.readFile(path.join(dir, 'index.html'), 'utf8')).toBe('new home');
  });

  it('keeps a file written again with the same bytes, and one replaced by a rename', async () => {
    await write('same.html', 'same');
    await write('renamed.html', 'old');
    const before = snapshotFolder(dir);
    await later();
    await fs.rm(path.join(dir, 'same.html'));
    await write('same.html', 'same');
    await write('tmp.html', 'new');
    await fs.rename(path.join(dir, 'tmp.html'), path.join(dir, 'renamed.html'));
    expect(await removeStaleFiles(dir, before, new Set())).toEqual([]);
    expect(await files()).toEqual(['renamed.html', 'same.html']);
  });
});

describe('the snapshot hash', () => {
  it('changes when any file is edited, added or removed, and only then', async () => {
    await write('a/index.html');
    await write('b.xml');
    const hash = hashSnapshot(snapshotFolder(dir));
    expect(hashSnapshot(snapshotFolder(dir))).toBe(hash);
    await fs.appendFile(path.join(dir, 'b.xml'), ' ');
    const edited = hashSnapshot(snapshotFolder(dir));
    expect(edited).not.toBe(hash);
    await write('c.html');
    expect(hashSnapshot(snapshotFolder(dir))).not.toBe(edited);
  });

  it('leaves out a .git folder at the top, which emptyFolder keeps too', async () => {
    await write('index.html');
    const hash = hashSnapshot(snapshotFolder(dir));
    await write('.git/HEAD', 'ref: refs/heads/gh-pages');
    expect(hashSnapshot(snapshotFolder(dir))).toBe(hash);
    emptyFolder(dir);
    expect(await files()).toEqual(['.git/', '.git/HEAD']);
  });
});

describe('the output record', () => {
  it('reads back what was written, and nothing from a missing or damaged file', async () => {
    const cache = path.join(dir, 'cache');
    expect(await readOutputRecord(cache)).toBeUndefined();
    await writeOutputRecord(cache, { outDir: '/site/dist', snapshot: 'abc' });
    expect(await readOutputRecord(cache)).toEqual({ outDir: '/site/dist', snapshot: 'abc' });
    await fs.writeFile(path.join(cache, 'vaandel-output.json'), '{"outDir": 3');
    expect(await readOutputRecord(cache)).toBeUndefined();
  });
});
