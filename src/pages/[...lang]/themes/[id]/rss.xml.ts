import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageContext, storyTellers, themePath } from '../../../../data/pages.ts';
import { routePaths } from '../../../../data/routes.ts';
import { FEED_XMLNS, storyFeedItem } from '../../../../data/feeds.ts';

export const getStaticPaths = (() =>
  routePaths(
    ({ site }) => site.themes,
    (theme, { site, catalog }) => {
      // Each item names its story's themes: every theme label is shown.
      const stories = catalog.storiesOfTheme(theme.id);
      return { params: { id: theme.id }, props: {}, key: [site.themes, stories, stories.map((s) => storyTellers(catalog, s))] };
    },
  )) satisfies GetStaticPaths;

/** /themes/<id>/rss.xml (/<lang>/themes/<id>/rss.xml): the theme's published stories, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getPageContext(params.lang);
  const { site, catalog, t } = ctx;
  const theme = site.themeById.get(params.id!)!;
  return rss({
    title: `${site.name}: ${t.themes.title(theme.label)}`,
    description: theme.description,
    site: ctx.url(themePath(theme.id)),
    xmlns: FEED_XMLNS,
    customData: `<language>${ctx.lang}</language>`,
    items: catalog.storiesOfTheme(theme.id).map((s) => storyFeedItem(ctx, s)),
  });
};
