/** Jobs from Recruitee (site.yaml `jobs.source: recruitee`), merged with content/jobs/: see ats-loader.ts and README. */
import { recruitee } from '../lib/ats/adapters/recruitee.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Recruitee. */
export const recruiteeLoader = (options: AtsLoaderOptions) => createAtsLoader(recruitee, options);
