/** /share/<ambassador>/feed.xml: a published ambassador's current proposals, as RSS. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill, useShareStrings } from '../../../../components/share/strings';
import type { Ambassador } from '../../../../data';
import { getPageContext, getPersonalKitPaths } from '../../../../data/pages';
import { buildFeedItems, personalKitPath, type Kit } from '../../../../lib/share/kit';

export const getStaticPaths = (() => getPersonalKitPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { ambassador, kit } = props as { ambassador: Ambassador; kit: Kit };
  const { site, link, lang, url } = await getPageContext(params.lang);
  const t = useShareStrings(lang);
  const slug = ambassador.id;
  const name = ambassador.data.name;
  return rss({
    title: fill(t.feedTitle, { name, company: site.name }),
    description: fill(t.feedDescription, { name }),
    site: url(personalKitPath(ambassador.id)),
    items: buildFeedItems(kit, { origin: site.origin, link }, slug, (id) => site.themeById.get(id)?.label ?? id, t.feedShareHere),
    customData: `<language>${lang}</language>`,
  });
};
