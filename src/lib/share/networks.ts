/**
 * One share URL per network (DESIGN §7). Pure and small: the share kit's browser script imports it
 * too, so that the links the page is built with and the links rebuilt from edited text agree.
 */
import type { Network } from '../../schemas/fields.ts';
import { addUtm } from './utm.ts';
import { appendLink, normaliseNewlines } from './text.ts';

/** How a network's share link works. */
export interface NetworkInfo {
  /** The name shown on the button. */
  label: string;
  /** Whether the network's share URL takes a text; LinkedIn's and Facebook's take only the link. */
  takesText: boolean;
}

/** The networks in the order the buttons are shown. */
export const SHARE_NETWORKS: Readonly<Record<Network, NetworkInfo>> = {
  linkedin: { label: 'LinkedIn', takesText: false },
  x: { label: 'X', takesText: true },
  facebook: { label: 'Facebook', takesText: false },
  bluesky: { label: 'Bluesky', takesText: true },
  mastodon: { label: 'Mastodon', takesText: true },
  whatsapp: { label: 'WhatsApp', takesText: true },
  email: { label: 'E-mail', takesText: true },
};

/** Every network id, in button order. */
export const NETWORK_IDS = Object.keys(SHARE_NETWORKS) as Network[];

/** utm_source of links put on the clipboard (copy link, copy text). */
export const COPY_SOURCE = 'copy';

/** The Mastodon instance used when neither the person nor site.yaml names one. */
export const DEFAULT_MASTODON_INSTANCE = 'mastodon.social';

/** What is shared: one page, tagged for one campaign. */
export interface ShareTarget {
  /** The absolute URL of the page, without UTM tags. */
  url: string;
  /** utm_campaign: the story, job or share post id. */
  campaign: string;
  /** utm_medium from site.yaml: "ambassador" by default in the share kit, "share" on the public buttons. */
  medium?: string;
  /** utm_content: the ambassador's slug, on a personal share page only. */
  content?: string;
  /** The e-mail subject: the title of what is shared. */
  subject: string;
  /** The Mastodon instance's host name, e.g. "mastodon.social". */
  mastodonInstance: string;
}

/** The target's URL with the UTM tags of one source (a network id or "copy"). */
export function tagLink(target: ShareTarget, source: string): string {
  return addUtm(target.url, { source, medium: target.medium, campaign: target.campaign, content: target.content });
}

/** A query string with every value percent-encoded as UTF-8 (spaces as %20, never "+"). */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * The share URL of one network for a text (hashtags included, link not) and a target. The link
 * gets utm_source=<network>; networks that take a text get the link appended to it (X takes it in
 * its own `url` field); LinkedIn and Facebook take only the link.
 */
export function buildShareUrl(network: Network, text: string, target: ShareTarget): string {
  const link = tagLink(target, network);
  const body = normaliseNewlines(text).trim();
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url: link })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: link })}`;
    case 'x':
      return `https://x.com/intent/tweet?${query(body ? { text: body, url: link } : { url: link })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: appendLink(body, link) })}`;
    case 'mastodon':
      return `https://${resolveMastodonInstance(undefined, target.mastodonInstance)}/share?${query({ text: appendLink(body, link) })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: appendLink(body, link) })}`;
    case 'email':
      // RFC 6068: line breaks in a mailto body are written as %0D%0A.
      return `mailto:?${query({ subject: target.subject, body: appendLink(body, link).replace(/\n/g, '\r\n') })}`;
  }
}

/** What "copy text" puts on the clipboard: the text, then the link tagged utm_source=copy. */
export function buildCopyText(text: string, target: ShareTarget): string {
  return appendLink(text, tagLink(target, COPY_SOURCE));
}

/** What "copy link" puts on the clipboard: the link tagged utm_source=copy. */
export function buildCopyLink(target: ShareTarget): string {
  return tagLink(target, COPY_SOURCE);
}

/**
 * The Mastodon instance to share on: the host of the person's Mastodon profile URL when they gave
 * one, else site.yaml's `mastodonInstance`, else mastodon.social.
 */
export function resolveMastodonInstance(profileUrl: string | undefined, siteInstance: string | undefined): string {
  for (const candidate of [profileUrl, siteInstance]) {
    const host = candidate ? normaliseInstance(candidate) : '';
    if (host) return host;
  }
  return DEFAULT_MASTODON_INSTANCE;
}

/** "https://Mastodon.Social/@x" or "mastodon.social" → "mastodon.social"; "" when it is not a host name. */
function normaliseInstance(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).host;
    return /^[a-z0-9.-]+(?::\d+)?$/i.test(host) && host.includes('.') ? host.toLowerCase() : '';
  } catch {
    return '';
  }
}
