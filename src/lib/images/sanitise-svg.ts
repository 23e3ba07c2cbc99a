/**
 * The published form of an SVG logo: the file parsed as XML, then cleaned by DOMPurify's SVG
 * profile (https://github.com/cure53/DOMPurify) on a jsdom window, which removes scripts, event
 * attributes (onload …), <foreignObject>, animations and javascript: links. Hooks of our own remove
 * what DOMPurify leaves and a logo served from the site's origin must not have: every reference
 * outside the file (href and xlink:href to anything but "#id" or an embedded raster picture, url()
 * to anything but "#id", CSS @import and image-set()). A logo drawn with shapes, gradients, clip
 * paths, filters, <style> rules, <use> of its own parts and embedded PNG or JPEG pictures stays as it was.
 */
import type createDOMPurify from 'dompurify';
import type { DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';
import { createRequire } from 'node:module';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A reference inside the file. */
const FRAGMENT = /^\s*#[^\s]*\s*$/;
/** An embedded raster picture, the only data: address an <image> may show. */
const RASTER_DATA = /^\s*data:image\/(?:png|jpeg|jpg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;
/** Attributes that hold an address. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/** The result of sanitising an SVG. */
export interface SanitisedSvg {
  /** The SVG to publish, as XML text ending in a newline. */
  svg: string;
  /**
   * What was removed, e.g. ["onload", "<script>", "href=\"https://…\""]: DOMPurify's removals,
   * then the CSS rewritten; no repeats. Editors' own markup (Inkscape's, RDF metadata) goes unlisted.
   */
  removed: string[];
}

/**
 * What sanitiseSvg makes of a file depends on this module and on DOMPurify's version; raise this
 * number when a change here changes its output, so that results stored by earlier builds
 * (site-logo-fs.ts) are not used.
 */
export const SANITISER_REVISION = 1;

/** Why a text cannot be published as an SVG. */
export class SvgError extends Error {}

let purifier: { purify: DOMPurify; window: JSDOM['window']; changes: string[] } | undefined;

/**
 * One DOMPurify per process, with the hooks that remove outside references. jsdom takes a while to
 * load, so it is loaded on the first SVG only, and with Node's require: this module also runs in
 * code that Astro loaded with its config, whose module loader is closed by the time a build runs.
 */
function getPurifier() {
  if (purifier) return purifier;
  const require = createRequire(import.meta.url);
  const { JSDOM: Dom } = require('jsdom') as { JSDOM: typeof JSDOM };
  const { window } = new Dom('');
  const purify = (require('dompurify') as typeof createDOMPurify)(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const changes: string[] = [];
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue;
    let keep = true;
    if (ADDRESS_ATTRIBUTES.has(name)) keep = FRAGMENT.test(value) || (node.localName === 'image' && RASTER_DATA.test(value));
    else if (name === 'style') {
      const css = neutraliseCss(value);
      if (css === undefined) keep = false;
      else if (css !== value) {
        changes.push(`style="${shorten(value)}"`);
        data.attrValue = css;
      }
    } else if (/url\s*\(/i.test(value)) keep = neutraliseCss(value) === value; // fill="url(#gradient)" only
    if (!keep) {
      data.keepAttr = false;
      data.forceKeepAttr = undefined;
    }
  });
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'style' || !node.textContent) return;
    const css = neutraliseCss(node.textContent);
    if (css === node.textContent) return;
    changes.push(css === undefined ? '<style> (it could load files)' : '<style> rules that load files');
    node.textContent = css ?? '';
  });
  return (purifier = { purify, window, changes });
}

