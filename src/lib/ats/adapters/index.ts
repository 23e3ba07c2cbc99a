/** Every ATS adapter, by its id in site.yaml. */
import type { AtsSource } from '../../../schemas/jobs-source.ts';
import type { AtsAdapter } from '../types.ts';
import { ashby } from './ashby.ts';
import { greenhouse } from './greenhouse.ts';
import { lever } from './lever.ts';
import { personio } from './personio.ts';
import { recruitee } from './recruitee.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import { teamtailor } from './teamtailor.ts';
import { workable } from './workable.ts';

/** The adapter of each ATS. */
export const ADAPTERS: Record<AtsSource, AtsAdapter> = { greenhouse, lever, recruitee, personio, teamtailor, workable, smartrecruiters, ashby };
