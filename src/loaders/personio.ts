/** Jobs from Personio (site.yaml `jobs.source: personio`), merged with content/jobs/: see ats-loader.ts and README. */
import { personio } from '../lib/ats/adapters/personio.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Personio. */
export const personioLoader = (options: AtsLoaderOptions) => createAtsLoader(personio, options);
