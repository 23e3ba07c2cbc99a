import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { absoluteUrl, withBase } from '../lib/site-config.ts';

/** /robots.txt: everything may be crawled; pages that must stay out say so with a robots meta tag. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, withBase(site, '/sitemap-index.xml'))}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
