/** /share/<ambassador>/feed.xml: a published ambassador's current proposals, as RSS. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill, useShareStrings } from '../../../../components/share/strings.ts';
import { getPageContext, getPersonalFeedPaths, type PersonalFeed } from '../../../../data/pages.ts';
import { personalKitPath } from '../../../../lib/share/kit.ts';

export const getStaticPaths = (() => getPersonalFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { name, items } = props as PersonalFeed;
  const { site, lang, url } = await getPageContext(params.lang);
  const t = useShareStrings(lang);
  return rss({
    title: fill(t.feedTitle, { name, company: site.name }),
    description: fill(t.feedDescription, { name }),
    site: url(personalKitPath(params.ambassador!)),
    items,
    customData: `<language>${lang}</language>`,
  });
};
