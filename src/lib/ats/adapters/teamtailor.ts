/** Teamtailor's career site RSS feed (the JSON API needs a key): locations and department in its own namespace. */
import { countryCodeOf, isoDate, list, names, obj, parseXml, str, webUrl } from '../read.ts';
import { FeedError, type AtsAdapter, type AtsPosting } from '../types.ts';

const PATH = '/jobs.rss';

/** Reads the body of /jobs.rss into postings. */
export function parseTeamtailor(body: string): AtsPosting[] {
  const rss = obj(parseXml(body, ['item', 'location']).rss);
  if (!('channel' in rss)) throw new FeedError('answered with XML that is not an RSS feed (no <rss><channel>)');
  return list(obj(rss.channel).item).map((raw) => {
    const item = obj(raw);
    const places = list(obj(item.locations).location).map(obj);
    const remote = str(item.remoteStatus).toLowerCase();
    const guid = item.guid;
    return {
      id: str(typeof guid === 'object' ? obj(guid)['#text'] : guid) || str(item.link),
      title: str(item.title),
      html: typeof item.description === 'string' ? item.description : '',
      departments: names(item.department),
      offices: names(places.map((p) => p.city || p.name)),
      countries: places.flatMap((p) => countryCodeOf(p.country) ?? []),
      workMode: remote === 'fully' ? 'remote' : remote === 'hybrid' ? 'hybrid' : remote === 'none' ? 'onsite' : undefined,
      posted: isoDate(item.pubDate),
      apply: webUrl(item.link) ?? '',
    };
  });
}

/** Teamtailor. */
export const teamtailor: AtsAdapter = {
  source: 'teamtailor',
  label: 'Teamtailor',
  origin: (account) => `https://${account}.teamtailor.com`,
  feedPath: () => PATH,
  read: ({ fetch }) => fetch(PATH, parseTeamtailor),
};