/** Sanitises the text of an SVG file for publishing; throws SvgError when it is not an SVG that XML can read. */
export function sanitiseSvg(text: string): SanitisedSvg {
  const { purify, window, changes } = getPurifier();
  const doc = new window.DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'image/svg+xml');
  const root = doc.documentElement;
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !root) throw new SvgError(`it is not well-formed XML (${describeParseError(error?.textContent ?? '')})`);
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) throw new SvgError(`its root element is <${root.nodeName}>, not an <svg> with xmlns="${SVG_NS}"`);
  // Editors wrap <style> rules in CDATA, which DOMPurify drops: keep them as the text they are.
  for (const node of [...descendants(root)]) if (node.nodeType === window.Node.CDATA_SECTION_NODE) (node as ChildNode).replaceWith(doc.createTextNode((node as CharacterData).data));
  changes.length = 0;
  // <use> is safe once its href may only point inside the file (the hook above); role="img" is how an
  // SVG logo says it is one picture. A removed element takes its content along (the text of a
  // <handler>). SANITIZE_DOM guards a page's scripts against ids like "title" clobbering
  // document.title; the published SVG is a document of its own without any script, and its
  // <title id="title"> must stay.
  purify.sanitize(root, { IN_PLACE: true, USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'], ADD_ATTR: ['role'], KEEP_CONTENT: false, SANITIZE_DOM: false });
  const removed = [
    ...purify.removed.map((item) => ('element' in item && item.element ? describeNode(item.element) : 'attribute' in item && item.attribute ? describeAttribute(item.attribute) : '')),
    ...changes,
  ].filter((item) => item !== '');
  return { svg: `${new window.XMLSerializer().serializeToString(root)}\n`, removed: [...new Set(removed)] };
}

/** "line 1, column 52: unexpected close tag" from jsdom's "1:52: unexpected close tag.". */
function describeParseError(text: string): string {
  const first = text.trim().split('\n')[0]!.replace(/\.$/, '');
  const at = /^(\d+):(\d+): (.*)$/.exec(first);
  return at ? `line ${at[1]}, column ${at[2]}: ${at[3]}` : first || 'no root element';
}

/** Every node under `root`, depth first. */
function* descendants(root: Node): Generator<Node> {
  for (const child of [...root.childNodes]) {
    yield child;
    yield* descendants(child);
  }
}

/** An editor's own markup (Inkscape's sodipodi:namedview, RDF metadata): dropped without a word. */
const EDITOR_MARKUP = /^(?!xlink:|xml:)[\w.-]+:/;

/** "<script>" for an element; nothing for whitespace, comments and editors' markup. */
function describeNode(node: Node): string {
  if (node.nodeType === 1) return EDITOR_MARKUP.test((node as Element).nodeName) ? '' : `<${(node as Element).nodeName}>`;
  if (node.nodeType === 7) return `<?${(node as ProcessingInstruction).target}?>`;
  return '';
}

/** "onload" for an event attribute, `href="https://…"` for an address; nothing for namespace declarations and editors' attributes. */
function describeAttribute(attribute: Attr): string {
  if (ADDRESS_ATTRIBUTES.has(attribute.name.toLowerCase()) || /url\s*\(/i.test(attribute.value)) return `${attribute.name}="${shorten(attribute.value)}"`;
  return /^xmlns(?::|$)/.test(attribute.name) || EDITOR_MARKUP.test(attribute.name) ? '' : attribute.name;
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * CSS with every way to load another file taken out: @import rules, url() and src() to anything
 * but "#id", image-set(). Undefined when the CSS cannot be judged safely (escapes such as
 * "\75 rl(" spell url( invisibly), so that the whole rule set or attribute is dropped.
 */
export function neutraliseCss(css: string): string | undefined {
  if (css.includes('\\')) return undefined;
  const out = css
    .replace(/@import\b[^;]*;?/gi, '')
    .replace(/(?:-webkit-)?image-set\s*\((?:[^()]|\([^()]*\))*\)/gi, 'none')
    .replace(/\b(url|src)\s*\(\s*(['"]?)([^'")]*)\2\s*\)/gi, (match, _fn: string, _quote: string, target: string) => (FRAGMENT.test(target) ? match : 'none'));
  // Anything still able to name an address is beyond what the rewrites above understand.
  if (/@import|image-set|\b(?:url|src)\s*\(\s*['"]?\s*[^#'"\s)]/i.test(out)) return undefined;
  return out;
}
