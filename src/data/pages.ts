/**
 * What the pages derive from the catalog: the page context of each language, names of teams and
 * locations, the facets of the ambassador and job listings, and the facts a job page and its
 * JSON-LD share. Built once per build and language on top of getSite()/getCatalog().
 */
import { getCatalog, getLanguages, getSite, type Ambassador, type Job, type Site, type SiteCatalog, type Story } from './index.ts';
import { useStrings, type UiStrings } from '../i18n/index.ts';
import { buildFacetGroups, listFacetPages, type FacetDefinition } from '../lib/facets.ts';
import { formatList, formatMoneyRange, languageName } from '../lib/format.ts';
import { absoluteUrl, withBase } from '../lib/site-config.ts';
import type { JobPostingFacts, OrganizationFacts } from '../lib/jsonld.ts';
import { EMPLOYMENT_TYPES } from '../schemas/ambassador.ts';
import { WORK_MODES } from '../schemas/job.ts';
import { ambassadorPath, jobPath, storyPath, teamPath, themePath, type Link } from '../lib/paths.ts';
import { languageOfParam, languageParam, localizePath, type SiteLanguages } from '../lib/languages.ts';
import { pageKey } from '../lib/page-key.ts';
import { buildFeedItems, buildPersonalKit, buildPublicKit, type FeedItem, type Kit } from '../lib/share/kit.ts';
import { useShareStrings } from '../components/share/strings.ts';
import type { ShareSite } from '../lib/share/items.ts';
import { getCardIndex } from './cards.ts';

/** Everything a page needs: the site, the catalog and the interface text, in the page's language, and how to link. */
export interface PageContext {
  /** The site configuration, its texts in the page's language. */
  site: Site;
  /** What is published, its texts in the page's language where translated. */
  catalog: SiteCatalog;
  /** The interface text. */
  t: UiStrings;
  /** The page's language. */
  lang: string;
  /** The site's languages. */
  languages: SiteLanguages;
  /** The route parameter of the language: undefined on a one-language site. */
  param: string | undefined;
  /** A site path in the page's language: /stories/x/ → /fr/stories/x/ on a site in several languages. */
  link: Link;
  /** A site path in another language (the language switcher, alternates). */
  linkIn(lang: string, path: string): string;
  /** A path that belongs to no language (/jobs.json, /favicon.svg, the chooser at /) under the site's base path. */
  root(path: string): string;
  /** The site path of a URL path: without the base path and the language (the same in every language). */
  pagePath(pathname: string, lang: string | undefined): string;
  /** The absolute URL of a site path in the page's language. */
  url(path: string): string;
}

const contexts = new Map<string, Promise<PageContext>>();

/**
 * The context of a page in the language of its route parameter (`Astro.params.lang`): the default
 * language when there is none (a one-language site, the language chooser, the 404 page).
 */
export function getPageContext(param?: string): Promise<PageContext> {
  const key = param ?? '';
  let context = contexts.get(key);
  if (!context) {
    context = (async () => {
      const languages = await getLanguages();
      const lang = languageOfParam(languages, param);
      const [site, catalog] = await Promise.all([getSite(lang), getCatalog(lang)]);
      // Every link of the site goes through here: base path, then language, then the page's path.
      const root = (path: string) => withBase(site, path);
      const linkIn = (code: string, path: string) => root(localizePath(languages, code, path));
      const link: Link = (path) => linkIn(lang, path);
      const pagePath = (pathname: string, routeLang: string | undefined) => {
        const inSite = pathname.startsWith(`${site.base}/`) ? pathname.slice(site.base.length) : pathname;
        return routeLang === undefined ? inSite : inSite.slice(`/${routeLang}`.length);
      };
      return { site, catalog, t: useStrings(lang), lang, languages, param: languageParam(languages, lang), link, linkIn, root, pagePath, url: (path: string) => absoluteUrl(site, link(path)) };
    })();
    contexts.set(key, context);
  }
  return context;
}

/** The context of every language of the site, the default first. */
export async function getPageContexts(): Promise<PageContext[]> {
  const languages = await getLanguages();
  return Promise.all(languages.codes.map((code) => getPageContext(languageParam(languages, code))));
}

/** A team's name, or its id when unknown (the checker reports unknown ids). */
export function teamName(site: Site, id: string): string {
  return site.teamById.get(id)?.name ?? id;
}

/** A location's name, or its id when unknown. */
export function locationName(site: Site, id: string): string {
  return site.locationById.get(id)?.name ?? id;
}

