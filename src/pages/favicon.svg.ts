import type { APIRoute } from 'astro';
import { getSite } from '../data/index.ts';
import { computeBrandPalette } from '../lib/brand-colors.ts';
import { initialsOf } from '../lib/format.ts';

/** /favicon.svg: the company's first letter on its brand colour (so browsers never ask for a missing /favicon.ico). */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const { light } = computeBrandPalette(site.colors);
  const letter = initialsOf(site.name).charAt(0).replace(/[<>&"']/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${light.brandFill}"/><text x="32" y="44" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="36" font-weight="700" text-anchor="middle" fill="${light.onBrandFill}">${letter}</text></svg>\n`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
