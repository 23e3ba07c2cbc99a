/**
 * What the pages derive from the catalog: names of teams and locations, the facets of the
 * ambassador and job listings, and the facts a job page and its JSON-LD share. Built once per
 * build on top of getSite()/getCatalog().
 */
import { getCatalog, getSite, type Ambassador, type Job, type Site, type SiteCatalog, type Story } from './index';
import { useStrings, type UiStrings } from '../i18n';
import { buildFacetGroups, listFacetPages, type FacetDefinition } from '../lib/facets';
import { languageName } from '../lib/format';
import { absoluteUrl } from '../lib/site-config';
import type { JobPostingFacts, OrganizationFacts } from '../lib/jsonld';
import { EMPLOYMENT_TYPES } from '../schemas/ambassador';
import { WORK_MODES } from '../schemas/job';
import { ambassadorPath, jobPath, storyPath, teamPath, themePath } from '../lib/paths';
import { pageKey } from '../lib/page-key';
import { buildPersonalKit, type Kit } from '../lib/share/kit';

/** Everything a page usually needs: the site, the catalog and the interface text. */
export interface PageContext {
  site: Site;
  catalog: SiteCatalog;
  t: UiStrings;
}

/** The site, the catalog and the interface text in the site's language. */
export async function getPageContext(): Promise<PageContext> {
  const [site, catalog] = await Promise.all([getSite(), getCatalog()]);
  return { site, catalog, t: useStrings(site.lang) };
}

/** A team's name, or its id when unknown (the checker reports unknown ids). */
export function teamName(site: Site, id: string): string {
  return site.teamById.get(id)?.name ?? id;
}

/** A location's name, or its id when unknown. */
export function locationName(site: Site, id: string): string {
  return site.locationById.get(id)?.name ?? id;
}

/** Page paths, re-exported for pages and components. */
export { ambassadorPath, jobPath, storyPath, teamPath, themePath };

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
export function ambassadorFacetGroups({ site, catalog, t }: PageContext) {
  return buildFacetGroups(catalog.ambassadors, ambassadorFacets(site, t), AMBASSADORS_BASE);
}

/** Every single-facet ambassador page, e.g. /ambassadors/team/data-ai/. */
export function ambassadorFacetPages({ site, catalog, t }: PageContext) {
  return listFacetPages(catalog.ambassadors, ambassadorFacets(site, t), AMBASSADORS_BASE);
}

/** Every single-facet job page, e.g. /jobs/work-mode/remote/. */
export function jobFacetPages({ site, catalog, t }: PageContext) {
  return listFacetPages(catalog.openJobs, jobFacets(site, t), JOBS_BASE);
}

/** The path of /share/<slug>/ and of its feed.xml: an ambassador, their kit and the key of what both show. */
export interface PersonalKitPath {
  /** The route parameter. */
  params: { ambassador: string };
  /** What the page and the feed show. */
  props: { ambassador: Ambassador; kit: Kit };
  /** The key of those props (src/lib/page-key.ts), so that an unchanged page or feed is not written again. */
  cacheKey: string;
}

/** Built once per catalog: the kit page and its feed show the same kits. */
const personalKitPaths = new WeakMap<SiteCatalog, Promise<PersonalKitPath[]>>();

/** Every published ambassador's personal share kit, for /share/<slug>/ and /share/<slug>/feed.xml. */
export async function getPersonalKitPaths(): Promise<PersonalKitPath[]> {
  const [site, catalog] = await Promise.all([getSite(), getCatalog()]);
  let paths = personalKitPaths.get(catalog);
  if (!paths) {
    paths = Promise.resolve(
      catalog.ambassadors.map((ambassador) => {
        const props = { ambassador, kit: buildPersonalKit(ambassador, catalog, site) };
        return { params: { ambassador: ambassador.id }, props, cacheKey: pageKey({ site, today: catalog.today }, props) };
      }),
    );
    personalKitPaths.set(catalog, paths);
  }
  // Each route gets its own path objects (Astro may annotate them); the kits and keys are shared.
  return (await paths).map((path) => ({ ...path, params: { ...path.params } }));
}

/** The company as structured data needs it, with absolute URLs. */
export function organizationFacts(site: Site): OrganizationFacts {
  return {
    name: site.name,
    url: absoluteUrl(site, '/'),
    logo: site.logo ? absoluteUrl(site, site.logo.src) : undefined,
    description: site.description,
    sameAs: Object.values(site.social).filter((v): v is string => typeof v === 'string'),
  };
}

/** The facts of a job that its page and its JobPosting both show. */
export function jobPostingFacts(site: Site, job: Job): JobPostingFacts {
  return {
    id: job.id,
    title: job.data.title,
    descriptionHtml: job.rendered?.html ?? '',
    url: absoluteUrl(site, jobPath(job.id)),
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
    inLanguage: job.data.lang ?? site.lang,
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
