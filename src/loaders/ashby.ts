/** Jobs from Ashby (site.yaml `jobs.source: ashby`), merged with content/jobs/: see ats-loader.ts and README. */
import { ashby } from '../lib/ats/adapters/ashby.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Ashby. */
export const ashbyLoader = (options: AtsLoaderOptions) => createAtsLoader(ashby, options);
