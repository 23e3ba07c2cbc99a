/**
 * The site logo's file. An SVG logo is not an Astro image (it is published sanitised, see
 * src/lib/images/site-logo.ts) and carries no `fsPath`; so the logo is also looked up the way the
 * author wrote it: site.yaml's `logo`, relative to the content folder. Cards draw an SVG logo
 * sanitised too (images-fs.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The absolute path of the logo named in `<contentDir>/site.yaml`, or undefined. */
export function findSiteLogoFile(contentDir: string): string | undefined {
  try {
    const logo = (parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { logo?: unknown } | null)?.logo;
    return typeof logo === 'string' && logo.trim() ? path.resolve(contentDir, logo.trim()) : undefined;
  } catch {
    return undefined; // the checker reports a missing or broken site.yaml
  }
}
