/** Jobs from SmartRecruiters (site.yaml `jobs.source: smartrecruiters`), merged with content/jobs/: see ats-loader.ts and README. */
import { smartrecruiters } from '../lib/ats/adapters/smartrecruiters.ts';
import { createAtsLoader, type AtsLoaderOptions } from './ats-loader.ts';

/** The `jobs` collection's loader for SmartRecruiters. */
export const smartrecruitersLoader = (options: AtsLoaderOptions) => createAtsLoader(smartrecruiters, options);
