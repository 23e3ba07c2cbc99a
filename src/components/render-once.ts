/**
 * HTML rendered once per build and reused (see RenderOnce.astro). A share proposal is the same on
 * every personal share page of a language but for whose page it is: rendering it once with a
 * stand-in for the sharer, and putting each sharer in, makes an edit that reaches hundreds of share
 * pages cost one rendering of the proposal, not one per page.
 */
import { randomBytes } from 'node:crypto';

/** Rendered HTML by key. A build renders a bounded set; a long-running process starts over past this many. */
const rendered = new Map<string, Promise<string>>();
const LIMIT = 5000;

/**
 * A stand-in that no content can contain, made of letters and digits only, so that every encoding
 * a value goes through on its way into a page (HTML, JSON, a URL, a URL inside a URL) leaves it as is.
 */
export const STAND_IN = `standin${randomBytes(12).toString('hex')}`;

/** The HTML of `key`: rendered by `render` the first time, the same string afterwards. */
export function renderOnce(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (html === undefined) {
    if (rendered.size >= LIMIT) rendered.clear();
    html = render().then((text) => {
      // Astro writes a component's script where the component is first rendered on a page: HTML
      // holding one would carry it into pages that already have it, or leave it out of pages that do not.
      if (/<script[\s>]/i.test(text)) throw new Error('RenderOnce: the content rendered a <script>, so its HTML cannot be reused on other pages. Leave the script out of the reused content and render it beside it (as ShareKit.astro does with ShareButtonsScript).');
      return text;
    });
    html.catch(() => rendered.delete(key));
    rendered.set(key, html);
  }
  return html;
}

/** `html` with each stand-in replaced by its value. */
export function fillIn(html: string, values: Readonly<Record<string, string>>): string {
  let text = html;
  for (const [standIn, value] of Object.entries(values)) text = text.replaceAll(standIn, value);
  return text;
}
