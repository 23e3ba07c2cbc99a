/**
 * The card routes, /og/<kind>/<slug>.png and /og/<kind>/<slug>.jpg: the social card of every
 * published story, ambassador, job and active share post, each under the extension of the format
 * its content decides (src/lib/og/cards.ts). One route per extension, because Astro tells an
 * endpoint's file from a page by a fixed extension in its name. getStaticPaths hands the whole list
 * to the card service at once, so cards render on worker threads while Astro builds the pages. On
 * the dev server each endpoint then waits for its own card; a build lists no pages here, because the
 * service copies every card into the output folder itself when the build ends
 * (src/integrations/og-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getSite } from '../../../data';
import { cardMediaType, type CardFormat } from '../../../lib/card-paths';
import { listEntryCards, listSiteCard } from '../../../lib/og/cards';
import { useCardService } from '../../../lib/og/service';

/** The getStaticPaths and GET of the route of one card format. */
export function cardRoute(format: CardFormat) {
  const getStaticPaths = (async () => {
    const [site, catalog] = await Promise.all([getSite(), getCatalog()]);
    const service = useCardService();
    const specs = listEntryCards(site, catalog, service.files);
    service.submit([listSiteCard(site, service.files), ...specs]);
    if (service.writesFiles) return [];
    return specs.filter((spec) => spec.format === format).map((spec) => ({ params: { kind: spec.kind, slug: spec.slug }, props: { path: spec.path } }));
  }) satisfies GetStaticPaths;

  const GET: APIRoute = async ({ props }) => {
    const { path } = props as { path: string };
    return new Response(await useCardService().get(path), { headers: { 'Content-Type': cardMediaType(path) } });
  };
  return { getStaticPaths, GET };
}
