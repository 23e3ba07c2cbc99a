/**
 * Which built pages belong in the sitemap: those a search engine may index. A page decides that
 * itself with `<meta name="robots" content="noindex">` (closed jobs, share pages …), so the sitemap
 * follows the same data as the pages, with no list to keep in sync.
 */

/** Whether an HTML document asks search engines not to index it. */
export function isNoindexHtml(html: string): boolean {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tag[0];
    if (!/\bname\s*=\s*["']?(robots|googlebot)["'\s/>]/i.test(attrs)) continue;
    if (/\bcontent\s*=\s*["'][^"']*\b(noindex|none)\b/i.test(attrs)) return true;
  }
  return false;
}

/** The output file of a page URL in a directory-format build: https://x/jobs/a/ → jobs/a/index.html. */
export function outputFileOf(pageUrl: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  if (pathname.endsWith('/')) return `${pathname.slice(1)}index.html`;
  return /\.[a-z0-9]+$/i.test(pathname) ? pathname.slice(1) : `${pathname.slice(1)}/index.html`;
}
