/**
 * Strict HTML escaping for the few places where the site writes markup as a string (the page head,
 * the video frame): every character that could start or end markup becomes an entity, in text and
 * in attribute values alike, so a field such as `</script><script>` stays inert text everywhere.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes &, <, >, " and ' for use in HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** One element with attributes (values escaped), e.g. tag('meta', { name: 'description', content }). */
export function renderTag(name: string, attributes: Record<string, string | number | boolean | undefined>, content?: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
  return content === undefined ? `<${name}${attrs}>` : `<${name}${attrs}>${content}</${name}>`;
}

/**
 * Whether rendered HTML opens with a heading (after blank space and comments): a job description
 * that starts with its own "## About the team" needs no "About the role" heading above it.
 */
export function startsWithHeading(html: string): boolean {
  return /^(?:\s|<!--[\s\S]*?-->)*<h[1-6][\s>]/i.test(html);
}
