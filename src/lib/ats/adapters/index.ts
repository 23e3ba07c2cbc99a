/** Every ATS adapter, by its id in site.yaml. */
import type { AtsSource } from '../../../schemas/jobs-source';
import type { AtsAdapter } from '../types';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { workable } from './workable';

/** The adapter of each ATS. */
export const ADAPTERS: Record<AtsSource, AtsAdapter> = { greenhouse, lever, recruitee, personio, teamtailor, workable, smartrecruiters, ashby };
