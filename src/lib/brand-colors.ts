/**
 * The site's one colour module: WCAG 2 contrast arithmetic, and readable variants of the brand
 * colour from site.yaml for the light and the dark colour scheme (every pair of text and background
 * that the stylesheet uses reaches WCAG AA, 4.5:1). The social cards (src/lib/og/templates.ts)
 * choose their text colours with it too; it imports nothing, so the card render threads can load it.
 */

/** An sRGB colour with channels 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The surfaces the site draws on, per scheme. */
export const SURFACES = {
  light: { page: '#ffffff', raised: '#f4f5f7', text: '#16181d', muted: '#4b5260' },
  dark: { page: '#111318', raised: '#1b1e25', text: '#eef0f4', muted: '#b4bac6' },
} as const;

/** WCAG AA for normal text. */
export const AA = 4.5;

/** Parses #rgb or #rrggbb. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`"${hex}" is not a colour like "#0b5fff".`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

/** Formats a colour as #rrggbb. */
export function toHex({ r, g, b }: Rgb): string {
  return '#' + [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('');
}

/**
 * WCAG 2 relative luminance, with the sRGB threshold 0.04045 of WCAG 2.2 and the WCAG 2.1 erratum
 * (0.03928 before May 2021; no practical difference):
 * https://www.w3.org/WAI/WCAG22/Understanding/relative-luminance.html
 */
export function luminance(colour: Rgb | string): number {
  const { r, g, b } = typeof colour === 'string' ? parseHex(colour) : colour;
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `colour` with `towards` by `amount` (0 = colour, 1 = towards). */
export function mix(colour: Rgb, towards: Rgb, amount: number): Rgb {
  return { r: colour.r + (towards.r - colour.r) * amount, g: colour.g + (towards.g - colour.g) * amount, b: colour.b + (towards.b - colour.b) * amount };
}

/** Mixes two hex colours, as #rrggbb. */
export function mixHex(colour: string, towards: string, amount: number): string {
  return toHex(mix(parseHex(colour), parseHex(towards), amount));
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * The colour closest to `colour` (mixing towards black or white in 2 % steps) that reaches `ratio`
 * against every one of `backgrounds`.
 */
export function adjustForContrast(colour: string, backgrounds: readonly string[], direction: 'darker' | 'lighter', ratio = AA): string {
  const base = parseHex(colour);
  const target = direction === 'darker' ? BLACK : WHITE;
  for (let step = 0; step <= 50; step++) {
    const candidate = toHex(mix(base, target, step / 50));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return toHex(target);
}

/** Black-ish or white text, whichever reads better on `background`. */
export function readableOn(background: string, dark = '#0b0c0f', light = '#ffffff'): string {
  return contrastRatio(light, background) >= contrastRatio(dark, background) ? light : dark;
}

/** The brand colours of one scheme. */
export interface SchemeColours {
  /** Links and brand-coloured text on the page and raised surfaces. */
  brandText: string;
  /** Background of primary buttons and badges. */
  brandFill: string;
  /** Text on `brandFill`. */
  onBrandFill: string;
  /** A faint brand tint for section backgrounds. */
  brandTint: string;
  /** The accent colour as text, readable on the page. */
  accentText: string;
}

/** Both schemes' brand colours. */
export interface BrandPalette {
  light: SchemeColours;
  dark: SchemeColours;
}

function scheme(primary: string, accent: string, which: 'light' | 'dark'): SchemeColours {
  const s = SURFACES[which];
  const direction = which === 'light' ? 'darker' : 'lighter';
  const surfaces = [s.page, s.raised];
  const tint = toHex(mix(parseHex(s.page), parseHex(primary), which === 'light' ? 0.08 : 0.16));
  const brandText = adjustForContrast(primary, [...surfaces, tint], direction);
  // A light-scheme button keeps the brand colour itself when white or near-black text reads on it;
  // a dark-scheme button uses the lightened brand colour, so that it stands out from the dark page.
  const onPrimary = readableOn(primary);
  const brandFill =
    which === 'dark' ? brandText : contrastRatio(onPrimary, primary) >= AA ? primary : adjustForContrast(primary, [WHITE_HEX], 'darker');
  return {
    brandText,
    brandFill,
    onBrandFill: readableOn(brandFill),
    brandTint: tint,
    accentText: adjustForContrast(accent, [...surfaces, tint], direction),
  };
}

const WHITE_HEX = '#ffffff';

/** Computes the light and dark palettes from site.yaml's `colors`. */
export function computeBrandPalette(colors: { primary: string; accent?: string }): BrandPalette {
  const id = `${colors.primary}|${colors.accent ?? ''}`;
  let palette = palettes.get(id);
  if (!palette) {
    const primary = toHex(parseHex(colors.primary));
    const accent = toHex(parseHex(colors.accent ?? colors.primary));
    palette = Object.freeze({ light: Object.freeze(scheme(primary, accent, 'light')), dark: Object.freeze(scheme(primary, accent, 'dark')) });
    palettes.set(id, palette);
  }
  return palette;
}

/** Palettes computed so far: every page asks for the same one, and the contrast search is not free. */
const palettes = new Map<string, BrandPalette>();

/** The palette as CSS custom properties for `:root`, light by default and dark under prefers-color-scheme. */
export function brandCss(palette: BrandPalette): string {
  const vars = (c: SchemeColours) =>
    `--brand-text:${c.brandText};--brand-fill:${c.brandFill};--on-brand-fill:${c.onBrandFill};--brand-tint:${c.brandTint};--accent-text:${c.accentText};`;
  return `:root{${vars(palette.light)}}@media (prefers-color-scheme: dark){:root{${vars(palette.dark)}}}`;
}