/** A job's pay range as cards and its page show it, in the page's language ("€3,800–€4,600 a month"), or undefined. */
export function jobSalary({ site, t }: Pick<PageContext, 'site' | 't'>, job: Job): string | undefined {
  const { salary } = job.data;
  return salary ? `${formatMoneyRange(salary, site.lang)} ${t.salaryUnits[salary.unit]}` : undefined;
}

/** A job in one line: team · places · work mode · contract. */
export function jobSummary({ site, t }: Pick<PageContext, 'site' | 't'>, job: Job): string {
  const d = job.data;
  return `${teamName(site, d.team)} · ${formatList(d.locations.map((id) => locationName(site, id)), site.lang)} · ${t.workModes[d.workMode]} · ${t.contracts[d.employmentType]}`;
}

/** Page paths, re-exported for pages and components. */
export { ambassadorPath, jobPath, storyPath, teamPath, themePath, languageName };

/** The base of the ambassador listing and its facet pages. */
export const AMBASSADORS_BASE = '/ambassadors/';
/** The base of the job listing and its facet pages. */
export const JOBS_BASE = '/jobs/';

/** The ambassador listing's facets: team, location, employment type, language. */
export function ambassadorFacets(site: Site, t: UiStrings): FacetDefinition<Ambassador>[] {
  return [
    { key: 'team', label: t.facets.team, valuesOf: (a) => [a.data.team], labelOf: (v) => teamName(site, v), order: site.teams.map((x) => x.id) },
    { key: 'location', label: t.facets.location, valuesOf: (a) => [a.data.location], labelOf: (v) => locationName(site, v), order: site.locations.map((x) => x.id) },
    { key: 'employment', label: t.facets.employment, valuesOf: (a) => [a.data.employment], labelOf: (v) => t.employment[v] ?? v, order: EMPLOYMENT_TYPES },
    { key: 'language', label: t.facets.language, valuesOf: (a) => a.data.languages, labelOf: (v) => capitalize(languageName(v, site.lang), site.lang) },
  ];
}

/** The job listing's facets: team, location, work mode. */
export function jobFacets(site: Site, t: UiStrings): FacetDefinition<Job>[] {
  return [
    { key: 'team', label: t.facets.team, valuesOf: (j) => [j.data.team], labelOf: (v) => teamName(site, v), order: site.teams.map((x) => x.id) },
    { key: 'location', label: t.facets.location, valuesOf: (j) => j.data.locations, labelOf: (v) => locationName(site, v), order: site.locations.map((x) => x.id) },
    { key: 'work-mode', label: t.facets.workMode, valuesOf: (j) => [j.data.workMode], labelOf: (v) => t.workModes[v] ?? v, order: WORK_MODES },
  ];
}

/** The ambassador listing's facet groups (for the filter links). */
export function ambassadorFacetGroups({ site, catalog, t, link }: PageContext) {
  return buildFacetGroups(catalog.ambassadors, ambassadorFacets(site, t), link(AMBASSADORS_BASE));
}

/** Every single-facet ambassador page, e.g. /ambassadors/team/data-ai/. */
export function ambassadorFacetPages({ site, catalog, t, link }: PageContext) {
  return listFacetPages(catalog.ambassadors, ambassadorFacets(site, t), link(AMBASSADORS_BASE));
}

/** The job listing's facet groups (for the filter links). */
export function jobFacetGroups({ site, catalog, t, link }: PageContext) {
  return buildFacetGroups(catalog.openJobs, jobFacets(site, t), link(JOBS_BASE));
}

/** Every single-facet job page, e.g. /jobs/work-mode/remote/. */
export function jobFacetPages({ site, catalog, t, link }: PageContext) {
  return listFacetPages(catalog.openJobs, jobFacets(site, t), link(JOBS_BASE));
}

/** The path of a page or feed of one ambassador's share kit: its parameters, what it shows, and the key of that. */
interface PersonalPath<P> {
  /** The route parameters. */
  params: { lang: string | undefined; ambassador: string };
  /** What the page or the feed shows. */
  props: P;
  /** The key of those props (src/lib/page-key.ts), so that an unchanged page or feed is not written again. */
  cacheKey: string;
}

/** What /share/<slug>/ shows: whose kit it is, the themes they follow, and their kit. (A type, not an interface, so that it serves as Astro props.) */
export type PersonalKitPage = {
  /** The ambassador's name. */
  name: string;
  /** The names of the themes they follow, in their order. */
  themes: string[];
  /** Their proposals, tagged with their slug. */
  kit: Kit;
};

