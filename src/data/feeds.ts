/** The items of the site's RSS feeds and of /jobs.json, from the catalog: absolute links only. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Job, Story } from './index.ts';
import { ambassadorPath, getPageContexts, jobPath, jobSummary, storyPath, teamName, type PageContext } from './pages.ts';
import { formatList } from '../lib/format.ts';
import { absoluteUrl } from '../lib/site-config.ts';
import { isoDay } from '../lib/dates.ts';

/** A story as an RSS item of a feed in one language: title, absolute link, summary, date, themes, tellers. */
export function storyFeedItem({ site, catalog, url }: PageContext, story: Story): RSSFeedItem {
  const tellers = catalog.ambassadorsOf(story.data.ambassadors).map((a) => a.data.name);
  return {
    title: story.data.title,
    link: url(storyPath(story.id)),
    pubDate: story.data.date,
    description: story.data.summary,
    categories: story.data.themes.map((id) => site.themeById.get(id)?.label ?? id),
    customData: tellers.length ? `<dc:creator>${escapeXml(formatList(tellers, site.lang))}</dc:creator>` : undefined,
  };
}

/** An open job as an RSS item of a feed in one language: title, absolute link, team, places and work mode. */
export function jobFeedItem(ctx: PageContext, job: Job): RSSFeedItem {
  const { site, url } = ctx;
  const d = job.data;
  return {
    title: d.title,
    link: url(jobPath(job.id)),
    pubDate: d.posted,
    description: jobSummary(ctx, job),
    categories: [teamName(site, d.team)],
  };
}

/** The namespace for dc:creator in feeds. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };

/** One open job in /jobs.json. */
export interface JobsJsonJob {
  id: string;
  /** The job's page in its own language. */
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
  /** The language of title and description. */
  language: string;
  descriptionHtml: string;
  contacts: { name: string; role: string; url: string }[];
  /** The job in the site's other languages that have its text: title, page and description. */
  translations?: Record<string, { title: string; url: string; descriptionHtml: string }>;
}

/**
 * The document served at /jobs.json (documented in README.md, "Open jobs as JSON"): every open job in
 * its own language, with its translations on a site in several languages.
 */
export async function buildJobsJson() {
  const contexts = await getPageContexts();
  const byLang = new Map(contexts.map((ctx) => [ctx.lang, ctx]));
  const main = contexts[0]!;
  const jobs: JobsJsonJob[] = main.catalog.openJobs.map((first) => {
    // The job as its own language shows it.
    const ctx = byLang.get(first.original) ?? main;
    const job = ctx.catalog.job(first.id)!;
    const { site, catalog } = ctx;
    const d = job.data;
    const isUrl = /^https?:\/\//i.test(d.apply);
    const others = job.versions.filter((code) => code !== first.original);
    return {
      id: job.id,
      url: ctx.url(jobPath(job.id)),
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
      language: job.lang,
      descriptionHtml: job.rendered?.html ?? '',
      contacts: catalog.peopleToAsk(d.ambassadors).map((a) => ({ name: a.data.name, role: a.data.role, url: ctx.url(ambassadorPath(a.id)) })),
      ...(others.length
        ? {
            translations: Object.fromEntries(
              others.map((code) => {
                const other = byLang.get(code)!;
                const translated = other.catalog.job(job.id)!;
                return [code, { title: translated.data.title, url: other.url(jobPath(job.id)), descriptionHtml: translated.rendered?.html ?? '' }];
              }),
            ),
          }
        : {}),
    };
  });
  return {
    version: 1,
    company: { name: main.site.name, url: absoluteUrl(main.site, main.root('/')) },
    generated: isoDay(main.catalog.today),
    count: jobs.length,
    jobs,
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
