/** Colour arithmetic for the cards: readable text on any brand colour, tints and shades. */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** Parses "#0b5fff" or "#05f"; anything else is an error (site.yaml's schema already checks the form). */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`"${hex}" is not a colour like "#0b5fff"`);
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** "#rrggbb" of a colour. */
export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('');
}

/** Relative luminance (WCAG 2). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes two colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as unknown as Rgb;
}

/** The near-black ink of the cards. */
export const INK: Rgb = [17, 24, 39];
/** White. */
export const WHITE: Rgb = [255, 255, 255];

/** White or ink, whichever reads better on `background`. */
export function readableOn(background: Rgb): Rgb {
  return contrast(background, WHITE) >= contrast(background, INK) ? WHITE : INK;
}

/**
 * `colour` itself when it stands out from `background` by at least `ratio`, else the colour
 * mixed towards white or ink, whichever reaches the contrast first.
 */
export function ensureContrast(colour: Rgb, background: Rgb, ratio: number): Rgb {
  if (contrast(colour, background) >= ratio) return colour;
  const towards = readableOn(background);
  for (let t = 0.1; t < 1; t += 0.1) {
    const candidate = mix(colour, towards, t);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return towards;
}
