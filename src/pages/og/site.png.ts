/** /og/site.png: the site's own social card, for the home page and every page without a card of its own. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data';
import { cardMediaType } from '../../lib/card-paths';
import { listSiteCard } from '../../lib/og/cards';
import { useCardService } from '../../lib/og/service';

export const GET: APIRoute = async () => {
  const service = useCardService();
  const spec = listSiteCard(await getSite(), service.files);
  service.submit([spec]);
  return new Response(await service.get(spec.path), { headers: { 'Content-Type': cardMediaType(spec.path) } });
};
