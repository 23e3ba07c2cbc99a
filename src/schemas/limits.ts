/**
 * How long each free-text field may be, in characters as people count them (an accented letter
 * or an emoji is one), and where it is shown, which is what the limit was measured against: the
 * social cards (src/lib/og/templates.ts, measured with src/lib/og/fit.ts at their smallest font
 * size) and the pages. At its limit a name, title, quote or tagline is drawn whole on its own card;
 * one-line mentions elsewhere (a byline, a chip) shorten with "…" as they always do.
 */

/** A field's limit and where it is shown, for the message of the checker. */
export interface TextLimit {
  /** The most characters allowed. */
  max: number;
  /** Where the text is shown, ending the checker's hint: "so that it …". */
  why: string;
}

const limit = (max: number, why: string): TextLimit => ({ max, why });

/** Every limit, by collection and field. */
export const LIMITS = {
  site: {
    /** Header, footer, page titles and the cards' logo badge. */
    name: limit(40, 'fits the header and the cards'),
    /** Home page hero and the site's card: three lines at the card's smallest size. */
    tagline: limit(100, 'shows whole in the home page hero and on the site card'),
    /** Home page description (search engines show about 160 characters) and the site card's two lines. */
    description: limit(160, 'shows whole in search results and on the site card'),
    /** Read aloud by screen readers in place of the logo. */
    logoAlt: limit(100, 'stays short to hear'),
    /** Chips on job cards, filters, headings. */
    teamName: limit(40, 'fits the filters, chips and cards'),
    /** The team page's introduction. */
    teamDescription: limit(300, 'stays a short introduction on the team page'),
    /** Chips on job cards and filters. */
    locationName: limit(40, 'fits the filters, chips and cards'),
    /** Address lines on job pages. */
    street: limit(100, 'fits an address line on job pages'),
    city: limit(60, 'fits an address line on job pages'),
    region: limit(60, 'fits an address line on job pages'),
    postalCode: limit(12, 'fits an address line on job pages'),
  },
  themes: {
    /** Pills on share cards and in the share kit. */
    label: limit(30, 'fits the theme pills of the share kit and cards'),
    /** The theme page's introduction. */
    description: limit(200, 'stays one sentence on the theme page'),
  },
  ambassadors: {
    /** Two lines on the ambassador card at its smallest size; profile heading. */
    name: limit(45, 'shows whole on the profile card'),
    /** Beside the role on the profile. */
    pronouns: limit(30, 'fits beside the role on the profile'),
    /** Under the name on profiles and listings; one line on cards. */
    role: limit(60, 'fits under the name on profiles and cards'),
    /** Read aloud by screen readers in place of the photo. */
    photoAlt: limit(200, 'stays one sentence to hear'),
    /** What the ambassador card has room for below a two-line name. */
    quote: limit(150, 'shows whole on the profile card'),
  },
  stories: {
    /** Story card (five lines), page heading, listings. */
    title: limit(100, 'shows whole on the story card and in listings'),
    /** Listings and the page description. */
    summary: limit(250, 'stays one or two sentences in listings and search results'),
    /** Read aloud by screen readers in place of the cover. */
    coverAlt: limit(200, 'stays one sentence to hear'),
  },
  jobs: {
    /** Job card (four lines), page heading, listings and the share text. */
    title: limit(100, 'shows whole on the job card and in listings'),
    /** Beside the salary heading on the job page. */
    salaryNote: limit(200, 'stays one sentence on the job page'),
  },
  recognition: {
    /** The thank-you's heading on the wall. */
    title: limit(100, 'fits the heading of a thank-you card'),
    /** "From …" under the message. */
    from: limit(80, 'fits the last line of a thank-you card'),
    /** The message (the Markdown below the front matter), read whole on the wall's cards. */
    message: limit(500, 'reads as a card on the thank-you wall'),
  },
  share: {
    /** Three lines on the share card beside its picture; proposal headings in the kit. */
    title: limit(80, 'shows whole on the share card'),
    /** Read aloud by screen readers in place of the image. */
    imageAlt: limit(200, 'stays one sentence to hear'),
  },
} as const;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text in which every code unit is a character of its own: printable ASCII, tab and line feed, Latin
 * letters with their accents precomposed (U+00A0–U+02FF), and typographic punctuation (dashes,
 * quotes, ellipsis, U+2010–U+2027 and U+2030–U+205F, none of which joins a neighbour), and the euro
 * sign. Most content is written in it; counting it needs no segmenter.
 */
const ONE_UNIT_EACH = /^[\t\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205f\u20ac]*$/;

/** How many characters people see in a text: "é" written as e + accent, or 👍🏽, counts once. */
export function countCharacters(text: string): number {
  if (ONE_UNIT_EACH.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** What is wrong with a text over its limit (its length and the limit) and the fix (by how much to shorten it, and why). */
export function tooLong(length: number, { max, why }: TextLimit): { what: string; fix: string } {
  const over = length - max;
  return { what: `is ${length} characters long, over the limit of ${max}`, fix: `shorten it by ${over} character${over === 1 ? '' : 's'}, so that it ${why}` };
}

/** The schema message for a text over its limit: "is 134 characters long, over the limit of 100: shorten it by 34 characters, so that …". */
export function describeTooLong(length: number, limit: TextLimit): string {
  const { what, fix } = tooLong(length, limit);
  return `${what}: ${fix}`;
}
