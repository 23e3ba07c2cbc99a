/**
 * The EU Pay Transparency Directive (2023/970) applied to job ads: an open job based in the EU says
 * its pay range, or where candidates get it, before the interview (art. 5(1)); job titles are
 * gender-neutral (art. 5(3)). site.yaml's payTransparency sets how a missing range is reported.
 */
import type { JobData } from '../../schemas/index.ts';
import { getJobState, type Entry } from '../catalog.ts';
import type { EntryCollection } from './layout.ts';
import type { Problem, Severity } from './problem.ts';

/** The member states of the European Union, as ISO 3166 codes (Greece is GR). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);

/** The letters of two-gender markers, as pairs in either order: Dutch m/v, French h/f, German m/w, English m/f. */
const GENDER_PAIRS = new Set(['mv', 'vm', 'hf', 'fh', 'mw', 'wm', 'mf', 'fm']);
/** What makes a marker inclusive: x, d (divers), i or *. */
const INCLUSIVE = /^[xdi*]$/i;
/** Two letters with a slash between them, optionally a third, standing alone (in brackets or not). */
const MARKER = /(?<![\p{L}\p{N}])([a-z])\s*\/\s*([a-z])(?:\s*\/\s*([a-z*]))?(?![\p{L}\p{N}])/giu;

/** A two-gender marker in a job title, and the inclusive form to suggest; undefined when the title has none. */
export function findGenderMarker(title: string): { marker: string; inclusive: string } | undefined {
  for (const match of title.matchAll(MARKER)) {
    const [whole, a = '', b = '', third] = match;
    if (!GENDER_PAIRS.has(`${a}${b}`.toLowerCase())) continue;
    if (third && INCLUSIVE.test(third)) continue;
    const bracketed = title[match.index - 1] === '(' && title[match.index + whole.length] === ')';
    // German ads write the third gender as d (divers); Dutch, French and English ones as x.
    const third_ = /w/i.test(a + b) ? 'd' : 'x';
    const inclusive = `${a}/${b}/${a === a.toUpperCase() ? third_.toUpperCase() : third_}`;
    return bracketed ? { marker: `(${whole})`, inclusive: `(${inclusive})` } : { marker: whole, inclusive };
  }
  return undefined;
}

/** What the rule needs to know about the site and the day. */
export interface PayTransparencyContext {
  /** The build's day. */
  today: Date;
  /** site.yaml's payTransparency. */
  level: 'warn' | 'error' | 'off';
  /** Each location id's country code. */
  countryOf(location: string): string | undefined;
  /** site.yaml as shown to people. */
  siteFile: string;
  /** The file and line of a field of an entry. */
  locate(collection: EntryCollection, id: string, path: readonly PropertyKey[]): { file: string; line?: number } | undefined;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Jobs that are open (or will be) without pay information in the EU, and job titles that mark gender. */
export function checkPayTransparency(jobs: readonly Entry<JobData>[], context: PayTransparencyContext): Problem[] {
  if (context.level === 'off') return [];
  const problems: Problem[] = [];
  const add = (id: string, at: string, severity: Severity, message: string, hint: string) => {
    const where = context.locate('jobs', id, [at]);
    if (where) problems.push({ file: where.file, ...(where.line !== undefined ? { line: where.line } : {}), field: at, severity, message, hint });
  };
  for (const job of jobs) {
    if (getJobState(job.data, context.today) === 'closed') continue;
    const countries = [...new Set(job.data.locations.map(context.countryOf).filter((c): c is string => c !== undefined && EU_COUNTRIES.has(c)))];
    if (countries.length && !job.data.salary && !job.data.salaryNote?.trim()) {
      const where = countries.map((c) => countryNames.of(c) ?? c).join(' and ');
      add(
        job.id,
        'salary',
        context.level === 'error' ? 'error' : 'warning',
        `is missing, and so is salaryNote, for a job in ${where}: the EU Pay Transparency Directive (2023/970, art. 5) gives candidates the pay range in the vacancy or before the interview.`,
        `Add salary: with min and max (shown on the job page and in its JobPosting), or salaryNote: saying where candidates get the range, like "Shared in the first call, before any interview". payTransparency in ${context.siteFile} sets how this is reported (warn, error or off).`,
      );
    }
    const marker = findGenderMarker(job.data.title);
    if (marker) {
      add(
        job.id,
        'title',
        'warning',
        `"${job.data.title}" marks gender with "${marker.marker}": job titles should be gender-neutral (EU Directive 2023/970, art. 5(3)).`,
        `Use a gender-neutral title, or the inclusive form "${marker.inclusive}".`,
      );
    }
  }
  return problems;
}
