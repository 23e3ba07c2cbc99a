/** Formatting of dates, money, names, languages and video links for display. Pure: locale in, text out. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One DateTimeFormat per language and style: building one costs far more than using it, on every page. */
function dateFormatter(lang: string, style: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${style}:${lang}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = style === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date as "14 March 2025" in the page's language (UTC, as content dates are calendar days). */
export function formatDate(date: Date, lang: string): string {
  return dateFormatter(lang, 'day').format(date);
}

/** A date as "March 2025". */
export function formatMonth(date: Date, lang: string): string {
  return dateFormatter(lang, 'month').format(date);
}

/**
 * A salary range as "€3,500 – €4,200" (or one figure without max), in the page's language. Whole
 * amounts show no cents; a range with cents (€16.50 an hour) shows them, never rounded.
 */
export function formatMoneyRange(salary: { min: number; max?: number; currency: string }, lang: string): string {
  const whole = Number.isInteger(salary.min) && (salary.max === undefined || Number.isInteger(salary.max));
  const nf = new Intl.NumberFormat(lang, { style: 'currency', currency: salary.currency, ...(whole ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  return salary.max !== undefined && salary.max !== salary.min ? nf.formatRange(salary.min, salary.max) : nf.format(salary.min);
}

/** A list as "Dutch, French and English" in the page's language. */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** The name of a language code in the page's language, e.g. ("nl", "en") → "Dutch". */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The name of a two-letter country code in the page's language, e.g. ("BE", "en") → "Belgium". */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Up to two initials of a name, e.g. "Sofie De Smet" → "SS", "Ana" → "A". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letter = (w: string) => [...w].find((c) => /\p{L}/u.test(c)) ?? '';
  if (words.length === 0) return '?';
  const first = letter(words[0]!);
  const last = words.length > 1 ? letter(words[words.length - 1]!) : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable number from 0 to `buckets - 1` for a string, to vary avatar colours without randomness. */
export function hashToBucket(text: string, buckets: number): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return (h >>> 0) % buckets;
}

/** Years between two dates, rounded down (for "at the company for 3 years"). */
export function yearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeAnniversary = to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeAnniversary) years--;
  return Math.max(0, years);
}

/** The click-to-load embed of a YouTube or Vimeo link, or undefined for other hosts. */
export interface VideoEmbed {
  /** The privacy-friendly player URL to load in an iframe after a click. */
  embedUrl: string;
  /** The video host's name. */
  provider: 'YouTube' | 'Vimeo';
}

/** Turns a YouTube or Vimeo watch URL into its embed URL (youtube-nocookie for YouTube). */
export function toVideoEmbed(link: string): VideoEmbed | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m)\./, '');
  const ytId = /^[\w-]{6,20}$/;
  if (host === 'youtu.be') {
    const id = url.pathname.slice(1).split('/')[0] ?? '';
    return ytId.test(id) ? { embedUrl: `https://www.youtube-nocookie.com/embed/${id}`, provider: 'YouTube' } : undefined;
  }
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    return ytId.test(id) ? { embedUrl: `https://www.youtube-nocookie.com/embed/${id}`, provider: 'YouTube' } : undefined;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /\/(\d{4,})(?:\/|$)/.exec(url.pathname)?.[1];
    return id ? { embedUrl: `https://player.vimeo.com/video/${id}?dnt=1`, provider: 'Vimeo' } : undefined;
  }
  return undefined;
}

/** A mailto: link for an e-mail address, or the URL itself: where the apply button points. */
export function applyHref(apply: string, subject: string): string {
  return /^https?:\/\//i.test(apply) ? apply : `mailto:${apply}?subject=${encodeURIComponent(subject)}`;
}

/**
 * Shortens text to at most `max` characters for a meta description, cutting at the last word
 * boundary (after a full sentence when one ends late enough) and adding an ellipsis when it cuts.
 */
export function clampDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 1);
  const sentence = head.match(/^.*[.!?](?=\s)/)?.[0];
  if (sentence && sentence.length >= max * 0.6) return sentence;
  const cut = head.replace(/\s+\S*$/, '').replace(/[\s,;:–—-]+$/, '');
  return `${cut || head}…`;
}
