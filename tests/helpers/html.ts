/**
 * Readers for the HTML that Astro writes, on cheerio (parse5, the HTML standard's parser): tags and
 * their attributes, meta tags, scripts, JSON-LD and visible text.
 */
import { load, type CheerioAPI } from 'cheerio';

/** The attributes of one tag, names lower-cased, values decoded. */
export type Attributes = Record<string, string>;

/** The parsed page; a fragment stays a fragment (no <html> or <body> around it). */
function parse(html: string): CheerioAPI {
  return load(html, null, /^\s*(?:<!doctype|<html)/i.test(html));
}

/** Every element of a tag name, in document order, with its attributes. */
export function findTags(html: string, name: string): Attributes[] {
  const $ = parse(html);
  return $(name)
    .toArray()
    .map((element) => ({ ...$(element).attr() }));
}

/** The script elements of a page, in document order: their attributes, and the raw text of inline ones. */
export function findScripts(html: string): (Attributes & { text: string })[] {
  const $ = parse(html);
  return $('script')
    .toArray()
    .map((element) => ({ ...$(element).attr(), text: $(element).text() }));
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
  const title = parse(html)('title').first();
  return title.length ? title.text().trim() : undefined;
}

/** Elements whose content is not visible text. */
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/** What textOf reads of cheerio's nodes (domhandler's). */
interface DomNode {
  type: string;
  data?: string;
  name?: string;
  children?: DomNode[];
}

/** The visible text of the page (or of a fragment): elements apart, comments, scripts and styles left out, spaces collapsed. */
export function textOf(html: string): string {
  const parts: string[] = [];
  const visit = (node: DomNode) => {
    if (node.type === 'text') parts.push(node.data ?? '');
    else if (node.children && !(node.name && INVISIBLE.has(node.name))) {
      parts.push(' ');
      node.children.forEach(visit);
      parts.push(' ');
    }
  };
  (parse(html).root().toArray() as unknown as DomNode[]).forEach(visit);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The inner HTML of the first element with that tag name. */
export function elementHtml(html: string, name: string): string | undefined {
  return parse(html)(name).first().html() ?? undefined;
}

/** The raw source of each `<script type="application/ld+json">` block. */
export function jsonLdSources(html: string): string[] {
  return findScripts(html)
    .filter((s) => s.type === 'application/ld+json')
    .map((s) => s.text);
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
