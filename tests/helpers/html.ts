/**
 * Small, dependency-free readers for the HTML that Astro writes (attributes always quoted, text
 * escaped): tags and their attributes, meta tags, JSON-LD and visible text. Enough for build tests;
 * not a general HTML parser.
 */

/** The attributes of one tag, names lower-cased, values decoded. */
export type Attributes = Record<string, string>;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes HTML character references (&amp;, &#39;, &#x27; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isNaN(code) ? whole : String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parses the attribute part of a start tag. */
export function parseAttributes(source: string): Attributes {
  const attributes: Attributes = {};
  for (const m of source.matchAll(ATTRIBUTE)) attributes[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attributes;
}

/** A start tag found by {@link tokenize}. */
export interface Tag {
  /** The element name, lower-cased. */
  name: string;
  /** Its attributes. */
  attributes: Attributes;
  /** Where the tag starts and ends in the HTML. */
  start: number;
  end: number;
  /** For script and style: the raw text up to the closing tag. */
  text?: string;
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;

/**
 * Every start tag in document order. A tag is read as a whole, so markup inside a quoted attribute
 * value is not mistaken for a tag; script and style contents are raw text, not tags.
 */
export function tokenize(html: string): Tag[] {
  const tags: Tag[] = [];
  const lower = html.toLowerCase();
  const pattern = new RegExp(TAG.source, 'g');
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[1] === undefined) continue; // a comment
    const name = m[1].toLowerCase();
    const tag: Tag = { name, attributes: parseAttributes(m[2] ?? ''), start: m.index, end: m.index + m[0].length };
    if (name === 'script' || name === 'style') {
      const close = lower.indexOf(`</${name}`, tag.end);
      const stop = close === -1 ? html.length : close;
      tag.text = html.slice(tag.end, stop);
      pattern.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** Every start tag of an element (outside scripts and comments), in document order, with its attributes. */
export function findTags(html: string, name: string): Attributes[] {
  return tokenize(html)
    .filter((t) => t.name === name)
    .map((t) => t.attributes);
}

/** The content of `<meta name=…>` or `<meta property=…>`, or undefined. */
export function meta(html: string, key: string): string | undefined {
  return findTags(html, 'meta').find((t) => t.name === key || t.property === key)?.content;
}

/** The href of the first `<link rel=…>` with that rel, or undefined. */
export function linkHref(html: string, rel: string): string | undefined {
  return findTags(html, 'link').find((t) => (t.rel ?? '').split(/\s+/).includes(rel))?.href;
}

/** The decoded text of `<title>`, or undefined. */
export function pageTitle(html: string): string | undefined {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? decodeEntities(m[1]!).trim() : undefined;
}

/** The visible text of the page (or of a fragment): tags, comments, scripts and styles removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  let text = '';
  let at = 0;
  for (const tag of tokenize(source)) {
    text += source.slice(at, tag.start) + ' ';
    at = tag.text === undefined ? tag.end : tag.end + tag.text.length;
  }
  text += source.slice(at);
  return decodeEntities(text.replace(/<\/[a-zA-Z][^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The inner HTML of the first element with that tag name (no nesting of the same tag inside). */
export function elementHtml(html: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?=[\\s>])[^>]*>([\\s\\S]*?)</${name}\\s*>`, 'i').exec(html);
  return m?.[1];
}

/** The raw source of each `<script type="application/ld+json">` block. */
export function jsonLdSources(html: string): string[] {
  return tokenize(html)
    .filter((t) => t.name === 'script' && t.attributes.type === 'application/ld+json')
    .map((t) => t.text ?? '');
}

/** A JSON-LD node. */
export type LdNode = Record<string, unknown> & { '@type'?: string | string[] };

/** Every JSON-LD node of the page: each block parsed (throws with the block on invalid JSON), arrays and @graph flattened. */
export function jsonLd(html: string): LdNode[] {
  const nodes: LdNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as LdNode;
      if (Array.isArray(node['@graph'])) node['@graph'].forEach(visit);
      if (node['@type'] !== undefined) nodes.push(node);
    }
  };
  for (const source of jsonLdSources(html)) {
    try {
      visit(JSON.parse(source));
    } catch (error) {
      throw new Error(`JSON-LD block does not parse (${(error as Error).message}):\n${source}`);
    }
  }
  return nodes;
}

/** Whether a JSON-LD node is of a type (or one of the given types). */
export function isType(node: unknown, ...types: string[]): boolean {
  if (!node || typeof node !== 'object') return false;
  const t = (node as LdNode)['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && types.includes(x));
}

/** The nodes of the given type(s). */
export function nodesOfType(nodes: LdNode[], ...types: string[]): LdNode[] {
  return nodes.filter((n) => isType(n, ...types));
}

/** A value or list as a list. */
export function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Site paths of every `<a href>`, with the given origin stripped, query and fragment kept. */
export function linkPaths(html: string, origin: string): string[] {
  return findTags(html, 'a')
    .map((a) => a.href)
    .filter((href): href is string => href !== undefined)
    .map((href) => (href.startsWith(origin) ? href.slice(origin.length) || '/' : href));
}
