import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutput, listProcessTree, makeProjectRoot, readRss, watchPeakRss } from '../../scripts/bench/build-fs.ts';
import { BENCH_TODAY, editStory, generateContent } from '../../scripts/bench/generate-content.ts';
import { changeFanOutStory, changeOneStory, relabelBusiestTheme, renameBusiestAmbassador, renderImage, tagJpeg, writeContent } from '../../scripts/bench/write-content-fs.ts';
import { translateContent } from '../../scripts/bench/translate.ts';
import { parse } from 'yaml';
import { checkContentFolder } from '../../src/lib/check/check-fs.ts';
import { listFiles } from '../../src/lib/check/check-fs.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-bench-test-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Every file of a folder with its bytes. */
async function snapshotFolder(dir: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, await fs.readFile(path.join(dir, f))] as const)));
}

describe('writeContent', () => {
  it('writes byte-identical folders for the same seed, and different ones for another seed', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => path.join(tmp, n));
    await writeContent(generateContent({ size: 40, seed: 5 }), a!);
    await writeContent(generateContent({ size: 40, seed: 5 }), b!);
    await writeContent(generateContent({ size: 40, seed: 6 }), c!);
    const [first, second, third] = await Promise.all([a!, b!, c!].map(snapshotFolder));
    expect([...second!.keys()]).toEqual([...first!.keys()]);
    for (const [file, bytes] of first!) expect(bytes.equals(second!.get(file)!), file).toBe(true);
    expect([...third!.keys()]).not.toEqual([...first!.keys()]);
  });

  it('writes photos of at least 400×400 and wide covers, each copy with its own bytes', async () => {
    const dir = path.join(tmp, 'images');
    const content = generateContent({ size: 60, seed: 2 });
    const written = await writeContent(content, dir);
    expect(written.files).toBe(content.files.length);
    expect(written.images).toBe(Object.keys(content.images).length);
    const files = await listFiles(dir);
    const photos = files.filter((f) => f.endsWith('/photo.jpg'));
    const covers = files.filter((f) => f.endsWith('/cover.jpg'));
    expect(photos.length).toBeGreaterThan(15);
    expect(covers.length).toBeGreaterThan(10);
    for (const file of [...photos, ...covers]) {
      const meta = await sharp(path.join(dir, file)).metadata();
      expect(meta.format).toBe('jpeg');
      if (file.endsWith('photo.jpg')) expect(Math.min(meta.width!, meta.height!)).toBeGreaterThanOrEqual(400);
      else expect(meta.width).toBeGreaterThanOrEqual(1200);
    }
    const bytes = await Promise.all(photos.map((f) => fs.readFile(path.join(dir, f), 'latin1')));
    expect(new Set(bytes).size).toBe(photos.length);
  });

  it('passes npm run check with no errors', async () => {
    const dir = path.join(tmp, 'check');
    await writeContent(generateContent({ size: 100, seed: 1 }), dir);
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'scripts/check.ts', dir], { env: { ...process.env, VAANDEL_NOW: BENCH_TODAY }, stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (c) => resolve(c ?? 1));
    });
    expect(code).toBe(0);
    const result = await checkContentFolder({ contentDir: dir, cwd: tmp, today: new Date(`${BENCH_TODAY}T00:00:00Z`) });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }, 90_000); // two checks of 100 entries, each loading the SVG sanitiser's DOM (jsdom) for the logo

  it('changes one story in place for the one-change build', async () => {
    const dir = path.join(tmp, 'change');
    const content = generateContent({ size: 30, seed: 1 });
    await writeContent(content, dir);
    const before = await fs.readFile(path.join(dir, content.editableStory), 'utf8');
    const file = await changeOneStory(content, dir, 3);
    expect(file).toBe(path.join(dir, content.editableStory));
    const after = await fs.readFile(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('(update 3)');
  });

  it('changes the story share posts link to for the fan-out build', async () => {
    const dir = path.join(tmp, 'fan-out');
    const content = generateContent({ size: 200, seed: 1 });
    await writeContent(content, dir);
    const before = await fs.readFile(path.join(dir, content.fanOutStory), 'utf8');
    const file = await changeFanOutStory(content, dir, 2);
    expect(file).toBe(path.join(dir, content.fanOutStory));
    expect(await fs.readFile(file, 'utf8')).toBe(editStory(before, 2));
    await expect(changeFanOutStory({ ...content, fanOutStory: '' }, dir)).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: changeFanOutStory: no live share post links to a story in this content]`);
  });

  it('renames the person who tells the most stories and relabels the theme most stories have, in every language, and the content stays valid', async () => {
    const dir = path.join(tmp, 'repeated');
    const content = translateContent(generateContent({ size: 100, seed: 1 }), ['en', 'nl', 'fr'], 1);
    await writeContent(content, dir);
    const { busiestAmbassador, busiestTheme } = content;
    // The busiest teller tells more stories than anyone else who is published.
    const tellersOf = (text: string): string[] => /^ambassadors:\n((?:\s+- .*\n)+)/m.exec(text)?.[1]?.match(/[a-z0-9-]+$/gm) ?? [];
    const stories = content.files.filter((f) => /^stories\/[^/]+\/index\.mdx?$/.test(f.path) && 'text' in f).map((f) => tellersOf((f as { text: string }).text));
    const busiest = busiestAmbassador.split('/')[1]!;
    const told = (id: string) => stories.filter((tellers) => tellers.includes(id)).length;
    expect(told(busiest)).toBeGreaterThan(1);
    for (const id of content.published.ambassadors) expect(told(id)).toBeLessThanOrEqual(told(busiest));

    const profile = await renameBusiestAmbassador(content, dir, 2);
    expect(path.relative(dir, profile)).toBe(busiestAmbassador);
    expect(await fs.readFile(profile, 'utf8')).toMatch(/^name: \S+ Dubois$/m);
    const themes = await relabelBusiestTheme(content, dir, 2);
    const label = (parse(await fs.readFile(themes, 'utf8')) as { id: string; label: Record<string, string> }[]).find((t) => t.id === busiestTheme)!.label;
    expect(Object.keys(label)).toEqual(['en', 'nl', 'fr']);
    for (const text of Object.values(label)) expect(text).toMatch(/ \(2\)$/);
    const result = await checkContentFolder({ contentDir: dir, cwd: tmp, today: new Date(`${BENCH_TODAY}T00:00:00Z`) });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }, 90_000);
});

describe('tagJpeg', () => {
  it('makes the bytes differ without changing the picture', async () => {
    const jpeg = await renderImage({ svg: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b5560"/></svg>', format: 'jpeg', width: 40, height: 20 });
    const tagged = tagJpeg(jpeg, 'ambassador:zoë');
    expect(tagged.equals(jpeg)).toBe(false);
    const [plain, marked] = await Promise.all([sharp(jpeg).raw().toBuffer(), sharp(tagged).raw().toBuffer()]);
    expect(marked.equals(plain)).toBe(true);
    expect(() => tagJpeg(Buffer.from('GIF89a'), 'x')).toThrowErrorMatchingInlineSnapshot(`[Error: tagJpeg: not a JPEG file]`);
  });
});

describe('build measurement helpers', () => {
  it('finds a child process in the tree and reads its memory', async () => {
    const child = spawn('sleep', ['5']);
    try {
      await new Promise((r) => setTimeout(r, 100));
      expect(listProcessTree(process.pid)).toContain(child.pid);
      expect(readRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
      expect(readRss(999_999_999)).toBe(0);
      const watch = watchPeakRss(process.pid, 20);
      await new Promise((r) => setTimeout(r, 60));
      expect(watch.stop()).toBeGreaterThanOrEqual(readRss(process.pid) * 0.5);
    } finally {
      child.kill();
    }
  });

  it('counts the pages and the cards under og/ of an output folder', async () => {
    const out = path.join(tmp, 'out');
    for (const file of ['index.html', 'jobs/index.html', 'jobs/a/index.html', 'og/site.png', 'og/stories/a.png', 'og/ambassadors/b.jpg', 'ambassadors/a/photo.png', 'rss.xml']) {
      await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await fs.writeFile(path.join(out, file), '');
    }
    expect(await countOutput(out)).toEqual({ pages: 3, cards: 3 });
  });

  it('makes a project root with copies of src/ and the config, and links to the other folders, without caches, output or content', async () => {
    const project = path.join(tmp, 'project');
    for (const dir of ['src/pages', 'node_modules/x', '.astro', 'dist', 'content', '.git']) await fs.mkdir(path.join(project, dir), { recursive: true });
    await fs.writeFile(path.join(project, 'astro.config.mjs'), '');
    await fs.writeFile(path.join(project, 'src/pages/index.astro'), '');
    const work = path.join(tmp, 'work');
    await makeProjectRoot(project, work);
    expect((await fs.readdir(work)).sort()).toEqual(['astro.config.mjs', 'node_modules', 'src']);
    expect((await fs.lstat(path.join(work, 'src'))).isSymbolicLink()).toBe(false);
    expect((await fs.lstat(path.join(work, 'astro.config.mjs'))).isSymbolicLink()).toBe(false);
    expect((await fs.lstat(path.join(work, 'node_modules'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(work, 'src/pages/index.astro'), 'utf8')).toBe('');
  });
});
