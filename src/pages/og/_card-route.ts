/**
 * The card routes, /og/…png and /og/…jpg: the social card of the site and of every published story,
 * ambassador, job and active share post, in every language (src/data/cards.ts), each under the
 * extension of the format its content decides (src/lib/og/cards.ts). One route per extension,
 * because Astro tells an endpoint's file from a page by a fixed extension in its name.
 * getStaticPaths hands the whole list to the card service at once, so cards render on worker
 * threads while Astro builds the pages. On the dev server each endpoint then waits for its own card;
 * a build lists no pages here, because the service copies every card into the output folder itself
 * when the build ends (src/integrations/og-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCardIndex } from '../../data/cards.ts';
import { CARD_FORMATS, cardMediaType, type CardFormat } from '../../lib/card-paths.ts';
import { useCardService } from '../../lib/og/service.ts';

/** The getStaticPaths and GET of the route of one card format. */
export function cardRoute(format: CardFormat) {
  const extension = `.${CARD_FORMATS[format].extension}`;
  const getStaticPaths = (async () => {
    const { specs } = await getCardIndex();
    const service = useCardService();
    service.submit(specs);
    if (service.writesFiles) return [];
    // /og/<card>.<ext>: the path without its /og/ folder and extension.
    return specs.filter((spec) => spec.format === format).map((spec) => ({ params: { card: spec.path.slice('/og/'.length, -extension.length) }, props: { path: spec.path } }));
  }) satisfies GetStaticPaths;

  const GET: APIRoute = async ({ props }) => {
    const { path } = props as { path: string };
    return new Response(await useCardService().get(path), { headers: { 'Content-Type': cardMediaType(path) } });
  };
  return { getStaticPaths, GET };
}
