import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveContentDir } from '../lib/content-dir.ts';
import { resolveLanguages, type SiteLanguages } from '../lib/languages.ts';

/**
 * What Astro's configuration needs from site.yaml, read before Astro starts: where the site lives and
 * its languages. A missing or broken site.yaml gives the defaults here; the checker explains it.
 */

/** site.yaml as parsed YAML, or undefined when it is missing or not a mapping. */
function readSiteYaml(root: string): Record<string, unknown> | undefined {
  const file = path.join(resolveContentDir(process.env, process.cwd(), root), 'site.yaml');
  try {
    const site = parse(fs.readFileSync(file, 'utf8')) as unknown;
    return site && typeof site === 'object' && !Array.isArray(site) ? (site as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Astro's `site` and `base` from the production URL in site.yaml: a site at
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
  const url = readSiteYaml(root)?.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url) || !URL.canParse(url)) return undefined;
  return url;
}

/** The site's languages from site.yaml (`languages`, or the single `lang`). */
export function readSiteLanguages(root = process.cwd()): SiteLanguages {
  const site = readSiteYaml(root);
  const languages = Array.isArray(site?.languages) && site.languages.every((code) => typeof code === 'string') ? (site.languages as string[]) : undefined;
  return resolveLanguages({ lang: typeof site?.lang === 'string' ? site.lang : undefined, languages });
}
