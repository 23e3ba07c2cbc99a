/** What the ATS loaders and the checker read of site.yaml: `jobs:`, teams, locations and languages. Pure. */
import { jobsSourceSchema, type JobsSource } from '../../schemas/jobs-source.ts';
import type { SitePlace } from './normalise.ts';

/** The parts of site.yaml that concern jobs from an ATS. */
export interface AtsSettings {
  /** `jobs:`, parsed; undefined when site.yaml has no `jobs.source`. */
  jobs?: JobsSource;
  /** The problem with `jobs:`, when it does not parse (the checker reports it in full). */
  invalid?: string;
  /** The site's teams. */
  teams: SitePlace[];
  /** The site's locations, with their country. */
  locations: SitePlace[];
  /** The site's languages, the default first: `languages`, else `lang`, else en. */
  languages: string[];
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Reads the job settings out of site.yaml's data (as parsed from YAML, not yet validated). */
export function readAtsSettings(site: unknown): AtsSettings {
  const raw = record(site);
  const places = (value: unknown) =>
    (Array.isArray(value) ? value : []).map(record).flatMap((item) =>
      typeof item.id === 'string' ? [{ id: item.id, name: typeof item.name === 'string' ? item.name : item.id, ...(typeof record(item.address).country === 'string' ? { country: record(item.address).country as string } : {}) }] : [],
    );
  const languages = Array.isArray(raw.languages) ? raw.languages.filter((l): l is string => typeof l === 'string') : [];
  const settings: AtsSettings = {
    teams: places(raw.teams),
    locations: places(raw.locations),
    languages: languages.length ? languages : [typeof raw.lang === 'string' ? raw.lang : 'en'],
  };
  const jobs = record(raw.jobs);
  if (raw.jobs === undefined || jobs.source === undefined) return settings;
  const parsed = jobsSourceSchema.safeParse(jobs);
  if (parsed.success) return { ...settings, jobs: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ...settings, invalid: `jobs.${issue.path.join('.')} ${issue.message}` };
}
