/**
 * The weekly ask cap (DESIGN §2.4): the company must not propose more share posts to one
 * ambassador in one ISO week than site.yaml's `askCap`. Pure, so that the checker and the share
 * kit count the same way.
 */
import { isoWeek } from './dates.ts';

/** What the count needs of an ambassador: the themes they follow. */
export interface AskCapAmbassador {
  id: string;
  data: { themes: readonly string[] };
}
/** What the count needs of a share post: its themes and its first day. */
export interface AskCapPost {
  id: string;
  data: { themes: readonly string[]; from: Date };
}

/** One ambassador asked too often in one week. */
export interface AskCapExcess {
  /** The ambassador's id. */
  ambassador: string;
  /** The ISO week, like "2026-W09". */
  week: string;
  /** The ids of the posts proposed to them that week, in order of their first day, then id. */
  posts: string[];
  /** The cap that was exceeded. */
  cap: number;
}

/**
 * The ids of the posts proposed to each ambassador, per ISO week of the post's `from` date: posts
 * whose themes meet the ambassador's. Ambassadors who follow the same themes share one map: read it,
 * never change it (the types say so).
 */
export function countAsks(ambassadors: readonly AskCapAmbassador[], posts: readonly AskCapPost[]): ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> {
  const sorted = [...posts].sort((a, b) => a.data.from.getTime() - b.data.from.getTime() || a.id.localeCompare(b.id));
  const weekOf = new Map(sorted.map((post) => [post, isoWeek(post.data.from)]));
  const rank = new Map(sorted.map((post, index) => [post, index]));
  const byTheme = new Map<string, AskCapPost[]>();
  for (const post of sorted) {
    for (const theme of new Set(post.data.themes)) {
      const list = byTheme.get(theme);
      if (list) list.push(post);
      else byTheme.set(theme, [post]);
    }
  }
  // Ambassadors who follow the same themes are asked the same: each set of themes is counted once.
  const bySet = new Map<string, Map<string, string[]>>();
  const weeksFor = (themes: readonly string[]) => {
    const followed = [...new Set(themes)].sort();
    const key = followed.join('\n');
    let weeks = bySet.get(key);
    if (weeks) return weeks;
    const proposed = new Set<AskCapPost>();
    for (const theme of followed) for (const post of byTheme.get(theme) ?? []) proposed.add(post);
    weeks = new Map<string, string[]>();
    for (const post of [...proposed].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
      const week = weekOf.get(post)!;
      const list = weeks.get(week);
      if (list) list.push(post.id);
      else weeks.set(week, [post.id]);
    }
    bySet.set(key, weeks);
    return weeks;
  };
  const counts = new Map<string, Map<string, string[]>>();
  for (const ambassador of ambassadors) counts.set(ambassador.id, weeksFor(ambassador.data.themes));
  return counts;
}

/**
 * Every (ambassador, week) with more proposals than `cap`, ordered by ambassador then week. With
 * `since`, weeks before the ISO week of that day are left out: they are over and cannot be changed.
 */
export function findAskCapExcesses(ambassadors: readonly AskCapAmbassador[], posts: readonly AskCapPost[], cap: number, since?: Date): AskCapExcess[] {
  const firstWeek = since ? isoWeek(since) : '';
  const excesses: AskCapExcess[] = [];
  for (const [ambassador, weeks] of countAsks(ambassadors, posts)) {
    for (const [week, ids] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
      if (ids.length > cap && week >= firstWeek) excesses.push({ ambassador, week, posts: [...ids], cap });
    }
  }
  return excesses.sort((a, b) => a.ambassador.localeCompare(b.ambassador) || a.week.localeCompare(b.week));
}
