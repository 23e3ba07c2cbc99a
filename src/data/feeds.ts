/** The items of the site's RSS feeds and of /jobs.json, from the catalog: absolute links only. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Job, Site, SiteCatalog, Story } from './index';
import { jobPath, locationName, storyPath, teamName } from './pages';
import type { UiStrings } from '../i18n';
import { formatList } from '../lib/format';
import { absoluteUrl } from '../lib/site-config';
import { isoDay } from '../lib/dates';

/** A story as an RSS item: title, absolute link, summary, date, themes, tellers. */
export function storyFeedItem(site: Site, catalog: SiteCatalog, story: Story): RSSFeedItem {
  const tellers = catalog.ambassadorsOf(story.data.ambassadors).map((a) => a.data.name);
  return {
    title: story.data.title,
    link: absoluteUrl(site, storyPath(story.id)),
    pubDate: story.data.date,
    description: story.data.summary,
    categories: story.data.themes.map((id) => site.themeById.get(id)?.label ?? id),
    customData: tellers.length ? `<dc:creator>${escapeXml(formatList(tellers, site.lang))}</dc:creator>` : undefined,
  };
}

/** An open job as an RSS item: title, absolute link, team, places and work mode. */
export function jobFeedItem(site: Site, t: UiStrings, job: Job): RSSFeedItem {
  const d = job.data;
  return {
    title: d.title,
    link: absoluteUrl(site, jobPath(job.id)),
    pubDate: d.posted,
    description: `${teamName(site, d.team)} · ${formatList(d.locations.map((id) => locationName(site, id)), site.lang)} · ${t.workModes[d.workMode]} · ${t.contracts[d.employmentType]}`,
    categories: [teamName(site, d.team)],
  };
}

/** The namespace for dc:creator in feeds. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };

/** One open job in /jobs.json. */
export interface JobsJsonJob {
  id: string;
  url: string;
  title: string;
  team: { id: string; name: string };
  locations: { id: string; name: string; address: { street: string; postalCode: string; city: string; region?: string; country: string } }[];
  workMode: 'onsite' | 'hybrid' | 'remote';
  remoteCountries: string[];
  employmentType: string;
  posted: string;
  validThrough: string;
  salary?: { min: number; max?: number; currency: string; unit: string };
  apply: { url?: string; email?: string; directApply: boolean };
  language: string;
  descriptionHtml: string;
  contacts: { name: string; role: string; url: string }[];
}

/** The document served at /jobs.json (documented in README.md, "Open jobs as JSON"). */
export function buildJobsJson(site: Site, catalog: SiteCatalog) {
  const jobs: JobsJsonJob[] = catalog.openJobs.map((job) => {
    const d = job.data;
    const isUrl = /^https?:\/\//i.test(d.apply);
    return {
      id: job.id,
      url: absoluteUrl(site, jobPath(job.id)),
      title: d.title,
      team: { id: d.team, name: teamName(site, d.team) },
      locations: d.locations.flatMap((id) => {
        const l = site.locationById.get(id);
        return l ? [{ id, name: l.name, address: { ...l.address } }] : [];
      }),
      workMode: d.workMode,
      remoteCountries: d.remoteCountries,
      employmentType: d.employmentType,
      posted: isoDay(d.posted),
      validThrough: isoDay(d.validThrough),
      ...(d.salary ? { salary: { ...d.salary } } : {}),
      ...(d.salaryNote ? { salaryNote: d.salaryNote } : {}),
      apply: { ...(isUrl ? { url: d.apply } : { email: d.apply }), directApply: d.directApply },
      language: d.lang ?? site.lang,
      descriptionHtml: job.rendered?.html ?? '',
      contacts: catalog.peopleToAsk(d.ambassadors).map((a) => ({ name: a.data.name, role: a.data.role, url: absoluteUrl(site, `/ambassadors/${a.id}/`) })),
    };
  });
  return {
    version: 1,
    company: { name: site.name, url: absoluteUrl(site, '/') },
    generated: isoDay(catalog.today),
    count: jobs.length,
    jobs,
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
