import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageContext, storyTellers } from '../../data/pages.ts';
import { languagePaths } from '../../data/routes.ts';
import { FEED_XMLNS, storyFeedItem } from '../../data/feeds.ts';

export const getStaticPaths = (() => languagePaths((ctx) => [ctx.catalog.stories, ctx.catalog.stories.map((story) => storyTellers(ctx.catalog, story)), ctx.site.themes])) satisfies GetStaticPaths;

/** /rss.xml (/<lang>/rss.xml): every published story, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getPageContext(params.lang);
  const { site, catalog, t } = ctx;
  return rss({
    title: `${site.name}: ${t.stories.title}`,
    description: t.stories.description(site.name),
    site: ctx.url('/'),
    xmlns: FEED_XMLNS,
    customData: `<language>${ctx.lang}</language>`,
    items: catalog.stories.map((s) => storyFeedItem(ctx, s)),
  });
};
