import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPageContext } from '../../../data/pages.ts';
import { languagePaths } from '../../../data/routes.ts';
import { jobFeedItem } from '../../../data/feeds.ts';

export const getStaticPaths = (() => languagePaths((ctx) => [ctx.catalog.openJobs])) satisfies GetStaticPaths;

/** /jobs/rss.xml (/<lang>/jobs/rss.xml): every open job, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const ctx = await getPageContext(params.lang);
  const { site, catalog, t } = ctx;
  return rss({
    title: `${site.name}: ${t.jobs.title}`,
    description: t.jobs.description(site.name),
    site: ctx.url('/jobs/'),
    customData: `<language>${ctx.lang}</language>`,
    items: catalog.openJobs.map((j) => jobFeedItem(ctx, j)),
  });
};
