import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPageContext } from '../../data/pages';
import { jobFeedItem } from '../../data/feeds';
import { absoluteUrl } from '../../lib/site-config';

/** /jobs/rss.xml: every open job, newest first. */
export const GET: APIRoute = async () => {
  const { site, catalog, t } = await getPageContext();
  return rss({
    title: `${site.name}: ${t.jobs.title}`,
    description: t.jobs.description(site.name),
    site: absoluteUrl(site, '/jobs/'),
    customData: `<language>${site.lang}</language>`,
    items: catalog.openJobs.map((j) => jobFeedItem(site, t, j)),
  });
};
