/** What a build learns from its output files, kept by size and modification time (src/lib/file-facts-fs.ts). */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { learnFromFiles, listOutput } from '../../src/lib/file-facts-fs.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

test('reads only the files that changed since the record, and records exactly the files asked about', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-facts-'));
  dirs.push(dir);
  const out = path.join(dir, 'dist');
  const record = path.join(dir, 'cache', 'facts.json');
  await fs.mkdir(path.join(out, 'a'), { recursive: true });
  await fs.writeFile(path.join(out, 'a', 'index.html'), 'one two');
  await fs.writeFile(path.join(out, 'b.html'), 'three');
  await fs.writeFile(path.join(out, 'style.css'), 'x');
  const read: string[] = [];
  const words = (text: string, file: string) => {
    read.push(file);
    return text.split(' ').length;
  };

  const files = await listOutput(out, /\.html$/);
  expect(files.sort()).toEqual(['a/index.html', 'b.html']);
  const first = await learnFromFiles(out, files, record, '1', words);
  expect(first.map(({ file, facts, text }) => [file, facts, text])).toEqual([
    ['a/index.html', 2, 'one two'],
    ['b.html', 1, 'three'],
  ]);
  expect(read.sort()).toEqual(['a/index.html', 'b.html']);

  // Nothing changed: nothing is read, and the facts are the recorded ones.
  read.length = 0;
  expect((await learnFromFiles(out, files, record, '1', words)).map(({ file, facts, text }) => [file, facts, text])).toEqual([
    ['a/index.html', 2, undefined],
    ['b.html', 1, undefined],
  ]);
  expect(read).toEqual([]);

  // A rewritten file is read again, even with the same size.
  await fs.writeFile(path.join(out, 'b.html'), 'seven');
  await fs.utimes(path.join(out, 'b.html'), new Date(), new Date(Date.now() + 5000));
  expect((await learnFromFiles(out, files, record, '1', words)).find((f) => f.file === 'b.html')?.text).toBe('seven');
  expect(read).toEqual(['b.html']);

  // A file no longer asked about leaves the record.
  read.length = 0;
  await learnFromFiles(out, ['b.html'], record, '1', words);
  expect(Object.keys(JSON.parse(await fs.readFile(record, 'utf8')).files)).toEqual(['b.html']);
  await learnFromFiles(out, files, record, '1', words);
  expect(read).toEqual(['a/index.html']);

  // Another way of learning, or a damaged record, reads everything again.
  read.length = 0;
  await learnFromFiles(out, files, record, '2', words);
  expect(read.sort()).toEqual(['a/index.html', 'b.html']);
  read.length = 0;
  await fs.writeFile(record, '{ damaged');
  await learnFromFiles(out, files, record, '2', words);
  expect(read.sort()).toEqual(['a/index.html', 'b.html']);

  expect(await listOutput(path.join(dir, 'missing'), /\.html$/)).toEqual([]);
});
