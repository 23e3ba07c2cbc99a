/** The wording of what the ATS loaders and the checker tell people. Pure. */
import type { Unmapped } from './normalise.ts';

/** A YAML key, quoted when it needs to be. */
export function yamlKey(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/.test(text) && !/^(true|false|yes|no|on|off|null|~)$/i.test(text) ? text : JSON.stringify(text);
}

/** What is wrong with an ATS department or office the site cannot place, and the line that fixes it. */
export function describeUnmapped(unmapped: Unmapped, label: string, siteFile: string): { message: string; hint: string } {
  const what = unmapped.kind === 'team' ? 'department' : 'office';
  const list = unmapped.kind === 'team' ? 'teams' : 'locations';
  const jobs = unmapped.jobs.length === 1 ? `job "${unmapped.jobs[0]}"` : `${unmapped.jobs.length} jobs (${unmapped.jobs.slice(0, 3).map((j) => `"${j}"`).join(', ')}${unmapped.jobs.length > 3 ? ', …' : ''})`;
  const effect = unmapped.kind === 'team' ? `so the ${jobs} ${unmapped.jobs.length === 1 ? 'is' : 'are'} left out` : `used by the ${jobs}`;
  const line = `${yamlKey(unmapped.value)}: ${unmapped.suggestion ?? `<${unmapped.kind} id>`}`;
  return {
    message: `The ${label} ${what} "${unmapped.value}" is not mapped to a ${unmapped.kind} of this site, ${effect}.`,
    hint: `${unmapped.suggestion ? `Did you mean "${unmapped.suggestion}"? ` : ''}Add this line under jobs.${list} in ${siteFile}: ${line}`,
  };
}
