/**
 * The file behind an image field. In the build an image field is Astro's ImageMetadata, which
 * carries the absolute source path as a hidden `fsPath` property; in `astro dev` its `src` is
 * `/@fs/<absolute path>?origWidth=…`. A plain string (the checker's view) is taken as the path.
 */

/** The absolute path of an image's source file, or undefined when it cannot be told. */
export function sourceFileOf(image: unknown): string | undefined {
  if (typeof image === 'string') return image || undefined;
  if (!image || typeof image !== 'object') return undefined;
  const fsPath = (image as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string' && fsPath) return fsPath;
  const src = (image as { src?: unknown }).src;
  if (typeof src === 'string' && src.startsWith('/@fs/')) return decodeURIComponent(src.slice('/@fs'.length).split('?')[0]!);
  return undefined;
}
