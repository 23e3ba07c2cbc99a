import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveContentDir } from '../lib/content-dir';

/** The production URL from site.yaml, read before Astro starts so that `site` (canonical URLs, sitemap) is set. */
export function readSiteUrl(root = process.cwd()): string | undefined {
  const file = path.join(resolveContentDir(process.env, process.cwd(), root), 'site.yaml');
  try {
    const url = (parse(fs.readFileSync(file, 'utf8')) as { url?: unknown } | null)?.url;
    return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined; // the checker reports a missing or broken site.yaml with its own message
  }
}
