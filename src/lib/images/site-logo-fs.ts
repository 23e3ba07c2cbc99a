/**
 * The published SVG logo: the file site.yaml names, sanitised (sanitise-svg.ts) and measured. The
 * site-logo integration tells where the content folder and the build's cache folder are (the pages
 * run inside Astro's bundled build, which does not know them); both sides meet on one global slot,
 * as the card service does.
 *
 * Sanitising loads jsdom, half a second of every build and of its content check, so the result is
 * kept in the cache folder (vaandel-svg-logo.json) with the hash of the file it came from, and used
 * by both while that is unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { SANITISER_REVISION, sanitiseSvg, type SanitisedSvg } from './sanitise-svg.ts';
import { SVG_LOGO_PATH, type SvgLogo, type SvgLogoSource } from './site-logo.ts';

const SLOT = Symbol.for('vaandel.content-dir');
const CACHE_SLOT = Symbol.for('vaandel.logo-cache-dir');
/** The file in the cache folder that keeps the last sanitised logo. */
export const LOGO_CACHE_FILE = 'vaandel-svg-logo.json';

/** Tells the pages which content folder site.yaml is in, and where a build keeps what it reuses (the site-logo integration does this). */
export function provideContentDir(dir: string, cacheDir?: string): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = dir;
  (globalThis as Record<symbol, unknown>)[CACHE_SLOT] = cacheDir;
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
  const cacheDir = (globalThis as Record<symbol, unknown>)[CACHE_SLOT] as string | undefined;
  const { svg, width, height } = await sanitiseSvgKept(await readFile(file, 'utf8'), cacheDir);
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  return { logo: { format: 'svg', file: written, src: `${base}${SVG_LOGO_PATH}`, width, height, hash }, svg };
}

/** An SVG sanitised (sanitise-svg.ts) and measured. */
export interface MeasuredSvg extends SanitisedSvg {
  width: number;
  height: number;
}

/** What the cache file holds: the sanitised logo and its size, for the file whose hash is `source`. */
interface StoredLogo extends MeasuredSvg {
  source: string;
}

/**
 * An SVG's text sanitised and measured, as sanitiseSvg (which throws SvgError on a text it cannot
 * read): from `cacheDir` when the same text was sanitised the same way before, and kept there.
 */
export async function sanitiseSvgKept(text: string, cacheDir: string | undefined): Promise<MeasuredSvg> {
  const { version } = createRequire(import.meta.url)('dompurify') as { version: string };
  const source = createHash('sha256').update(`${SANITISER_REVISION}\0${version}\0${text}`).digest('hex');
  const cacheFile = cacheDir && path.join(cacheDir, LOGO_CACHE_FILE);
  if (cacheFile) {
    const stored = await readStored(cacheFile);
    if (stored?.source === source) return { svg: stored.svg, removed: stored.removed, width: stored.width, height: stored.height };
  }
  const { svg, removed } = sanitiseSvg(text);
  const { width = 0, height = 0 } = await sharp(Buffer.from(svg)).metadata();
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true })
      .then(() => writeFile(cacheFile, JSON.stringify({ source, svg, removed, width, height } satisfies StoredLogo)))
      .catch(() => undefined); // a read-only cache only costs time
  }
  return { svg, removed, width, height };
}

/** The cache file's record; undefined when there is none or it is damaged. */
async function readStored(file: string): Promise<StoredLogo | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredLogo>;
    const { source, svg, removed, width, height } = stored;
    return typeof source === 'string' && typeof svg === 'string' && Array.isArray(removed) && typeof width === 'number' && typeof height === 'number' ? { source, svg, removed, width, height } : undefined;
  } catch {
    return undefined;
  }
}
