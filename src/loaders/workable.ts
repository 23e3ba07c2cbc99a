/** Jobs from Workable (site.yaml `jobs.source: workable`), merged with content/jobs/: see ats-loader.ts and README. */
import { workable } from '../lib/ats/adapters/workable.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Workable. */
export const workableLoader = (options: AtsLoaderOptions) => createAtsLoader(workable, options);
