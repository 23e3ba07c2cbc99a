import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPageContext } from '../data/pages';
import { FEED_XMLNS, storyFeedItem } from '../data/feeds';
import { absoluteUrl } from '../lib/site-config';

/** /rss.xml: every published story, newest first. */
export const GET: APIRoute = async () => {
  const { site, catalog, t } = await getPageContext();
  return rss({
    title: `${site.name}: ${t.stories.title}`,
    description: t.stories.description(site.name),
    site: absoluteUrl(site, '/'),
    xmlns: FEED_XMLNS,
    customData: `<language>${site.lang}</language>`,
    items: catalog.stories.map((s) => storyFeedItem(site, catalog, s)),
  });
};
