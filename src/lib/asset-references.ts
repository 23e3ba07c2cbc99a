/**
 * Which emitted image files a built site really uses. Astro emits every image a content entry
 * names, including the photos of people who are not published; files that no page, feed or
 * stylesheet mentions must not ship (DESIGN §2: a withdrawn person disappears everywhere).
 */
import { IMAGE_FILE } from './images/formats.ts';

/** Output files whose text may mention an asset. */
export const TEXT_OUTPUT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/i;

/** Image files Astro may emit into the assets folder: any picture or SVG of the table of formats. */
export const IMAGE_ASSET = IMAGE_FILE;

/** The file names under `/<assetsDir>/` that a text mentions, e.g. "photo.CjY_gr_H_1s7162.webp". */
export function findAssetReferences(text: string, assetsDir = '_astro'): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`/${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^\\s"'()<>,?#&\\\\]+)`, 'g');
  for (const m of text.matchAll(pattern)) names.add(decodeURIComponent(m[1]!));
  return names;
}