/** What /share/<slug>/feed.xml shows: whose feed it is and its items. */
export type PersonalFeed = {
  /** The ambassador's name. */
  name: string;
  /** One item per proposal. */
  items: FeedItem[];
};

/** The path of /share/<slug>/. */
export type PersonalKitPath = PersonalPath<PersonalKitPage>;
/** The path of /share/<slug>/feed.xml. */
export type PersonalFeedPath = PersonalPath<PersonalFeed>;

/** The share lib's view of the site in a page's language: links and cards in that language. */
export async function shareSiteOf(ctx: PageContext): Promise<Site & ShareSite> {
  const cards = await getCardIndex();
  return { ...ctx.site, link: ctx.link, card: (kind, id) => cards.pathOf(ctx.lang, kind, id) };
}

/** The public share kit of a page's language: every current proposal, in that language. */
export async function getPublicKit(ctx: PageContext): Promise<Kit> {
  return buildPublicKit(ctx.catalog, await shareSiteOf(ctx));
}

/**
 * An ambassador's personal kit on a page in one language: each proposal in every language the
 * ambassador speaks that the post has its own text in, or in the page's language when none.
 */
function buildAmbassadorKit(ambassador: Ambassador, ctx: PageContext, kits: ReadonlyMap<string, { kit: Kit; versions: ReadonlyMap<string, readonly string[]> }>): Kit {
  const own = kits.get(ctx.lang)!;
  const speaks = new Set(ambassador.data.languages.map((code) => code.split('-')[0]!.toLowerCase()));
  const spoken = (code: string) => speaks.has(code.split('-')[0]!.toLowerCase());
  const proposals = own.kit.proposals.flatMap((proposal) => {
    const languages = (own.versions.get(proposal.id) ?? []).filter(spoken);
    if (languages.length === 0) return [{ ...proposal, lang: ctx.lang }];
    // The page's language first, then the site's order.
    const ordered = [...languages].sort((a, b) => Number(b === ctx.lang) - Number(a === ctx.lang));
    return ordered.flatMap((code) => {
      const found = kits.get(code)?.kit.proposals.find((p) => p.id === proposal.id);
      return found ? [{ ...found, id: code === ctx.lang ? found.id : `${found.id}-${code}`, lang: code }] : [];
    });
  });
  return { ...own.kit, proposals };
}

/** Built once per build: the kit pages and their feeds show the same kits. */
let personalPaths: Promise<{ pages: PersonalKitPath[]; feeds: PersonalFeedPath[] }> | undefined;

/**
 * Every published ambassador's personal share kit in every language, for /share/<slug>/ and
 * /share/<slug>/feed.xml. Each is keyed on what it shows: a feed shows no story or job title, so
 * editing a story that share posts link to leaves the feeds alone.
 */
function getPersonalPaths(): Promise<{ pages: PersonalKitPath[]; feeds: PersonalFeedPath[] }> {
  personalPaths ??= (async () => {
    const contexts = await getPageContexts();
    const shareSites = new Map(await Promise.all(contexts.map(async (ctx) => [ctx.lang, await shareSiteOf(ctx)] as const)));
    // Share posts are the same entries in every language: which languages each has its own text in.
    const shareVersions = new Map(contexts[0]!.catalog.share.map((post) => [post.id, post.versions]));
    const pages: PersonalKitPath[] = [];
    const feeds: PersonalFeedPath[] = [];
    for (const ambassador of contexts[0]!.catalog.ambassadors) {
      // The ambassador's kit in each language, and which languages each of its posts has its own text in.
      const kits = new Map(
        contexts.map((c) => {
          const person = c.catalog.ambassador(ambassador.id)!;
          return [c.lang, { kit: buildPersonalKit(person, c.catalog, shareSites.get(c.lang)!), versions: shareVersions }] as const;
        }),
      );
      for (const ctx of contexts) {
        const person = ctx.catalog.ambassador(ambassador.id)!;
        const kit = buildAmbassadorKit(person, ctx, kits);
        const name = person.data.name;
        const themeLabel = (id: string) => ctx.site.themeById.get(id)?.label ?? id;
        const page: PersonalKitPage = { name, themes: person.data.themes.map(themeLabel), kit };
        const feed: PersonalFeed = { name, items: buildFeedItems(kit, { origin: ctx.site.origin, link: ctx.link }, ambassador.id, themeLabel, useShareStrings(ctx.lang).feedShareHere) };
        const params = { lang: ctx.param, ambassador: ambassador.id };
        const context = { site: ctx.site, today: ctx.catalog.today };
        pages.push({ params, props: page, cacheKey: pageKey(context, page) });
        feeds.push({ params, props: feed, cacheKey: pageKey(context, feed) });
      }
    }
    return { pages, feeds };
  })();
  return personalPaths;
}

