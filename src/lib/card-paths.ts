/** The kinds of entry that get a social card. */
export type CardKind = 'stories' | 'ambassadors' | 'jobs' | 'share';

/** Card images are 1200×630 PNGs. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The site path of a social card: `/og/stories/my-story.png`, the site card `/og/site.png` without an
 * entry; on a site in several languages the language comes first: `/og/fr/stories/my-story.png`.
 */
export function cardPath(kind?: CardKind, id?: string, langParam?: string): string {
  const prefix = langParam === undefined ? '/og' : `/og/${langParam}`;
  return kind && id ? `${prefix}/${kind}/${id}.png` : `${prefix}/site.png`;
}
