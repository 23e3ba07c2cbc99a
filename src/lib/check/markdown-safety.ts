/**
 * Finds what must not be in content: raw HTML in ambassadors' files (their profiles are plain
 * Markdown) and links the site would drop (`javascript:`, `vbscript:`, `data:`) anywhere. The text
 * is parsed by Sätteri, the Markdown parser of the build (@astrojs/markdown-satteri), with the
 * build's features, so the checker and the build agree on what is HTML, what is code and what is a
 * link: `<b>` in an indented code block is code, `<https://…>` is a link, `<div>` in a list item is
 * HTML.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { isSafeUrl } from '../markdown/safe-markdown.ts';

/** Something found, on a 1-based line of the scanned text. */
export interface Finding {
  /** 1-based line within the scanned text. */
  line: number;
  /** The offending text, shortened. */
  snippet: string;
  /** For a link: the scheme that makes it unsafe, such as "javascript:". */
  scheme?: string;
}

/** How to read a text. */
export interface ScanOptions {
  /** The text is MDX (a .mdx story): JSX instead of HTML, no indented code. */
  mdx?: boolean;
}

/** The features Astro's Markdown and MDX integrations turn on in Sätteri (markdown.gfm and markdown.smartypants default to true). */
export const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A node of Sätteri's Markdown or MDX tree, with the fields the scans read. */
export type Node = MdastNode & { value?: unknown; url?: string; name?: string | null; attributes?: unknown[]; position?: { start: { line: number } } };

/** The Markdown (or MDX) syntax tree of a text, as the build parses it. */
function parse(text: string, options: ScanOptions): Node {
  if (options.mdx) {
    try {
      return mdxToMdast(text, { features: FEATURES }) as Node;
    } catch {
      // Not valid MDX: the build stops with its own message; scan the text as Markdown meanwhile.
    }
  }
  return markdownToMdast(text, { features: FEATURES }) as Node;
}

/** Every node of a tree, depth first. */
export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of ((node as { children?: Node[] }).children ?? [])) yield* walk(child);
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** The tags of an HTML node's text, for the message: `<script> … </script>`. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>?|<![A-Za-z]|<\?/g;

/** Raw HTML (tags, comments, processing instructions) outside code; Markdown autolinks such as <https://…> are fine. */
export function findRawHtml(markdown: string, options: ScanOptions = {}): Finding[] {
  if (!markdown.includes('<')) return [];
  const byLine = new Map<number, string[]>();
  for (const node of walk(parse(markdown, options))) {
    if (node.type !== 'html' || typeof node.value !== 'string') continue;
    const value = node.value;
    const tags = [...value.matchAll(TAG)].map((m) => ({ text: m[0], index: m.index }));
    for (const tag of tags.length ? tags : [{ text: value, index: 0 }]) {
      const line = lineOf(node) + (value.slice(0, tag.index).match(/\n/g)?.length ?? 0);
      byLine.set(line, [...(byLine.get(line) ?? []), shorten(tag.text.trim().replace(/\s+/g, ' '), 40)]);
    }
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, snippets]) => ({ line, snippet: snippets.join(' … ') }));
}

/** Whether a single value (such as a front matter string) contains raw HTML. */
export function containsHtml(text: string): boolean {
  return findRawHtml(text).length > 0;
}

/** "javascript:" allowing the blanks and control characters browsers ignore inside a scheme. */
const JS_SCHEME = String.raw`j[\s\0-\x1f]*a[\s\0-\x1f]*v[\s\0-\x1f]*a[\s\0-\x1f]*s[\s\0-\x1f]*c[\s\0-\x1f]*r[\s\0-\x1f]*i[\s\0-\x1f]*p[\s\0-\x1f]*t[\s\0-\x1f]*:`;

/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTE = /^(?:href|src|srcset|action|formaction|poster|cite|background|xlink:href|ping)$/i;
/** A URL attribute in raw HTML, with its value (quoted or not). */
const HTML_URL_ATTRIBUTE = /\b(href|src|srcset|action|formaction|poster|cite|background|xlink:href|ping)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Decodes numeric character references (&#106; &#x6A;) and &colon;, which browsers decode in URLs. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, ' ');
}

/** The scheme that makes a URL unsafe (as the build judges it, src/lib/markdown/safe-markdown.ts), or undefined. */
function unsafeScheme(url: string): string | undefined {
  const decoded = decodeEntities(url);
  if (isSafeUrl(decoded)) return undefined;
  // eslint-disable-next-line no-control-regex
  return /^([a-z]+:)/.exec(decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase())?.[1];
}

/** The URLs a node links to or loads, with their line: Markdown links, images and definitions, and the URL attributes of HTML and JSX. */
function* urlsOf(node: Node): Generator<{ url: string; line: number }> {
  const line = lineOf(node);
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') yield { url: node.url, line };
  if (node.type === 'html' && typeof node.value === 'string') {
    for (const m of node.value.matchAll(HTML_URL_ATTRIBUTE)) yield { url: m[2] ?? m[3] ?? m[4] ?? '', line: line + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0) };
  }
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Array.isArray(node.attributes)) {
    for (const attribute of node.attributes as { type: string; name?: string; value?: unknown }[]) {
      if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTE.test(attribute.name ?? '')) continue;
      const value = attribute.value;
      // A literal in braces, href={"javascript:…"}, counts as written.
      const text = typeof value === 'string' ? value : typeof (value as { value?: unknown })?.value === 'string' ? (value as { value: string }).value.trim().replace(/^(["'`])([\s\S]*)\1$/, '$2') : undefined;
      if (text !== undefined) yield { url: text, line };
    }
  }
}

/** Links and sources the build would drop: `javascript:`, `vbscript:` and `data:` URLs in Markdown, HTML or MDX, outside code. */
export function findScriptLinks(markdown: string, options: ScanOptions = {}): Finding[] {
  if (!/:/.test(markdown)) return [];
  const original = markdown.split('\n');
  const byLine = new Map<number, string>();
  for (const node of walk(parse(markdown, options))) {
    for (const { url, line } of urlsOf(node)) {
      const scheme = unsafeScheme(url);
      if (scheme && !byLine.has(line)) byLine.set(line, scheme);
    }
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, scheme]) => ({ line, snippet: shorten(original[line - 1]?.trim() ?? '', 60), scheme }));
}

/** Whether a single value (such as a front matter URL) is a `javascript:` URL. */
export function isScriptUrl(value: string): boolean {
  return new RegExp(`^[\\s\\0-\\x1f]*${JS_SCHEME}`, 'i').test(decodeEntities(value));
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
