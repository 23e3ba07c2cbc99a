/**
 * The `jobs` collection's loader: the Markdown files of content/jobs/ exactly as glob() reads them,
 * or, when site.yaml names an ATS in `jobs.source`, that ATS's loader (which merges both).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { AtsSource } from '../schemas/jobs-source.ts';
import { COLLECTION_DIRS } from '../lib/content-dir.ts';
import { readSettings, type AtsLoaderOptions } from './ats-loader.ts';
import { ashbyLoader } from './ashby.ts';
import { greenhouseLoader } from './greenhouse.ts';
import { leverLoader } from './lever.ts';
import { personioLoader } from './personio.ts';
import { recruiteeLoader } from './recruitee.ts';
import { smartrecruitersLoader } from './smartrecruiters.ts';
import { teamtailorLoader } from './teamtailor.ts';
import { workableLoader } from './workable.ts';

/** The loader of each ATS. */
export const ATS_LOADERS: Record<AtsSource, (options: AtsLoaderOptions) => Loader> = {
  greenhouse: greenhouseLoader,
  lever: leverLoader,
  recruitee: recruiteeLoader,
  personio: personioLoader,
  teamtailor: teamtailorLoader,
  workable: workableLoader,
  smartrecruiters: smartrecruitersLoader,
  ashby: ashbyLoader,
};

/** Markdown jobs, plus the ATS's when site.yaml names one. */
export function jobsLoader(options: AtsLoaderOptions & { generateId: (options: { entry: string }) => string }): Loader {
  const markdown = glob({ pattern: ['*.md', '!*.*.md'], base: pathToFileURL(path.join(options.contentDir, COLLECTION_DIRS.jobs) + path.sep), generateId: options.generateId });
  const ats = new Map<AtsSource, Loader>();
  return {
    name: 'vaandel:jobs',
    load: async (context) => {
      const { jobs, invalid, siteFile } = await readSettings(options.contentDir);
      if (invalid) throw new Error(`${siteFile}: ${invalid}. Run npm run check for the details.`);
      if (!jobs) return markdown.load(context);
      const loader = ats.get(jobs.source) ?? ATS_LOADERS[jobs.source](options);
      ats.set(jobs.source, loader);
      return loader.load(context);
    },
  };
}
