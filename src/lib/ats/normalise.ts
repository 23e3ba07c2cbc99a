/**
 * The one normaliser every ATS loader shares: postings (src/lib/ats/adapters/) become job entries
 * of the site, with the team and location maps of site.yaml applied, dates, salaries and work
 * mode filled in, slugs made safe and stable, and every description sanitised. Pure: "today" and
 * the site's teams, locations and languages are arguments.
 */
import { createHash } from 'node:crypto';
import { isoDay } from '../dates.ts';
import { slugify } from '../slug.ts';
import { findClosest, type Candidate } from '../check/suggest.ts';
import type { JobsSource } from '../../schemas/jobs-source.ts';
import { cleanText, sanitiseDescription } from './sanitise.ts';
import type { AtsPosting } from './types.ts';

/** A team or location of the site, as the maps need it. */
export interface SitePlace {
  id: string;
  name: string;
  /** A location's country code. */
  country?: string;
}

/** What the normaliser needs of the site. */
export interface NormaliseContext {
  /** `jobs:` of site.yaml. */
  config: JobsSource;
  /** The site's teams. */
  teams: readonly SitePlace[];
  /** The site's locations, with their country. */
  locations: readonly SitePlace[];
  /** The site's languages, the default first. */
  languages: readonly string[];
  /** The build's day. */
  today: Date;
  /** Slugs already given to ATS ids by earlier fetches: a job keeps its first slug when its title changes. */
  slugs?: ReadonlyMap<string, string>;
  /** The day each ATS id was first seen, for postings without a publication date. */
  firstSeen?: ReadonlyMap<string, string>;
}

/** A job ready for the collection. */
export interface NormalisedJob {
  /** The entry id and page slug. */
  slug: string;
  /** The job's id in the ATS. */
  atsId: string;
  /** The entry's data, as the job entry schema takes it. */
  data: Record<string, unknown>;
  /** The sanitised description. */
  html: string;
}

/** An ATS department or office that the site cannot place, with what would fix it. */
export interface Unmapped {
  /** team (an ATS department) or location (an ATS office). */
  kind: 'team' | 'location';
  /** The ATS's name, e.g. "R&D / Firmware". */
  value: string;
  /** The closest team or location id, when one is close. */
  suggestion?: string;
  /** Titles of the jobs that carry it. */
  jobs: string[];
}

/** A posting that did not become a job, and why. */
export interface Skipped {
  atsId: string;
  title: string;
  reason: string;
}

/** What came out of one normalisation. */
export interface NormaliseResult {
  jobs: NormalisedJob[];
  unmapped: Unmapped[];
  skipped: Skipped[];
}

const DAY = 86_400_000;

/** Letters and digits only, for comparing names written differently ("Data & AI", "data-ai"). */
const key = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The id a name maps to: the site.yaml map first, then a team or location whose id or name is the same word. */
export function mapName(value: string, map: Readonly<Record<string, string>>, places: readonly SitePlace[]): string | undefined {
  if (map[value] !== undefined) return map[value];
  const wanted = key(value);
  if (!wanted) return undefined;
  for (const [name, id] of Object.entries(map)) if (key(name) === wanted) return id;
  const found = places.find((p) => key(p.id) === wanted || key(p.name) === wanted)?.id;
  // "Ghent, Belgium" is the office Ghent.
  return found ?? (value.includes(',') ? mapName(value.split(',')[0]!.trim(), map, places) : undefined);
}

/** A job's slug: its title and ATS id, in lowercase letters, digits and dashes (no "/", ".." or control characters). */
export function jobSlug(title: string, atsId: string): string {
  const idPart = slugify(atsId);
  const shortId = idPart && idPart.length <= 12 ? idPart : createHash('sha256').update(atsId).digest('hex').slice(0, 8);
  return `${slugify(title) || 'job'}-${shortId}`;
}

