/** Jobs from Ashby (site.yaml `jobs.source: ashby`), merged with content/jobs/: see ats-loader.ts and README. */
import { ashby } from '../lib/ats/adapters/ashby';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader';

/** The `jobs` collection's loader for Ashby. */
export const ashbyLoader = (options: AtsLoaderOptions) => createAtsLoader(ashby, options);
