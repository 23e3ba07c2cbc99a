/** Jobs from Lever (site.yaml `jobs.source: lever`), merged with content/jobs/: see ats-loader.ts and README. */
import { lever } from '../lib/ats/adapters/lever.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Lever. */
export const leverLoader = (options: AtsLoaderOptions) => createAtsLoader(lever, options);
