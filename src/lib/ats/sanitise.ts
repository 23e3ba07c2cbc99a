/**
 * ATS text is third-party input: descriptions go through an allowlist (hast-util-sanitize) before
 * they reach a page, and plain-text fields are cleaned of control characters. Pure.
 */
import { decodeHTML } from 'entities';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/**
 * What a job description may hold: text structure, lists, tables and links, nothing that runs,
 * styles, embeds or loads from another host (no script, style, iframe, img, form, event attribute,
 * class, id or style attribute; links only to http, https, mailto and tel).
 */
export const DESCRIPTION_SCHEMA: Schema = {
  tagNames: ['p', 'div', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'q', 'cite', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  attributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    ol: ['start', 'reversed'],
    th: ['colSpan', 'rowSpan', 'scope'],
    td: ['colSpan', 'rowSpan'],
    '*': ['lang', 'dir'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  ancestors: { li: ['ul', 'ol'], tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'], caption: ['table'], dt: ['dl'], dd: ['dl'] },
  // Elements whose content must not survive as text either; any other element that is not allowed
  // is replaced by its content.
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'noembed', 'noframes', 'svg', 'math', 'title', 'textarea', 'select', 'option', 'button', 'head', 'meta', 'link', 'base', 'canvas', 'audio', 'video', 'picture', 'source', 'track', 'img', 'input'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Decodes HTML that an API sent entity-escaped (Greenhouse's `content`: "&lt;p&gt;…"), so that it
 * can be parsed as HTML. Text with real tags in it is left as it is.
 */
export function decodeEscapedHtml(text: string): string {
  if (/<[a-z!/]/i.test(text) || !/&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/i.test(text)) return text;
  return decodeHTML(text);
}

/** h1 in a description would compete with the page's own title: it becomes h2. */
function demoteH1(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'h1') (node as Element).tagName = 'h2';
  if ('children' in node) for (const child of node.children) demoteH1(child as Nodes);
}

/** Drops paragraphs left empty once their unsafe content is gone. */
function dropEmpty(node: Root | Element): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return child.type !== 'text' || child.value.length > 0;
    dropEmpty(child);
    return !(child.tagName === 'p' && child.children.every((c) => c.type === 'text' && !c.value.trim()));
  });
}

/** A description from an ATS as safe HTML: parsed, reduced to DESCRIPTION_SCHEMA, serialised again. */
export function sanitiseDescription(html: string): string {
  const tree = fromHtml(html.replace(/\u0000/g, ''), { fragment: true });
  demoteH1(tree);
  const clean = sanitize(tree, DESCRIPTION_SCHEMA) as Root;
  dropEmpty(clean);
  return toHtml(clean).replace(/\n{3,}/g, '\n\n').trim();
}

/** A line of plain text from an ATS (a title, a name): control characters out, white space collapsed, at most `max` characters. */
export function cleanText(value: unknown, max = 200): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
