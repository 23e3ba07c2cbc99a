/** Share text composition: a suggested wording, its hashtags, and the link. */

/** Hashtags as written after the text: "#a #b", without the ones the text already contains. */
export function formatHashtags(text: string, hashtags: readonly string[]): string {
  const present = new Set([...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!.toLocaleLowerCase()));
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of hashtags) {
    const tag = raw.trim().replace(/^#+/, '');
    const key = tag.toLocaleLowerCase();
    if (!tag || present.has(key) || seen.has(key)) continue;
    seen.add(key);
    tags.push(`#${tag}`);
  }
  return tags.join(' ');
}

/**
 * The text people start from: the wording with Windows line ends made plain and outer blank space
 * trimmed, then its hashtags on a line of their own (skipping tags the wording already uses).
 */
export function composeText(text: string, hashtags: readonly string[] = []): string {
  const body = normaliseNewlines(text).trim();
  const tags = formatHashtags(body, hashtags);
  if (!tags) return body;
  return body ? `${body}\n\n${tags}` : tags;
}

/** The text followed by the link on its own line, as networks without a separate link field need it. */
export function appendLink(text: string, link: string): string {
  const body = normaliseNewlines(text).trim();
  return body ? `${body}\n\n${link}` : link;
}

/** Turns \r\n and lone \r into \n. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
