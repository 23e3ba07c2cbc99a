/** The kinds of entry that get a social card. */
export type CardKind = 'stories' | 'ambassadors' | 'jobs' | 'share';

/** Card images are 1200×630 PNGs. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site path of an entry's social card, e.g. `/og/stories/my-story.png`; the site card without arguments. */
export function cardPath(kind?: CardKind, id?: string): string {
  return kind && id ? `/og/${kind}/${id}.png` : '/og/site.png';
}
