/**
 * /og/…png: the social card of the site and of every published story, ambassador, job and active
 * share post, in every language (src/data/cards.ts). getStaticPaths hands the whole list to the card
 * service at once, so cards render on worker threads while Astro builds the pages. On the dev server
 * each endpoint then waits for its own card; a build lists no pages here, because the service copies
 * every card into the output folder itself when the build ends (src/integrations/og-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCardIndex } from '../../data/cards';
import { useCardService } from '../../lib/og/service';

export const getStaticPaths = (async () => {
  const { specs } = await getCardIndex();
  const service = useCardService();
  service.submit(specs);
  if (service.writesFiles) return [];
  // /og/<card>.png: the path without its /og/ folder and extension.
  return specs.map((spec) => ({ params: { card: spec.path.slice('/og/'.length, -'.png'.length) }, props: { path: spec.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await useCardService().get((props as { path: string }).path), { headers: { 'Content-Type': 'image/png' } });
