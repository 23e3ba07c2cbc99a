/**
 * How a candidate reaches someone about a job: an ambassador's own contact route (profile
 * `contact:`) or the recruiting team's (site.yaml `recruiting`), as links a page can show. Pure.
 */
import { EMAIL_ADDRESS } from '../schemas/fields.ts';

/** A way to reach someone, as a link. */
export type ContactRoute =
  /** An e-mail address: a mailto: link, with a subject when the page has one. */
  | { kind: 'email'; href: string; address: string }
  /** A LinkedIn link (a profile or a message link). */
  | { kind: 'linkedin'; href: string; host: string }
  /** Any other https page: a booking page, a contact form… */
  | { kind: 'web'; href: string; host: string };

/**
 * A contact value as the schemas accept it (an https link, or an e-mail address with or without
 * mailto:) turned into a link; `subject` becomes an e-mail's subject. Undefined for anything else, so
 * that a page never shows a link it cannot vouch for.
 */
export function contactRoute(value: string | undefined, subject?: string): ContactRoute | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const address = text.replace(/^mailto:/i, '');
  if (EMAIL_ADDRESS.test(address)) {
    return { kind: 'email', address, href: `mailto:${address}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}` };
  }
  return webRoute(text, ['https:']);
}

/** The recruiting team's routes from site.yaml `recruiting`: its e-mail address, then its page. */
export function recruitingRoutes(recruiting: { email?: string; url?: string } | undefined, subject?: string): ContactRoute[] {
  const routes = [contactRoute(recruiting?.email, subject), recruiting?.url ? webRoute(recruiting.url, ['https:', 'http:']) : undefined];
  return routes.filter((route): route is ContactRoute => route !== undefined);
}

/** A web page as a link, when its protocol is one of `protocols`; LinkedIn links are told apart. */
function webRoute(value: string, protocols: readonly string[]): ContactRoute | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (!protocols.includes(url.protocol) || !url.hostname) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const kind = host === 'linkedin.com' || host.endsWith('.linkedin.com') ? 'linkedin' : 'web';
  return { kind, href: url.href, host };
}
