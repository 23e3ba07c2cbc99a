/**
 * How long a post is on each network that takes its text, counted the way the network counts it,
 * with the link as the network counts it. Pure; the checker uses it to refuse share texts that a
 * network would cut or refuse.
 */
import type { Network } from '../../schemas/fields.ts';
import { countCharacters } from '../../schemas/limits.ts';

/** A network's limit, and how it counts. */
export interface NetworkLimit {
  /** The name people know. */
  label: string;
  /** The most characters a post may have. */
  max: number;
  /** How the link is counted, in words for messages. */
  linkNote: string;
}

/** The networks whose posts have a limit a share text can reach: X, Bluesky, Mastodon (default instance) and LinkedIn. */
export const NETWORK_LIMITS: Partial<Record<Network, NetworkLimit>> = {
  // https://docs.x.com/fundamentals/counting-characters; weights from twitter-text's config/v3.json.
  x: { label: 'X', max: 280, linkNote: 'the link counted as 23' },
  // Bluesky counts graphemes, with links shortened as its composer shows them.
  bluesky: { label: 'Bluesky', max: 300, linkNote: 'the link shortened as Bluesky shows it' },
  // Mastodon's default; every link counts as 23.
  mastodon: { label: 'Mastodon', max: 500, linkNote: 'the link counted as 23' },
  // LinkedIn's share link takes no text: the text is copied, and the link becomes the preview.
  linkedin: { label: 'LinkedIn', max: 3000, linkNote: 'the link shown as a preview' },
};

/** X's weights (twitter-text config v3): these code points count 1, all others 2; an emoji counts 2. */
const X_LIGHT: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const EMOJI = /^\p{RGI_Emoji}$/v;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text whose every code unit is a character of its own that X counts 1: ASCII and Latin letters (U+00A0–U+02FF). */
const LIGHT_UNITS = /^[\t\n\x20-\x7e\u00a0-\u02ff]*$/;

/** A text's length on X, without links. */
export function countForX(text: string): number {
  const composed = text.normalize('NFC');
  if (LIGHT_UNITS.test(composed)) return composed.length;
  let weight = 0;
  for (const { segment } of graphemes.segment(composed)) {
    if (EMOJI.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) {
      const cp = char.codePointAt(0)!;
      weight += X_LIGHT.some(([from, to]) => cp >= from && cp <= to) ? 1 : 2;
    }
  }
  return weight;
}

/** Bluesky's short form of a link: the host and at most 13 characters of the rest, then "...". */
export function shortenLinkForBluesky(link: string): string {
  try {
    const url = new URL(link);
    const rest = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash;
    return rest.length > 15 ? `${url.host}${rest.slice(0, 13)}...` : url.host + rest;
  } catch {
    return link;
  }
}

/**
 * How long a post is on a network: `text` is what people start from (hashtags included, link not),
 * `link` the page shared. Each network adds the link as src/lib/share/networks.ts does: X in its
 * own field (after a space), Bluesky and Mastodon after a blank line, LinkedIn not at all.
 */
export function measurePost(network: Network, text: string, link: string): number {
  const body = text.replace(/\r\n?/g, '\n').trim();
  switch (network) {
    case 'x':
      return countForX(body) + (body ? 1 : 0) + 23;
    case 'bluesky':
      return countCharacters(body ? `${body}\n\n${shortenLinkForBluesky(link)}` : shortenLinkForBluesky(link));
    case 'mastodon':
      return countCharacters(body) + (body ? 2 : 0) + 23;
    default:
      return countCharacters(body);
  }
}

/** A network a text is too long for: its limit and the text's length there. */
export interface Overflow {
  network: Network;
  limit: NetworkLimit;
  length: number;
}

/** The networks among `networks` that a post with this text and link would exceed. */
export function findOverflows(text: string, link: string, networks: readonly Network[]): Overflow[] {
  return networks.flatMap((network) => {
    const limit = NETWORK_LIMITS[network];
    if (!limit) return [];
    const length = measurePost(network, text, link);
    return length > limit.max ? [{ network, limit, length }] : [];
  });
}
