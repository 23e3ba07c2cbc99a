/** What the jobs loaders read of site.yaml: its `jobs:` settings, teams, locations and languages. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readAtsSettings, type AtsSettings } from '../lib/ats/settings.ts';

/** Reads site.yaml's job settings. */
export async function readSettings(contentDir: string): Promise<AtsSettings & { siteFile: string }> {
  const siteFile = path.join(contentDir, 'site.yaml');
  const text = await fs.readFile(siteFile, 'utf8').catch(() => '');
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    data = {};
  }
  return { ...readAtsSettings(data), siteFile: path.relative(process.cwd(), siteFile).split(path.sep).join('/') };
}
