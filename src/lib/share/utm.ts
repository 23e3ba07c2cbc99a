/**
 * The UTM rules of DESIGN §7: every shared link tells the company's own analytics which network it
 * was shared on, through which program, for which story, job or share post, and (on a personal
 * share page) by whom. No cookies, no third party: just query parameters.
 */

/** Where a link was shared: a network id, or "copy" for copied links and texts. */
export type UtmSource = string;

/** The UTM tags of one shared link. */
export interface UtmTags {
  /** utm_source: the network (linkedin, x, facebook, bluesky, mastodon, whatsapp, email) or "copy". */
  source: UtmSource;
  /** utm_medium: site.yaml `utm.medium` ("ambassador") for ambassadors' shares, `utm.publicMedium` ("share") for the public buttons. */
  medium?: string;
  /** utm_campaign: the id of the story, job or share post. */
  campaign: string;
  /** utm_content: the ambassador's slug, on a personal share page only. */
  content?: string;
}

/** utm_medium when site.yaml sets none, of links ambassadors share (the share kit and personal share pages). */
export const DEFAULT_UTM_MEDIUM = 'ambassador';

/** utm_medium when site.yaml sets none, of links anyone shares with the buttons on story and job pages. */
export const DEFAULT_PUBLIC_UTM_MEDIUM = 'share';

/** The UTM parameters, in the order they are written. */
export const UTM_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;

/**
 * Adds the UTM tags to an absolute URL. Other query parameters and the #fragment are kept; any
 * utm_* already in the URL is replaced, so that analytics never sees two conflicting values; an
 * empty medium falls back to "ambassador"; utm_content is left out when there is no ambassador.
 */
export function addUtm(url: string, tags: UtmTags): string {
  const target = new URL(url);
  for (const name of UTM_PARAMS) target.searchParams.delete(name);
  const medium = tags.medium?.trim() || DEFAULT_UTM_MEDIUM;
  target.searchParams.set('utm_source', tags.source);
  target.searchParams.set('utm_medium', medium);
  target.searchParams.set('utm_campaign', tags.campaign);
  if (tags.content?.trim()) target.searchParams.set('utm_content', tags.content.trim());
  return target.href;
}
