/** Every collection's schema, shared by the site build (src/content.config.ts) and the checker. */
export { ambassadorSchema, EMPLOYMENT_TYPES, AMBASSADOR_STATUSES, SENIORITIES, AFTER_LEAVING, type AmbassadorData } from './ambassador.ts';
export { storySchema, type StoryData } from './story.ts';
export { jobSchema, jobEntrySchema, WORK_MODES, JOB_EMPLOYMENT_TYPES, SALARY_UNITS, type JobData, type JobEntryData } from './job.ts';
export { jobsSourceSchema, jobOverlaySchema, ATS_SOURCES, OVERLAY_FIELDS, type AtsSource, type JobsSource, type JobOverlay } from './jobs-source.ts';
export { recognitionSchema, RECOGNITION_KINDS, type RecognitionData } from './recognition.ts';
export { shareSchema, type ShareData } from './share.ts';
export { siteSchema, themeSchema, PAY_TRANSPARENCY_LEVELS, type SiteInput, type Theme, type Team, type Location } from './site.ts';
export { imagePath, NETWORKS, type ImageField, type Network } from './fields.ts';
export { ambassadorTranslationSchema } from './ambassador.ts';
export { storyTranslationSchema } from './story.ts';
export { jobTranslationSchema } from './job.ts';
export { recognitionTranslationSchema } from './recognition.ts';
export { shareTranslationSchema } from './share.ts';
export { localText, TRANSLATABLE, type LocalText } from './fields.ts';
export { LIMITS, countCharacters, type TextLimit } from './limits.ts';
