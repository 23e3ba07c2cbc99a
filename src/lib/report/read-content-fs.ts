/** Reads a content folder for the programme report with the checker's own reader, schemas and rules. */
import fs from 'node:fs/promises';
import { createFsSource, labelOf } from '../check/check-fs.ts';
import { readCheckedContent, type CheckedContent } from '../check/check-content.ts';
import type { Problem } from '../check/problem.ts';
import { resolveLanguages } from '../languages.ts';
import type { ReportSite, Translation } from './content-figures.ts';

/** A content folder as the report sees it. */
export interface ReportContent {
  /** site.yaml, valid. */
  site: NonNullable<CheckedContent['site']>;
  /** The report's view of it: languages, ask cap, teams and locations. */
  reportSite: ReportSite;
  themes: CheckedContent['themes'];
  entries: CheckedContent['entries'];
  translations: Translation[];
  /** The checker's errors, images aside: entries with errors are left out of the figures. */
  errors: Problem[];
}

/** Reads and checks the folder; throws a readable error when there is no folder or no valid site.yaml. */
export async function readReportContent(options: { contentDir: string; cwd: string; today: Date }): Promise<ReportContent> {
  const label = labelOf(options.contentDir, options.cwd);
  const stat = await fs.stat(options.contentDir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`${label} is not a folder: there is no content to report on. Run the report from the project folder, or point VAANDEL_CONTENT at a content folder.`);
  const source = await createFsSource(options.contentDir);
  // No figure depends on an image, and reading thousands of them costs seconds: their sizes, formats
  // and metadata stay the business of npm run check.
  const { result, content } = await readCheckedContent(source, { today: options.today, label, readImages: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!content.site) {
    throw new Error(`${label}/site.yaml is missing or has errors, so there is nothing to report on. Run npm run check to see them.`);
  }
  return {
    site: content.site,
    reportSite: { languages: resolveLanguages(content.site).codes, askCap: content.site.askCap, teams: content.site.teams, locations: content.site.locations },
    themes: content.themes,
    entries: content.entries,
    translations: content.translations,
    errors,
  };
}
