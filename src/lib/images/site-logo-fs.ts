/**
 * The published SVG logo: the file site.yaml names, sanitised (sanitise-svg.ts) and measured. The
 * site-logo integration tells where the content folder is (the pages run inside Astro's bundled
 * build, which does not know it); both sides meet on one global slot, as the card service does.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { sanitiseSvg } from './sanitise-svg';
import { SVG_LOGO_PATH, type SvgLogo, type SvgLogoSource } from './site-logo';

const SLOT = Symbol.for('vaandel.content-dir');

/** Tells the pages which content folder site.yaml is in (the site-logo integration does this). */
export function provideContentDir(dir: string): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = dir;
}

let last: { key: string; published: Promise<{ logo: SvgLogo; svg: string }> } | undefined;

/**
 * The SVG logo as published: its sanitised text, and what pages need to show it, its address under
 * the site's base path (e.g. "/careers"). Read again when the file changed (astro dev).
 */
export async function loadSvgLogo(source: SvgLogoSource, base = ''): Promise<{ logo: SvgLogo; svg: string }> {
  const dir = (globalThis as Record<symbol, unknown>)[SLOT] as string | undefined;
  if (!dir) throw new Error('The SVG logo needs the site-logo integration: add `siteLogo()` from src/integrations/site-logo.ts to `integrations` in astro.config.mjs.');
  const file = path.resolve(dir, source.file);
  const { mtimeMs, size } = await stat(file);
  const key = `${file}\0${mtimeMs}\0${size}\0${base}`;
  if (last?.key !== key) last = { key, published: publish(file, source.file, base) };
  return last.published;
}

async function publish(file: string, written: string, base: string): Promise<{ logo: SvgLogo; svg: string }> {
  const { svg } = sanitiseSvg(await readFile(file, 'utf8'));
  const { width = 0, height = 0 } = await sharp(Buffer.from(svg)).metadata();
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  return { logo: { format: 'svg', file: written, src: `${base}${SVG_LOGO_PATH}`, width, height, hash }, svg };
}
