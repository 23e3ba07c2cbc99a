/**
 * What a card shows, as plain data: the texts and colours of each template variant, and the images
 * by "slot" (each slot has a fixed size on the card). The same shape travels from the routes to the
 * cache key (images as file paths, hashed by content) and to the render workers (images as pixels,
 * already resized). What a card draws also decides its file format (cardFormatOf).
 */
import type { CardFormat } from '../card-paths.ts';

/** The template variants. */
export type CardTemplate = 'story' | 'ambassador' | 'job' | 'share' | 'site';

/**
 * The image slots of the templates, with the size each is drawn at (pixels on the 1200×630 card).
 * A `panel` is a photograph filling a third of the card: a palette would posterise it, so a card
 * with a panel is a JPEG.
 */
export const IMAGE_SLOTS = {
  /** The storyteller's round photo on a story card. */
  storyPhoto: { width: 120, height: 120, fit: 'cover', round: true },
  /** The full-height photo panel of an ambassador card. */
  ambassadorPhoto: { width: 420, height: 630, fit: 'cover', panel: true },
  /** The picture panel of a share post card. */
  sharePicture: { width: 440, height: 630, fit: 'cover', panel: true },
  /** The company logo, inside its white badge. */
  logo: { width: 240, height: 48, fit: 'inside' },
  /** The company logo, large, on the site card. */
  siteLogo: { width: 360, height: 72, fit: 'inside' },
} as const;

/** An image slot name. */
export type ImageSlot = keyof typeof IMAGE_SLOTS;

/** Whether a slot holds a photo panel (see IMAGE_SLOTS). */
export function isPanel(slot: ImageSlot): boolean {
  return 'panel' in IMAGE_SLOTS[slot];
}

/**
 * The file format of a card that draws these images, decided here only: a JPEG when it shows a
 * photo panel (sharp's JPEG keeps a photograph clean, small and fast), else a palette PNG (flat
 * colours and text, lossless, and smaller than a JPEG). A story card's small round photo is reduced
 * to a palette with the rest of its card.
 */
export function cardFormatOf(images: Partial<Record<ImageSlot, unknown>>): CardFormat {
  return (Object.keys(images) as ImageSlot[]).some((slot) => images[slot] !== undefined && isPanel(slot)) ? 'jpeg' : 'png';
}

/** The brand, the same on every card of a site. */
export interface CardBrand {
  /** The company name (shown when there is no logo). */
  name: string;
  /** The site's host name, e.g. careers.example.com. */
  host: string;
  /** Primary brand colour, "#rrggbb". */
  primary: string;
  /** Accent colour, "#rrggbb"; a tint of the primary when the site has none. */
  accent?: string;
}

/** Texts of a story card. */
export interface StoryCardText {
  template: 'story';
  /** The story's headline. */
  title: string;
  /** The first storyteller's name, and how many more tell it. */
  person: { name: string; detail: string; others: number };
  /** The first theme's label. */
  theme?: string;
}

/** Texts of an ambassador card. */
export interface AmbassadorCardText {
  template: 'ambassador';
  /** Full name. */
  name: string;
  /** Role, e.g. "Data engineer". */
  role: string;
  /** Team name. */
  team?: string;
  /** Their quote. */
  quote?: string;
}

/** Texts of a job card. */
export interface JobCardText {
  template: 'job';
  /** Job title. */
  title: string;
  /** Team name. */
  team?: string;
  /** Location names. */
  locations: string[];
  /** Work mode as shown: On-site, Hybrid or Remote. */
  workMode: string;
  /** Closed jobs keep their page, so they keep a card, marked closed. */
  closed: boolean;
}

/** Texts of a share post card. */
export interface ShareCardText {
  template: 'share';
  /** The post's title. */
  title: string;
  /** The first text variant, as a teaser. */
  text?: string;
  /** Theme labels. */
  themes: string[];
  /** What the post links to, e.g. "Story · Ten years in Ghent". */
  target?: string;
}

/** Texts of the site card. */
export interface SiteCardText {
  template: 'site';
  /** The site's tagline. */
  tagline: string;
  /** One or two sentences about the company. */
  description: string;
}

/** The texts of any card. */
export type CardText = StoryCardText | AmbassadorCardText | JobCardText | ShareCardText | SiteCardText;

/** The words a card draws besides its entry's texts, in the card's language (English when left out). */
export interface CardLabels {
  story: string;
  people: string;
  hiring: string;
  closed: string;
  closedBand: string;
  applyAt: string;
  share: string;
  careers: string;
  /** "+ {n} more": how many more people tell a story. */
  more: string;
  /** The quotation marks around a quote, with the spaces the language puts inside them. */
  quoteOpen: string;
  quoteClose: string;
}

/** Everything drawn on one card, with images given as `I` (file paths, hashes or data URLs). */
export interface CardContent<I = string> {
  /** The card's words in its language; English when left out. */
  labels?: CardLabels;
  /** The texts of the variant. */
  text: CardText;
  /** The brand. */
  brand: CardBrand;
  /** Images by slot. */
  images: Partial<Record<ImageSlot, I>>;
}
