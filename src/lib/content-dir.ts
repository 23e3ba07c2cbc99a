import path from 'node:path';

/** The environment variable that points a build, the checker, tests or the benchmark at another content folder. */
export const CONTENT_ENV = 'VAANDEL_CONTENT';

/**
 * The absolute content folder: `VAANDEL_CONTENT` (absolute, or relative to the working directory)
 * when set, else `content/` in the project root.
 */
export function resolveContentDir(env: Record<string, string | undefined>, cwd: string, projectRoot: string): string {
  const chosen = env[CONTENT_ENV]?.trim();
  return chosen ? path.resolve(cwd, chosen) : path.join(projectRoot, 'content');
}

/** The folder names of each collection inside the content folder. */
export const COLLECTION_DIRS = {
  ambassadors: 'ambassadors',
  stories: 'stories',
  jobs: 'jobs',
  recognition: 'recognition',
  share: 'share',
} as const;
