/** Jobs from Recruitee (site.yaml `jobs.source: recruitee`), merged with content/jobs/: see ats-loader.ts and README. */
import { recruitee } from '../lib/ats/adapters/recruitee';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader';

/** The `jobs` collection's loader for Recruitee. */
export const recruiteeLoader = (options: AtsLoaderOptions) => createAtsLoader(recruitee, options);
