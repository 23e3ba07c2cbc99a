/**
 * Sätteri plugins that keep Markdown safe to publish: no `javascript:` (or `vbscript:`, `data:`)
 * links or sources anywhere, and no raw HTML at all in the files of chosen folders (the
 * ambassadors' profiles, which are written by anyone with a pull request).
 */
import type { HastPluginDefinition, HastPluginEntry, MdastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';

/** URL schemes that run code or smuggle documents when followed. */
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** Attributes that hold a URL a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'srcSet', 'srcset', 'action', 'formAction', 'formaction', 'poster', 'cite', 'background', 'xlinkHref', 'ping'];

/** Elements that can carry such attributes. */
const URL_ELEMENTS = ['a', 'area', 'img', 'iframe', 'form', 'button', 'input', 'video', 'audio', 'source', 'track', 'embed', 'object', 'blockquote', 'q', 'del', 'ins', 'image', 'use', 'link'];

/**
 * Whether a URL is safe to follow: anything but a javascript:, vbscript: or data: URL, however it
 * is disguised with case, whitespace or control characters (which browsers ignore in a scheme).
 */
export function isSafeUrl(url: string): boolean {
  // Browsers strip ASCII tab and newline anywhere, and leading C0 controls and spaces, before parsing.
  // eslint-disable-next-line no-control-regex
  const normalized = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return !UNSAFE_SCHEMES.some((scheme) => normalized.startsWith(scheme));
}

/** Removes links and images whose URL is not safe, keeping a link's text. Runs on every Markdown and MDX file. */
export const safeLinksPlugin: HastPluginDefinition = {
  name: 'vaandel-safe-links',
  element: {
    filter: URL_ELEMENTS,
    visit(node, ctx) {
      const props = node.properties ?? {};
      const unsafe = URL_ATTRIBUTES.some((attr) => {
        const value = props[attr];
        const values = Array.isArray(value) ? value : [value];
        return values.some((v) => typeof v === 'string' && !isSafeUrl(attr.toLowerCase() === 'srcset' ? v.trim().split(/\s+/)[0] ?? '' : v));
      });
      if (!unsafe) return;
      if (node.tagName === 'a' || node.tagName === 'q' || node.tagName === 'blockquote' || node.tagName === 'del' || node.tagName === 'ins') {
        ctx.replaceNode(node, node.children as never);
      } else {
        ctx.removeNode(node);
      }
    },
  },
};

/** Drops raw HTML from the Markdown tree (inline tags and HTML blocks); text between tags stays. */
export const stripHtmlMdastPlugin: MdastPluginDefinition = {
  name: 'vaandel-strip-html',
  html(node, ctx) {
    ctx.removeNode(node);
  },
};

/** Drops raw HTML that reaches the HTML tree, as a second line of defence. */
export const stripRawHastPlugin: HastPluginDefinition = {
  name: 'vaandel-strip-raw',
  raw(node, ctx) {
    ctx.removeNode(node);
  },
};

/** Whether a file lies inside one of the folders (absolute paths). */
export function isInsideFolders(fileURL: URL | undefined, folders: readonly string[]): boolean {
  if (!fileURL || fileURL.protocol !== 'file:') return false;
  const path = decodeURIComponent(fileURL.pathname);
  return folders.some((folder) => path.startsWith(folder.replace(/\/?$/, '/')));
}

/** Options of the safety plugins. */
export interface SafeMarkdownOptions {
  /** Absolute folders whose Markdown may contain no raw HTML at all (the ambassadors folder). */
  noHtmlFolders: readonly string[];
}

/** The mdast and hast plugin lists for `satteri({ mdastPlugins, hastPlugins })`. */
export function createSafeMarkdownPlugins(options: SafeMarkdownOptions): { mdastPlugins: MdastPluginEntry[]; hastPlugins: HastPluginEntry[] } {
  const onlyInside = <T>(plugin: T) => (ctx: PluginFactoryContext) => (isInsideFolders(ctx.fileURL, options.noHtmlFolders) ? plugin : null);
  return {
    mdastPlugins: [onlyInside(stripHtmlMdastPlugin)],
    hastPlugins: [onlyInside(stripRawHastPlugin), safeLinksPlugin],
  };
}
