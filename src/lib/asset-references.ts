/**
 * Which emitted image files a built site really uses. Astro emits every image a content entry
 * names, including the photos of people who are not published; files that no page, feed or
 * stylesheet mentions must not ship (DESIGN §2: a withdrawn person disappears everywhere).
 */

/** Output files whose text may mention an asset. */
export const TEXT_OUTPUT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/i;

/** Image files Astro may emit into the assets folder. */
export const IMAGE_ASSET = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/** The file names under `/<assetsDir>/` that a text mentions, e.g. "photo.CjY_gr_H_1s7162.webp". */
export function findAssetReferences(text: string, assetsDir = '_astro'): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`/${assetsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^\\s"'()<>,?#&\\\\]+)`, 'g');
  for (const m of text.matchAll(pattern)) names.add(decodeURIComponent(m[1]!));
  return names;
}