/** A date from an ISO string, at 00:00 UTC, or undefined. */
function day(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The last day applications are taken: the ATS's closing date; else `validFor` days after posting,
 * renewed by `validFor` days at a time while the job stays in the feed, so a job still published
 * never shows as closed and its date moves only once per period.
 */
export function validThroughOf(posted: Date, closes: Date | undefined, validFor: number, today: Date): Date {
  if (closes) return closes.getTime() < posted.getTime() ? posted : closes;
  const period = validFor * DAY;
  const periods = Math.max(1, Math.ceil((today.getTime() - posted.getTime()) / period));
  return new Date(posted.getTime() + periods * period);
}

/** Turns postings into job entries of the site. */
export function normalisePostings(source: string, postings: readonly AtsPosting[], context: NormaliseContext): NormaliseResult {
  const { config, today, languages } = context;
  const defaultLang = languages[0];
  const unmapped = new Map<string, Unmapped>();
  const skipped: Skipped[] = [];
  const jobs: NormalisedJob[] = [];
  const usedSlugs = new Set<string>();
  const teamCandidates: Candidate[] = context.teams.map((t) => ({ value: t.id, aliases: [t.name] }));
  const locationCandidates: Candidate[] = context.locations.map((l) => ({ value: l.id, aliases: [l.name] }));
  const countryOf = new Map(context.locations.map((l) => [l.id, l.country]));
  const noteUnmapped = (kind: Unmapped['kind'], value: string, title: string) => {
    const id = `${kind}\0${value}`;
    const found = unmapped.get(id) ?? { kind, value, suggestion: findClosest(value, kind === 'team' ? teamCandidates : locationCandidates), jobs: [] };
    if (!found.jobs.includes(title)) found.jobs.push(title);
    unmapped.set(id, found);
  };

  for (const posting of postings) {
    const title = cleanText(posting.title);
    const atsId = cleanText(posting.id, 100);
    if (!atsId || !title) {
      skipped.push({ atsId, title: title || '(no title)', reason: !atsId ? 'it has no id' : 'it has no title' });
      continue;
    }
    const team = posting.departments.map((d) => mapName(d, config.teams, context.teams)).find((id) => id !== undefined);
    if (!team) {
      if (posting.departments.length) for (const d of posting.departments.slice(0, 1)) noteUnmapped('team', d, title);
      skipped.push({ atsId, title, reason: posting.departments.length ? `its department "${posting.departments[0]}" is not mapped to a team` : 'it has no department to map to a team' });
    }
    const locations: string[] = [];
    for (const office of posting.offices) {
      const id = mapName(office, config.locations, context.locations);
      if (id) {
        if (!locations.includes(id)) locations.push(id);
      } else if (!/^(remote|anywhere|hybrid)\b/i.test(office)) noteUnmapped('location', office, title);
    }
    if (!locations.length) {
      skipped.push({ atsId, title, reason: posting.offices.length ? `none of its offices (${posting.offices.join(', ')}) is mapped to a location` : 'it names no office to map to a location' });
    }
    const apply = posting.apply && /^https?:\/\/\S+$/i.test(posting.apply) ? posting.apply : undefined;
    if (!apply) skipped.push({ atsId, title, reason: 'it has no apply URL' });
    if (!team || !locations.length || !apply) continue;

    const posted = day(posting.posted) ?? day(context.firstSeen?.get(atsId)) ?? today;
    const workMode = posting.workMode ?? 'onsite';
    const countries = [...new Set(posting.countries.map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)))];
    const remoteCountries = workMode === 'remote' ? (countries.length ? countries : [...new Set(locations.flatMap((id) => countryOf.get(id) ?? []))]) : [];
    let slug = context.slugs?.get(atsId) ?? jobSlug(title, atsId);
    if (usedSlugs.has(slug)) slug = `${slug}-${createHash('sha256').update(atsId).digest('hex').slice(0, 6)}`;
    usedSlugs.add(slug);
    const lang = posting.lang && posting.lang !== defaultLang ? posting.lang : undefined;
    const translations: Record<string, { title: string; html: string }> = {};
    for (const [code, version] of Object.entries(posting.translations ?? {})) {
      const translatedTitle = cleanText(version.title);
      if (!languages.includes(code) || code === (posting.lang ?? defaultLang) || !translatedTitle) continue;
      translations[code] = { title: translatedTitle, html: sanitiseDescription(version.html) };
    }
    const data: Record<string, unknown> = {
      title,
      team,
      locations,
      workMode,
      ...(remoteCountries.length ? { remoteCountries } : {}),
      employmentType: posting.employmentType ?? config.employmentType,
      posted: isoDay(posted),
      validThrough: isoDay(validThroughOf(posted, day(posting.closes), config.validFor, today)),
      ...(posting.salary ? { salary: { ...posting.salary } } : {}),
      apply,
      ...(lang ? { lang } : {}),
      ...(Object.keys(translations).length ? { translations } : {}),
      origin: { source, id: atsId },
    };
    jobs.push({ slug, atsId, data, html: sanitiseDescription(posting.html) });
  }
  return { jobs, unmapped: [...unmapped.values()], skipped };
}
