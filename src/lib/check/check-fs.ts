/** Reads a content folder from disk for the checker: the file list, texts and image headers (sharp). */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { checkContent, type CheckResult, type ContentSource } from './check-content';

/** Every file under `dir`, relative, with forward slashes (symbolic links to files included). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** A ContentSource over a folder on disk. */
export async function createFsSource(dir: string): Promise<ContentSource> {
  return {
    files: await listFiles(dir),
    readText: (file) => fs.readFile(path.join(dir, file), 'utf8'),
    readImage: async (file) => {
      const { width, height, format, orientation } = await sharp(path.join(dir, file)).metadata();
      // EXIF orientations 5–8 turn the picture by 90°: show the size people see.
      return orientation && orientation >= 5 ? { width: height, height: width, format } : { width, height, format };
    },
  };
}

/** How the content folder is shown in messages: relative to the working directory, forward slashes. */
export function labelOf(contentDir: string, cwd: string): string {
  return path.relative(cwd, contentDir).split(path.sep).join('/') || '.';
}

/** Checks the content folder on disk; a missing folder is a problem of its own. */
export async function checkContentFolder(options: { contentDir: string; cwd: string; today: Date }): Promise<CheckResult> {
  const label = labelOf(options.contentDir, options.cwd);
  const stat = await fs.stat(options.contentDir).catch(() => undefined);
  if (!stat?.isDirectory()) {
    return {
      files: 0,
      entries: 0,
      problems: [{ file: label, field: '', severity: 'error', message: 'is not a folder: there is no content to check.', hint: 'Run the check from the project folder, or point VAANDEL_CONTENT at a content folder.' }],
    };
  }
  return checkContent(await createFsSource(options.contentDir), { today: options.today, label });
}