/** The paths of every /share/<slug>/. */
export async function getPersonalKitPaths(): Promise<PersonalKitPath[]> {
  // Each route gets its own path objects (Astro may annotate them); the kits and keys are shared.
  return (await getPersonalPaths()).pages.map((path) => ({ ...path, params: { ...path.params } }));
}

/** The paths of every /share/<slug>/feed.xml. */
export async function getPersonalFeedPaths(): Promise<PersonalFeedPath[]> {
  return (await getPersonalPaths()).feeds.map((path) => ({ ...path, params: { ...path.params } }));
}

/** The company as structured data needs it, with absolute URLs. */
export function organizationFacts({ site, url }: PageContext): OrganizationFacts {
  return {
    name: site.name,
    url: url('/'),
    logo: site.logo ? absoluteUrl(site, site.logo.src) : undefined,
    description: site.description,
    sameAs: Object.values(site.social).filter((v): v is string => typeof v === 'string'),
  };
}

/** The facts of a job that its page and its JobPosting both show. */
export function jobPostingFacts({ site, url }: PageContext, job: Job): JobPostingFacts {
  return {
    id: job.id,
    title: job.data.title,
    descriptionHtml: job.rendered?.html ?? '',
    url: url(jobPath(job.id)),
    posted: job.data.posted,
    validThrough: job.data.validThrough,
    workMode: job.data.workMode,
    addresses: job.data.locations.flatMap((id) => {
      const location = site.locationById.get(id);
      return location ? [location.address] : [];
    }),
    remoteCountries: job.data.remoteCountries,
    employmentType: job.data.employmentType,
    salary: job.data.salary,
    directApply: job.data.directApply,
    inLanguage: job.lang,
  };
}

/** The published ambassadors who tell a story, in the story's order. */
export function storyTellers(catalog: SiteCatalog, story: Story): Ambassador[] {
  return catalog.ambassadorsOf(story.data.ambassadors);
}

/** The stories for the home page: featured ones first, then the newest, `count` in all. */
export function homeStories(catalog: SiteCatalog, count: number): Story[] {
  const featured = catalog.stories.filter((s) => s.data.featured);
  const rest = catalog.stories.filter((s) => !s.data.featured);
  return [...featured, ...rest].slice(0, count);
}

/**
 * People for the home page mosaic: taken in turn from each team (in site.yaml's order), people with
 * a photo first, so that the mosaic shows the whole company rather than the first names of the alphabet.
 */
export function mosaicPeople(site: Site, catalog: SiteCatalog, count: number): Ambassador[] {
  const teams = [...site.teams.map((t) => t.id), ...new Set(catalog.ambassadors.map((a) => a.data.team))];
  const queues = [...new Set(teams)].map((team) => {
    const people = catalog.ambassadorsOfTeam(team);
    return [...people.filter((a) => a.data.photo), ...people.filter((a) => !a.data.photo)];
  });
  const picked: Ambassador[] = [];
  for (let round = 0; picked.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && picked.length < count) picked.push(queue[round]!);
  }
  return picked;
}

/** An ambassador's photo as Astro image metadata (the schema types image fields loosely, for the checker). */
export function photoOf(ambassador: Ambassador): ImageMetadata | undefined {
  return ambassador.data.photo as ImageMetadata | undefined;
}

/** A story's cover as Astro image metadata. */
export function coverOf(story: Story): ImageMetadata | undefined {
  return story.data.cover as ImageMetadata | undefined;
}

function capitalize(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The language of an entry's text when it is not the page's, for `lang` attributes and the "In Dutch" marker. */
export function otherLanguage(ctx: Pick<PageContext, 'lang'>, entry: { lang: string }): string | undefined {
  return entry.lang.toLowerCase() === ctx.lang.toLowerCase() ? undefined : entry.lang;
}

/** A language's name in the page's language, capitalised as a label: "Dutch", "Néerlandais". */
export function languageLabel(ctx: Pick<PageContext, 'lang'>, code: string): string {
  return capitalize(languageName(code, ctx.lang), ctx.lang);
}
