/**
 * Writes a generated content folder to disk. Each distinct picture is rendered once (SVG → JPEG with
 * sharp, all in parallel on sharp's thread pool); every file that uses it gets a copy whose bytes
 * differ by a JPEG comment naming the entry, so that no cache can mistake two people's photos for one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { editAmbassadorName, editStory, editThemeLabel, type GeneratedContent, type ImageSource } from './generate-content.ts';

/** What was written. */
export interface WrittenContent {
  /** Files written. */
  files: number;
  /** Distinct pictures rendered. */
  images: number;
  /** Total bytes written. */
  bytes: number;
}

/** Renders one picture to JPEG bytes. */
export async function renderImage(source: ImageSource): Promise<Buffer> {
  return sharp(Buffer.from(source.svg)).resize(source.width, source.height).jpeg({ quality: 82 }).toBuffer();
}

/** The same JPEG with a comment segment (COM, 0xFFFE) right after the start marker; the picture is unchanged. */
export function tagJpeg(jpeg: Uint8Array, tag: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('tagJpeg: not a JPEG file');
  const comment = Buffer.from(tag, 'utf8').subarray(0, 65_000);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(comment.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, comment, jpeg.subarray(2)]);
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes every file of `content` into `dir` (created if missing; existing files are overwritten). */
export async function writeContent(content: GeneratedContent, dir: string): Promise<WrittenContent> {
  const keys = Object.keys(content.images);
  const rendered = new Map(await Promise.all(keys.map(async (key) => [key, await renderImage(content.images[key]!)] as const)));
  const folders = new Set(content.files.map((f) => path.dirname(path.join(dir, f.path))));
  for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  let bytes = 0;
  await eachLimited(content.files, 64, async (file) => {
    const data = 'text' in file ? Buffer.from(file.text, 'utf8') : tagJpeg(rendered.get(file.image)!, file.tag);
    bytes += data.length;
    await fs.writeFile(path.join(dir, file.path), data);
  });
  return { files: content.files.length, images: keys.length, bytes };
}

/** Applies the benchmark's one change to the editable story in `dir`; returns the changed file. */
export async function changeOneStory(content: GeneratedContent, dir: string, revision = 1): Promise<string> {
  return changeStory(path.join(dir, content.editableStory), revision);
}

/** Applies the benchmark's fan-out change to the story share posts link to; returns the changed file. */
export async function changeFanOutStory(content: GeneratedContent, dir: string, revision = 1): Promise<string> {
  if (!content.fanOutStory) throw new Error('changeFanOutStory: no live share post links to a story in this content');
  return changeStory(path.join(dir, content.fanOutStory), revision);
}

/** Applies the benchmark's rename to the profile of the ambassador who tells the most stories; returns the changed file. */
export async function renameBusiestAmbassador(content: GeneratedContent, dir: string, revision = 1): Promise<string> {
  if (!content.busiestAmbassador) throw new Error('renameBusiestAmbassador: no published ambassador tells a story in this content');
  const file = path.join(dir, content.busiestAmbassador);
  await fs.writeFile(file, editAmbassadorName(await fs.readFile(file, 'utf8'), revision));
  return file;
}

/** Applies the benchmark's theme edit to the label of the theme most stories have; returns the changed file. */
export async function relabelBusiestTheme(content: GeneratedContent, dir: string, revision = 1): Promise<string> {
  const file = path.join(dir, 'themes.yaml');
  await fs.writeFile(file, editThemeLabel(await fs.readFile(file, 'utf8'), content.busiestTheme, revision));
  return file;
}

async function changeStory(file: string, revision: number): Promise<string> {
  await fs.writeFile(file, editStory(await fs.readFile(file, 'utf8'), revision));
  return file;
}
