import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { routePaths } from '../../../data/routes';
import { getPageContext, themePath } from '../../../data/pages';
import { FEED_XMLNS, storyFeedItem } from '../../../data/feeds';
import { absoluteUrl } from '../../../lib/site-config';

export const getStaticPaths = (() => routePaths(({ site }) => site.themes, (theme) => ({ params: { id: theme.id }, props: {} }))) satisfies GetStaticPaths;

/** /themes/<id>/rss.xml: the theme's published stories, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const { site, catalog, t } = await getPageContext();
  const theme = site.themeById.get(params.id!)!;
  return rss({
    title: `${site.name}: ${t.themes.title(theme.label)}`,
    description: theme.description,
    site: absoluteUrl(site, themePath(theme.id)),
    xmlns: FEED_XMLNS,
    customData: `<language>${site.lang}</language>`,
    items: catalog.storiesOfTheme(theme.id).map((s) => storyFeedItem(site, catalog, s)),
  });
};
