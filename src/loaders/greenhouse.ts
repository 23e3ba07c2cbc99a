/** Jobs from Greenhouse (site.yaml `jobs.source: greenhouse`), merged with content/jobs/: see ats-loader.ts and README. */
import { greenhouse } from '../lib/ats/adapters/greenhouse.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Greenhouse. */
export const greenhouseLoader = (options: AtsLoaderOptions) => createAtsLoader(greenhouse, options);
