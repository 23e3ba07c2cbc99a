/** Jobs from Teamtailor (site.yaml `jobs.source: teamtailor`), merged with content/jobs/: see ats-loader.ts and README. */
import { teamtailor } from '../lib/ats/adapters/teamtailor.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for Teamtailor. */
export const teamtailorLoader = (options: AtsLoaderOptions) => createAtsLoader(teamtailor, options);
