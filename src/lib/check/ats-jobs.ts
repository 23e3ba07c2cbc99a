/**
 * The checker's rules for jobs from an ATS (site.yaml `jobs.source`): overlays (a Markdown job whose
 * slug is an ATS job's holds only the people to ask, a team and an intro), overlays whose job is not
 * in the feed, and, with `--fetch`, ATS departments and offices the site cannot place. Pure.
 */
import { jobOverlaySchema, OVERLAY_FIELDS } from '../../schemas/jobs-source.ts';
import { describeUnmapped } from '../ats/messages.ts';
import type { NormaliseResult } from '../ats/normalise.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { describeIssues, formatPath } from './zod-problems.ts';

/** The jobs of the ATS, as far as the checker knows them. */
export interface AtsJobsKnown {
  /** The ATS's name, e.g. "Greenhouse". */
  label: string;
  /** The slugs of its jobs (open, and gone from the feed less than 90 days ago). */
  slugs: ReadonlySet<string>;
  /** The titles of its jobs by slug, for messages. */
  titles: ReadonlyMap<string, string>;
  /** Where they come from: a fetch by this check, or the last build's fetch. */
  from: 'fetch' | 'last build';
}

/** Whether a job file is an overlay: its slug is an ATS job's, or it has no title. */
export function isOverlayFile(id: string, raw: Record<string, unknown>, known: AtsJobsKnown | undefined): boolean {
  return Boolean(known?.slugs.has(id)) || !('title' in raw);
}

/** What is wrong with an overlay file. */
export function checkOverlay(overlay: {
  id: string;
  raw: Record<string, unknown>;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  source: string;
  known: AtsJobsKnown | undefined;
  siteFile: string;
  unsafePaths: ReadonlySet<string>;
}): Problem[] {
  const { id, raw, file, lineOf, known } = overlay;
  const problems: Problem[] = [];
  const label = known?.label ?? overlay.source;
  const title = known?.titles.get(id);
  for (const key of Object.keys(raw).filter((k) => !(OVERLAY_FIELDS as readonly string[]).includes(k))) {
    const line = lineOf([key]);
    problems.push({
      file,
      ...(line !== undefined ? { line } : {}),
      field: key,
      severity: 'error',
      message: `is not allowed here: this file is an overlay of the ${label} job${title ? ` "${title}"` : ` "${id}"`}, which may hold only ${OVERLAY_FIELDS.join(' and ')}, and an intro as its body.`,
      hint: `Remove the line: ${label} gives the ${key}. If this is a job of its own, give it another file name.`,
    });
  }
  const allowed = Object.fromEntries(Object.entries(raw).filter(([k]) => (OVERLAY_FIELDS as readonly string[]).includes(k)));
  const parsed = jobOverlaySchema.safeParse(allowed);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((issue) => !overlay.unsafePaths.has(formatPath(issue.path)) && issue.code !== 'invalid_format');
    problems.push(...describeIssues(issues, { file, data: allowed, schema: jobOverlaySchema, lineOf, where: 'the front matter' }));
  }
  if (known && !known.slugs.has(id)) {
    problems.push({
      file,
      field: '',
      severity: 'warning',
      message: `is an overlay (it has no title), but no ${label} job has the slug "${id}"${known.from === 'fetch' ? ' in the feed' : ' in the last fetch'}, so it is not used.`,
      hint: `${didYouMean(id, [...known.slugs])}Name the file after a job's slug (the last part of its page address, /jobs/<slug>/), give it the fields of a job of its own, or remove it.`,
    });
  }
  return problems;
}

/** Problems a fetch of the feed shows: departments and offices the site cannot place, jobs left out, a feed that could not be read. */
export function fetchProblems(options: { label: string; siteFile: string; siteLine?: number; result?: NormaliseResult; failure?: { url: string; reason: string } }): Problem[] {
  const { label, siteFile, siteLine } = options;
  const at = siteLine !== undefined ? { line: siteLine } : {};
  if (options.failure) {
    return [
      {
        file: siteFile,
        ...at,
        field: 'jobs',
        severity: 'error',
        message: `${label} could not be read: ${options.failure.url} ${options.failure.reason}.`,
        hint: `Check jobs.account (the name ${label} gives your job board) and jobs.url, and that this machine can reach the ATS.`,
      },
    ];
  }
  const problems: Problem[] = [];
  for (const unmapped of options.result?.unmapped ?? []) {
    const { message, hint } = describeUnmapped(unmapped, label, siteFile);
    problems.push({ file: siteFile, ...at, field: unmapped.kind === 'team' ? 'jobs.teams' : 'jobs.locations', severity: 'warning', message, hint });
  }
  for (const skipped of options.result?.skipped.filter((s) => !/not mapped|none of its offices/.test(s.reason)) ?? []) {
    problems.push({ file: siteFile, ...at, field: 'jobs', severity: 'warning', message: `The ${label} job "${skipped.title}" (${skipped.atsId}) is left out: ${skipped.reason}.`, hint: `Fix the job in ${label}.` });
  }
  return problems;
}
