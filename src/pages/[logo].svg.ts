/**
 * /logo.svg: the site's SVG logo as published, without scripts, event attributes, foreign objects
 * or references to other files (src/lib/images/sanitise-svg.ts). A route with a parameter, so that
 * a site whose logo is a picture, or that has none, gets no such file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/index.ts';
import { isSvgLogo, SVG_LOGO_PATH, type SvgLogo } from '../lib/images/site-logo.ts';
import { loadSvgLogo } from '../lib/images/site-logo-fs.ts';

export const getStaticPaths = (async () => {
  const { logo } = await getSite();
  return isSvgLogo(logo) ? [{ params: { logo: SVG_LOGO_PATH.slice(1, -'.svg'.length) }, props: { logo } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ logo: SvgLogo }> = async ({ props }) => {
  const { svg } = await loadSvgLogo(props.logo);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
