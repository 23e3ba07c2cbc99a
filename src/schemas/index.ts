/** Every collection's schema, shared by the site build (src/content.config.ts) and the checker. */
export { ambassadorSchema, EMPLOYMENT_TYPES, AMBASSADOR_STATUSES, SENIORITIES, AFTER_LEAVING, type AmbassadorData } from './ambassador';
export { storySchema, type StoryData } from './story';
export { jobSchema, WORK_MODES, JOB_EMPLOYMENT_TYPES, type JobData } from './job';
export { recognitionSchema, RECOGNITION_KINDS, type RecognitionData } from './recognition';
export { shareSchema, type ShareData } from './share';
export { siteSchema, themeSchema, PAY_TRANSPARENCY_LEVELS, type SiteInput, type Theme, type Team, type Location } from './site';
export { imagePath, NETWORKS, type ImageField, type Network } from './fields';
export { LIMITS, countCharacters, type TextLimit } from './limits';
