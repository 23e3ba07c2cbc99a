/**
 * Site paths of every kind of page, in one place for pages, feeds, cards and share links. These are
 * the paths of a one-language site; `localizePath` (src/lib/languages.ts) puts them under /<lang>/.
 */

/** The path of an ambassador's page. */
export const ambassadorPath = (id: string) => `/ambassadors/${id}/`;
/** The path of a story's page. */
export const storyPath = (id: string) => `/stories/${id}/`;
/** The path of a job's page. */
export const jobPath = (id: string) => `/jobs/${id}/`;
/** The path of a team's page. */
export const teamPath = (id: string) => `/teams/${id}/`;
/** The path of a theme's page. */
export const themePath = (id: string) => `/themes/${id}/`;
/** The path of the privacy notice. */
export const PRIVACY_PATH = '/privacy/';

/** Turns a site path into the path of the page in one language (and whatever else every link needs). */
export type Link = (path: string) => string;
