/** Every collection's schema, shared by the site build (src/content.config.ts) and the checker. */
export { ambassadorSchema, EMPLOYMENT_TYPES, AMBASSADOR_STATUSES, SENIORITIES, AFTER_LEAVING, type AmbassadorData } from './ambassador';
export { storySchema, type StoryData } from './story';
export { jobSchema, jobEntrySchema, WORK_MODES, JOB_EMPLOYMENT_TYPES, SALARY_UNITS, type JobData, type JobEntryData } from './job';
export { jobsSourceSchema, jobOverlaySchema, ATS_SOURCES, OVERLAY_FIELDS, type AtsSource, type JobsSource, type JobOverlay } from './jobs-source';
export { recognitionSchema, RECOGNITION_KINDS, type RecognitionData } from './recognition';
export { shareSchema, type ShareData } from './share';
export { siteSchema, themeSchema, PAY_TRANSPARENCY_LEVELS, type SiteInput, type Theme, type Team, type Location } from './site';
export { imagePath, NETWORKS, type ImageField, type Network } from './fields';
export { ambassadorTranslationSchema } from './ambassador';
export { storyTranslationSchema } from './story';
export { jobTranslationSchema } from './job';
export { recognitionTranslationSchema } from './recognition';
export { shareTranslationSchema } from './share';
export { localText, TRANSLATABLE, type LocalText } from './fields';
export { LIMITS, countCharacters, type TextLimit } from './limits';
