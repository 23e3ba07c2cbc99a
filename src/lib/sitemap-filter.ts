/**
 * What the sitemap says of each built page, read from the page itself so that the sitemap follows
 * the same data as the pages, with no list to keep in sync: whether a search engine may index it
 * (`<meta name="robots" content="noindex">` on closed jobs, share pages …; a canonical link to
 * another page on a page that shows another language's text), and its language alternates (the
 * page's own `<link rel="alternate" hreflang>` tags).
 */

/** The <head> of an HTML document (the whole text when it has no </head>). */
function headOf(html: string): string {
  const end = html.search(/<\/head>/i);
  return end === -1 ? html : html.slice(0, end);
}

/** The value of an attribute in a tag's text. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
}

/** Whether an HTML document asks search engines not to index it. */
export function isNoindexHtml(html: string): boolean {
  for (const tag of headOf(html).matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tag[0];
    if (!/\bname\s*=\s*["']?(robots|googlebot)["'\s/>]/i.test(attrs)) continue;
    if (/\bcontent\s*=\s*["'][^"']*\b(noindex|none)\b/i.test(attrs)) return true;
  }
  return false;
}

/** The canonical URL a document names, if any. */
export function canonicalOf(html: string): string | undefined {
  for (const tag of headOf(html).matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?canonical\b/i.test(tag[0])) return attribute(tag[0], 'href');
  }
  return undefined;
}

/** The language alternates a document lists (`hreflang` and URL), x-default included. */
export function alternatesOf(html: string): { lang: string; url: string }[] {
  const found: { lang: string; url: string }[] = [];
  for (const tag of headOf(html).matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?alternate\b/i.test(tag[0])) continue;
    const lang = attribute(tag[0], 'hreflang');
    const url = attribute(tag[0], 'href');
    if (lang && url) found.push({ lang, url });
  }
  return found;
}

/** What the sitemap needs of a page's head. */
export interface SitemapHead {
  noindex: boolean;
  canonical?: string;
  alternates: { lang: string; url: string }[];
}

/** What the sitemap needs of an HTML document's head. */
export function sitemapHeadOf(html: string): SitemapHead {
  const canonical = canonicalOf(html);
  return { noindex: isNoindexHtml(html), ...(canonical === undefined ? {} : { canonical }), alternates: alternatesOf(html) };
}

/** Whether a built page belongs in the sitemap: indexable, and its own canonical version. */
export function isSitemapPage(pageUrl: string, page: string | SitemapHead): boolean {
  const { noindex, canonical } = typeof page === 'string' ? sitemapHeadOf(page) : page;
  if (noindex) return false;
  return canonical === undefined || new URL(canonical, pageUrl).href === new URL(pageUrl).href;
}

/**
 * The output file of a page URL in a directory-format build: https://x/jobs/a/ → jobs/a/index.html;
 * with the site under a base path (/careers), https://x/careers/jobs/a/ → jobs/a/index.html.
 */
export function outputFileOf(pageUrl: string, base = ''): string {
  const full = decodeURIComponent(new URL(pageUrl).pathname);
  const root = base.replace(/\/+$/, '');
  const pathname = root && full.startsWith(`${root}/`) ? full.slice(root.length) : full;
  if (pathname.endsWith('/')) return `${pathname.slice(1)}index.html`;
  return /\.[a-z0-9]+$/i.test(pathname) ? pathname.slice(1) : `${pathname.slice(1)}/index.html`;
}
