/** The kinds of entry that get a social card. */
export type CardKind = 'stories' | 'ambassadors' | 'jobs' | 'share';

/** Card images are 1200×630. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The file formats of cards: the two every network's link preview accepts (LinkedIn, Facebook, X,
 * Slack). Which one a card is follows from what it draws (cardFormatOf in src/lib/og/card-content.ts).
 */
export const CARD_FORMATS = {
  png: { extension: 'png', mediaType: 'image/png' },
  jpeg: { extension: 'jpg', mediaType: 'image/jpeg' },
} as const;

/** A card's file format. */
export type CardFormat = keyof typeof CARD_FORMATS;

/**
 * The site path of a social card in a format: `/og/stories/my-story.png`, the site card
 * `/og/site.png` without an entry; on a site in several languages the language comes first:
 * `/og/fr/stories/my-story.png`. Every card path is made here.
 */
export function cardPath(format: CardFormat, kind?: CardKind, id?: string, langParam?: string): string {
  const prefix = langParam === undefined ? '/og' : `/og/${langParam}`;
  const extension = CARD_FORMATS[format].extension;
  return kind && id ? `${prefix}/${kind}/${id}.${extension}` : `${prefix}/site.${extension}`;
}

/** The format of a card path, told by its extension (png for anything else). */
export function cardFormatOfPath(path: string): CardFormat {
  return path.endsWith(`.${CARD_FORMATS.jpeg.extension}`) ? 'jpeg' : 'png';
}

/** The media type of a card path, for og:image:type and the Content-Type header. */
export function cardMediaType(path: string): string {
  return CARD_FORMATS[cardFormatOfPath(path)].mediaType;
}
