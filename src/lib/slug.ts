/**
 * Slugs: the folder and file names of entries, made from a person's name or a title. Pure.
 */

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const FOLDED: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŋ: 'n',
  Ŋ: 'n',
  ĸ: 'k',
};

/** The longest slug we make; longer names are cut at a dash. */
export const MAX_SLUG_LENGTH = 60;

/**
 * Turns a name or title into a slug: accents folded (Élodie → elodie, ß → ss, æ → ae, ø → o,
 * ł → l), lowercase, every run of other characters a single dash. Returns "" when nothing is left.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\u0000-\u007f]/g, (char) => FOLDED[char] ?? char)
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The slug itself when free, else the slug with the first free suffix: -2, -3 … */
export function makeUniqueSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** Whether a story id is a bare number, the address of a page of the story list (/stories/2/), which would take the story's page. */
export function isListPageNumber(id: string): boolean {
  return /^\d+$/.test(id);
}
