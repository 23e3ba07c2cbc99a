/** The three-language fixture with its production URL under a path, as GitHub Pages serves a project site. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Where the sub-path site lives. */
export const SUBPATH_URL = 'https://fixture.github.io/careers';
/** Its base path. */
export const SUBPATH_BASE = '/careers';

/** A temporary copy of tests/fixtures/languages whose site.yaml url is SUBPATH_URL; remove it when done. */
export async function makeSubpathContent(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-subpath-'));
  await fs.cp(path.resolve(import.meta.dirname, '../fixtures/languages'), dir, { recursive: true });
  const file = path.join(dir, 'site.yaml');
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(/^url: .*$/m, `url: ${SUBPATH_URL}`));
  return dir;
}
