/**
 * One entry per address, one profile per person: the addresses each entry gets on the site (so
 * that two entries never claim the same one once capitals, accents and spaces are set aside, in
 * any language), and the GitHub handles that own the profiles (compared as GitHub does, ignoring
 * capitals). Pure.
 */
import { cardPath } from '../card-paths.ts';
import { languageParam, localizePath, resolveLanguages, type SiteLanguages } from '../languages.ts';
import { ambassadorPath, jobPath, storyPath } from '../paths.ts';
import type { EntryCollection } from './layout.ts';
import type { Problem } from './problem.ts';

/**
 * The site paths an entry's pages and files get (its page, its card, a person's share kit), in
 * every language of the site (src/lib/languages.ts: under /<lang>/ when there are several). A
 * translation shares its main entry's paths, so only main entries are passed here. Thank-yous have
 * no address of their own.
 */
export function entryPaths(collection: EntryCollection, id: string, languages: SiteLanguages = resolveLanguages({})): string[] {
  return languages.codes.flatMap((lang) => {
    const page = (path: string) => localizePath(languages, lang, path);
    // A card is a PNG or a JPEG by what it shows; two entries on one address clash either way, so one format stands for both.
    const card = cardPath('png', collection === 'recognition' ? undefined : collection, id, languageParam(languages, lang));
    switch (collection) {
      case 'ambassadors':
        return [page(ambassadorPath(id)), page(`/share/${id}/`), card];
      case 'stories':
        return [page(storyPath(id)), card];
      case 'jobs':
        return [page(jobPath(id)), card];
      case 'share':
        return [card];
      case 'recognition':
        return [];
    }
  });
}

/** The languages of site.yaml as written, even when it does not pass its schema: `languages`, else `lang`, else English. */
export function siteLanguages(site: Record<string, unknown> | undefined): SiteLanguages {
  const list = Array.isArray(site?.languages) ? site.languages.filter((l): l is string => typeof l === 'string') : [];
  return resolveLanguages({ languages: list, lang: typeof site?.lang === 'string' ? site.lang : undefined });
}

/** An ambassador's `github` field, where it sits. */
export interface HandleOwner {
  /** The profile file as shown to people. */
  file: string;
  /** The line of the github field. */
  line?: number;
  /** The handle as written. */
  handle: string;
}

/**
 * Two profiles owned by the same GitHub account (GitHub ignores capitals): an error on each of
 * them, naming the others, so that the note lands on whichever file a pull request touches.
 */
export function findSharedHandles(owners: readonly HandleOwner[]): Problem[] {
  const byHandle = new Map<string, HandleOwner[]>();
  for (const owner of owners) {
    const key = owner.handle.trim().toLowerCase();
    if (!key) continue;
    byHandle.set(key, [...(byHandle.get(key) ?? []), owner]);
  }
  const problems: Problem[] = [];
  for (const group of byHandle.values()) {
    if (group.length < 2) continue;
    for (const owner of group) {
      const others = group.filter((o) => o !== owner);
      const named = others.map((o) => (o.handle === owner.handle ? o.file : `${o.file} (as "${o.handle}")`)).join(' and ');
      problems.push({
        file: owner.file,
        ...(owner.line !== undefined ? { line: owner.line } : {}),
        field: 'github',
        severity: 'error',
        message: `"${owner.handle}" also owns ${named}: one person would have two profiles${others.some((o) => o.handle !== owner.handle) ? ' (GitHub ignores capitals in handles)' : ''}.`,
        hint: 'Keep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.',
      });
    }
  }
  return problems;
}
