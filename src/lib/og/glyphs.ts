/**
 * Text that satori can draw with the loaded fonts. A character the fonts lack would come out as a
 * box ("tofu"), so each code point is checked against the fonts' cmap: kept when covered, else
 * replaced by its compatibility form when that is covered (ﬁ → fi, ① → 1, ｆｕｌｌ → full, ǅ → Dž),
 * else by its base letter without the accents the fonts lack, else dropped (emoji, pictographs,
 * scripts the typeface does not have). Spaces left over are collapsed.
 */

/** Characters that join or modify emoji and mean nothing without them. */
const EMOJI_GLUE = /[\u200d\ufe0e\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
/** Combining marks (accents written as separate code points). */
const COMBINING = /\p{M}/u;
/** Spaces that keep the words on either side on one line. */
const NO_BREAK = /[\u00a0\u2007\u202f]/u;
/** Any kind of space or line break. */
const SPACE = /\s/u;

/** Replaces or drops the characters that `covers` says the fonts lack; see the module comment. */
export function sanitizeText(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && covers(cp)) {
      out += ch; // no-break spaces too, which French puts before ? ! : ;
    } else if (SPACE.test(ch)) {
      out += NO_BREAK.test(ch) && covers(0xa0) ? '\u00a0' : ' '; // a narrow no-break space the fonts lack
    } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      continue; // control characters
    } else if (!EMOJI_GLUE.test(ch)) {
      out += replacementFor(ch, covers);
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Whether a text only holds characters the fonts have. */
export function isDrawable(text: string, covers: (codePoint: number) => boolean): boolean {
  for (const ch of text) if (!covers(ch.codePointAt(0)!)) return false;
  return true;
}

/** The closest drawable spelling of one character the fonts lack, or '' to drop it. */
function replacementFor(ch: string, covers: (codePoint: number) => boolean): string {
  const compatible = ch.normalize('NFKC');
  if (compatible !== ch && isDrawable(compatible, covers)) return compatible;
  const base = [...ch.normalize('NFKD')].filter((c) => !COMBINING.test(c)).join('');
  if (base && base !== ch && isDrawable(base, covers)) return base;
  return '';
}
