/** /share/<ambassador>/feed.xml: a published ambassador's current proposals, as RSS. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill, useShareStrings } from '../../../components/share/strings';
import { getCatalog, getSite, type Ambassador } from '../../../data';
import { buildFeedItems, buildPersonalKit, type Kit } from '../../../lib/share/kit';
import { pageKey } from '../../../lib/page-key';

export const getStaticPaths = (async () => {
  const [site, catalog] = await Promise.all([getSite(), getCatalog()]);
  return catalog.ambassadors.map((ambassador) => {
    const props = { ambassador, kit: buildPersonalKit(ambassador, catalog, site) };
    // What the feed shows, so that an unchanged feed is not written again (src/lib/page-key.ts).
    return { params: { ambassador: ambassador.id }, props, cacheKey: pageKey({ site, today: catalog.today }, props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { ambassador, kit } = props as { ambassador: Ambassador; kit: Kit };
  const site = await getSite();
  const t = useShareStrings(site.lang);
  const slug = ambassador.id;
  const name = ambassador.data.name;
  return rss({
    title: fill(t.feedTitle, { name, company: site.name }),
    description: fill(t.feedDescription, { name }),
    site: site.origin,
    items: buildFeedItems(kit, site, slug, (id) => site.themeById.get(id)?.label ?? id, t.feedShareHere),
    customData: `<language>${site.lang}</language>`,
  });
};
