/**
 * Turns what the checker read (src/lib/check/check-content.ts) into the report's input: the site's
 * languages (`languages`, or the single `lang`), teams and locations with their headcount, and the
 * translation files beside the entries. Pure.
 */
import type { CheckedContent } from '../check/check-content';
import type { ReportSite, Translation } from './content-figures';

const LANG = '[a-z]{2,3}(?:-[A-Z]{2})?';
/** Translation files, per collection: `stories/<slug>/index.<lang>.md(x)`, `jobs/<slug>.<lang>.md` … */
const TRANSLATION_FILES: { collection: Translation['collection']; pattern: RegExp }[] = [
  { collection: 'stories', pattern: new RegExp(`^stories/([^/]+)/index\\.(${LANG})\\.mdx?$`) },
  { collection: 'ambassadors', pattern: new RegExp(`^ambassadors/([^/]+)/index\\.(${LANG})\\.md$`) },
  { collection: 'jobs', pattern: new RegExp(`^jobs/([^/.]+)\\.(${LANG})\\.md$`) },
  { collection: 'share', pattern: new RegExp(`^share/([^/.]+)\\.(${LANG})\\.md$`) },
  { collection: 'recognition', pattern: new RegExp(`^recognition/([^/.]+)\\.(${LANG})\\.md$`) },
];

/** The translation files among a content folder's files, for the entries that exist. */
export function findTranslations(content: Pick<CheckedContent, 'files' | 'entries'>): Translation[] {
  const ids = new Map(Object.entries(content.entries).map(([collection, list]) => [collection, new Set(list.map((e: { id: string }) => e.id))]));
  const found: Translation[] = [];
  for (const file of content.files) {
    for (const { collection, pattern } of TRANSLATION_FILES) {
      const m = pattern.exec(file);
      if (m && ids.get(collection)?.has(m[1]!)) found.push({ collection, id: m[1]!, lang: m[2]! });
    }
  }
  return found;
}

/** The site's languages, default first: site.yaml `languages` when it lists some, else `lang`. */
export function siteLanguages(site: { lang?: string; languages?: unknown }, raw: Record<string, unknown> | undefined): string[] {
  const listed = Array.isArray(site.languages) ? site.languages : Array.isArray(raw?.languages) ? raw.languages : undefined;
  const languages = (listed ?? []).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  return languages.length ? [...new Set(languages)] : [site.lang ?? 'en'];
}

/** The report's view of a valid site.yaml. */
export function toReportSite(site: NonNullable<CheckedContent['site']>, raw: Record<string, unknown> | undefined): ReportSite {
  return { languages: siteLanguages(site, raw), askCap: site.askCap, teams: site.teams, locations: site.locations };
}
