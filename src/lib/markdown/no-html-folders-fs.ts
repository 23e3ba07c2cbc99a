import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_DIRS, resolveContentDir } from '../content-dir.ts';

/**
 * The folders whose Markdown may hold no raw HTML: the ambassadors folder of the content folder in
 * use, as given and with symlinks resolved (the loader may report either).
 */
export function resolveNoHtmlFolders(env: Record<string, string | undefined>, cwd: string, projectRoot: string): string[] {
  const folder = path.join(resolveContentDir(env, cwd, projectRoot), COLLECTION_DIRS.ambassadors);
  let real = folder;
  try {
    real = fs.realpathSync(folder);
  } catch {
    // a site without ambassadors yet: nothing to resolve
  }
  return [...new Set([folder, real])];
}
