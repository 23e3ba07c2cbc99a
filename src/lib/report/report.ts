/**
 * The whole programme report as data: the content sections and, with analytics, reach. Pure: what
 * the content folder and the analytics hold, "today" and the options are arguments. `--format json`
 * prints this object; render-html.ts draws it.
 */
import { buildCatalog } from '../catalog.ts';
import type { SiteInput, Theme } from '../../schemas/index.ts';
import type { ValidEntries } from '../check/publication.ts';
import { lastMonths } from './calendar.ts';
import { computeContentFigures, type ContentFigures, type ReportSite, type Translation } from './content-figures.ts';
import { companyNetworks, computeReach, normaliseLink, type AnalyticsData, type CompanyRule, type ReachFigures } from './reach.ts';

/** The report's options. */
export interface ReportOptions {
  today: Date;
  /** The report's language (en, nl or fr). */
  lang: string;
  /** Analytics, when given, and where they came from (for the report's header). */
  analytics?: { data: AnalyticsData; origin: string };
  /** Break reach down by ambassador: only allowed when site.yaml utm.perPerson is on. */
  byAmbassador: boolean;
  /** Count company-channel visits by this utm_medium instead of by the company's networks. */
  companyMedium?: string;
  /** The custom goal that counts an apply click. */
  applyGoal: string;
}

/** What the report is computed from. */
export interface ReportSource {
  site: Pick<SiteInput, 'name' | 'utm' | 'social' | 'colors'>;
  reportSite: ReportSite;
  themes: readonly Theme[];
  entries: ValidEntries;
  translations: readonly Translation[];
}

/** The report as data. */
export interface Report {
  company: string;
  today: string;
  lang: string;
  /** Where reach came from, e.g. "Plausible CSV export in ./analytics". */
  analytics?: string;
  content: ContentFigures;
  reach?: ReachFigures;
}

/** Why a per-ambassador breakdown cannot be given, or undefined when it can. */
export function byAmbassadorRefusal(site: Pick<SiteInput, 'utm'>): string | undefined {
  return site.utm.perPerson === false
    ? 'site.yaml has utm.perPerson: false, so share links carry no per-person tag and there is nothing to break down by ambassador. Leave out --by-ambassador.'
    : undefined;
}

/** Computes the report. */
export function buildReport(source: ReportSource, options: ReportOptions): Report {
  const content = computeContentFigures({ site: source.reportSite, themes: source.themes, entries: source.entries, translations: source.translations, today: options.today, lang: options.lang });
  const report: Report = { company: source.site.name, today: content.today, lang: options.lang, content };
  if (!options.analytics) return report;
  report.analytics = options.analytics.origin;
  const catalog = buildCatalog(source.entries, options.today);
  const campaigns = new Map<string, { label: string; kind: 'story' | 'job' | 'share' }>();
  for (const s of source.entries.stories) campaigns.set(s.id, { label: s.data.title, kind: 'story' });
  for (const j of source.entries.jobs) campaigns.set(j.id, { label: j.data.title, kind: 'job' });
  for (const p of source.entries.share) campaigns.set(p.id, { label: p.data.title, kind: 'share' });
  const applyLinks = new Map(source.entries.jobs.map((j) => [normaliseLink(j.data.apply), j.data.title]));
  const { networks, hosts } = companyNetworks(source.site.social);
  const company: CompanyRule = options.companyMedium ? { kind: 'medium', medium: options.companyMedium } : { kind: 'networks', networks };
  report.reach = computeReach(
    options.analytics.data,
    {
      months: lastMonths(options.today, 12),
      medium: source.site.utm.medium,
      company,
      byAmbassador: options.byAmbassador && byAmbassadorRefusal(source.site) === undefined,
      campaigns,
      ambassadors: new Map(catalog.ambassadors.map((a) => [a.id, a.data.name])),
      applyLinks,
      applyGoal: options.applyGoal,
    },
    hosts,
  );
  return report;
}
