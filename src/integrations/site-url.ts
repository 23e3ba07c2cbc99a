import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveContentDir } from '../lib/content-dir.ts';

/**
 * Astro's `site` and `base` from the production URL in site.yaml, read before Astro starts: a site at
 * https://org.github.io/careers gets site https://org.github.io and base /careers, so that every URL
 * Astro makes (pages, assets, the sitemap) lives under that path.
 */
export function readSiteLocation(root = process.cwd()): { site?: string; base?: string } {
  const url = readSiteUrl(root);
  if (!url) return {};
  const parsed = new URL(url);
  const base = parsed.pathname.replace(/\/+$/, '');
  return { site: parsed.origin, ...(base ? { base } : {}) };
}

/** The production URL from site.yaml. */
export function readSiteUrl(root = process.cwd()): string | undefined {
  const file = path.join(resolveContentDir(process.env, process.cwd(), root), 'site.yaml');
  try {
    const url = (parse(fs.readFileSync(file, 'utf8')) as { url?: unknown } | null)?.url;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return undefined;
    new URL(url); // throws for an address the checker will explain
    return url;
  } catch {
    return undefined; // the checker reports a missing or broken site.yaml with its own message
  }
}
