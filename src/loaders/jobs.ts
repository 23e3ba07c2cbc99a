/**
 * The `jobs` collection's loader: the Markdown files of content/jobs/ exactly as glob() reads them,
 * or, when site.yaml names an ATS in `jobs.source`, that ATS's loader (which merges both). An ATS's
 * loader, with the feed reading and sanitising behind it, is imported only when site.yaml names
 * it: content.config.ts is loaded at the start of every build, and a site without an ATS should
 * not wait for two dozen modules it never runs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { AtsSource } from '../schemas/jobs-source.ts';
import { COLLECTION_DIRS } from '../lib/content-dir.ts';
import type { AtsLoaderOptions } from './ats-loader.ts';
import { readSettings } from './job-settings.ts';

/** The loader of each ATS, imported when asked for. */
export const ATS_LOADERS: Record<AtsSource, () => Promise<(options: AtsLoaderOptions) => Loader>> = {
  greenhouse: async () => (await import('./greenhouse.ts')).greenhouseLoader,
  lever: async () => (await import('./lever.ts')).leverLoader,
  recruitee: async () => (await import('./recruitee.ts')).recruiteeLoader,
  personio: async () => (await import('./personio.ts')).personioLoader,
  teamtailor: async () => (await import('./teamtailor.ts')).teamtailorLoader,
  workable: async () => (await import('./workable.ts')).workableLoader,
  smartrecruiters: async () => (await import('./smartrecruiters.ts')).smartrecruitersLoader,
  ashby: async () => (await import('./ashby.ts')).ashbyLoader,
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
      let loader = ats.get(jobs.source);
      if (!loader) {
        loader = (await ATS_LOADERS[jobs.source]())(options);
        ats.set(jobs.source, loader);
      }
      return loader.load(context);
    },
  };
}
