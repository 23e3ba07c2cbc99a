/**
 * The file-system side of `npm run new`: reads templates and the content folder, writes the new
 * entry without ever overwriting anything.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { encodeWithoutMetadata } from './strip-metadata-fs.ts';
import { parse as parseYaml } from 'yaml';
import { KIND_SPECS, ScaffoldError, type Choices, type EntryKind, type ScaffoldPlan } from './scaffold.ts';

/** The folder holding the commented templates. */
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../templates');

/** The commented template of a kind (src/templates/<kind>.md). */
export async function readTemplate(kind: EntryKind, dir = TEMPLATES_DIR): Promise<string> {
  return fs.readFile(path.join(dir, `${kind}.md`), 'utf8');
}

async function listDir(dir: string): Promise<import('node:fs').Dirent[]> {
  return fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

/** The ids already used in a kind's collection: folder names, or file names without .md/.mdx. */
export async function listTakenIds(contentDir: string, kind: EntryKind): Promise<Set<string>> {
  const spec = KIND_SPECS[kind];
  const entries = await listDir(path.join(contentDir, spec.dir));
  const ids = new Set<string>();
  for (const entry of entries) {
    if (spec.layout === 'folder') {
      if (entry.isDirectory()) ids.add(entry.name);
    } else if (/\.mdx?$/.test(entry.name)) {
      ids.add(entry.name.replace(/\.mdx?$/, ''));
    }
  }
  return ids;
}

function idsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [])) : [];
}

async function readYaml(file: string): Promise<unknown> {
  try {
    return parseYaml(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined; // the checker reports a missing or broken file; hints are only a convenience
  }
}

/** Teams, locations, themes and existing entries, offered as hints in templates and prompts. */
export async function readChoices(contentDir: string): Promise<Choices> {
  const site = (await readYaml(path.join(contentDir, 'site.yaml'))) as { teams?: unknown; locations?: unknown } | undefined;
  const sorted = (ids: Set<string>) => [...ids].sort();
  return {
    teams: idsOf(site?.teams),
    locations: idsOf(site?.locations),
    themes: idsOf(await readYaml(path.join(contentDir, 'themes.yaml'))),
    ambassadors: sorted(await listTakenIds(contentDir, 'ambassador')),
    stories: sorted(await listTakenIds(contentDir, 'story')),
    jobs: sorted(await listTakenIds(contentDir, 'job')),
  };
}

/** Writes a planned entry: creates its folder and file and copies its images, refusing to overwrite anything. */
export async function writeScaffold(contentDir: string, plan: ScaffoldPlan): Promise<void> {
  for (const copy of plan.copies) {
    const stat = await fs.stat(copy.from).catch(() => undefined);
    if (!stat?.isFile()) throw new ScaffoldError('usage', `${copy.from} does not exist: give the path of an image file.`);
  }
  const file = path.join(contentDir, plan.file);
  let createdFolder: string | undefined;
  if (plan.folder) {
    const folder = path.join(contentDir, plan.folder);
    await fs.mkdir(path.dirname(folder), { recursive: true });
    try {
      await fs.mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError('exists', `${path.relative(process.cwd(), folder)} already exists. Nothing was written.`);
      throw error;
    }
    createdFolder = folder;
  } else {
    await fs.mkdir(path.dirname(file), { recursive: true });
  }
  const written: string[] = [];
  try {
    await fs.writeFile(file, plan.text, { flag: 'wx' });
    written.push(file);
    for (const copy of plan.copies) {
      const to = path.join(contentDir, copy.to);
      await copyImageWithoutMetadata(copy.from, to);
      written.push(to);
    }
  } catch (error) {
    // Leave nothing half-made behind, but never remove what was there before.
    if (createdFolder) await fs.rm(createdFolder, { recursive: true, force: true });
    else await Promise.all(written.map((f) => fs.rm(f, { force: true })));
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError('exists', `${path.relative(process.cwd(), (error as NodeJS.ErrnoException).path ?? file)} already exists. Nothing was written.`);
    throw error;
  }
}

/**
 * Copies an image into the content folder without its EXIF, XMP and IPTC data (a phone's GPS
 * position, camera serial numbers): the repository keeps the file as it is, and anyone who can read
 * the repository could read them. The picture is turned upright first, as the EXIF orientation said.
 */
export async function copyImageWithoutMetadata(from: string, to: string): Promise<void> {
  const input = await fs.readFile(from);
  let output: Buffer;
  try {
    output = await encodeWithoutMetadata(input);
  } catch {
    throw new ScaffoldError('usage', `${from} is not an image sharp can read: use a .jpg, .png, .webp or .avif file.`);
  }
  await fs.writeFile(to, output, { flag: 'wx' });
}
