/**
 * /og/<kind>/<slug>.png: the social card of every published story, ambassador, job and active share
 * post. getStaticPaths hands the whole list to the card service at once, so cards render on worker
 * threads while Astro builds the pages. On the dev server each endpoint then waits for its own
 * card; a build lists no pages here, because the service copies every card into the output folder
 * itself when the build ends (src/integrations/og-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getSite } from '../../../data';
import { listEntryCards, listSiteCard } from '../../../lib/og/cards';
import { useCardService } from '../../../lib/og/service';

export const getStaticPaths = (async () => {
  const [site, catalog] = await Promise.all([getSite(), getCatalog()]);
  const service = useCardService();
  const specs = listEntryCards(site, catalog, service.files);
  service.submit([listSiteCard(site, service.files), ...specs]);
  if (service.writesFiles) return [];
  return specs.map((spec) => ({ params: { kind: spec.kind, slug: spec.slug }, props: { path: spec.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await useCardService().get((props as { path: string }).path), { headers: { 'Content-Type': 'image/png' } });
