/**
 * The site logo as the build carries it. A picture (PNG …) is Astro's ImageMetadata and goes
 * through Astro's image pipeline. An SVG never does, as Astro would copy the file as it is into
 * dist/: the content store keeps only its name, and pages get it as published at /logo.svg,
 * sanitised (site-logo-fs.ts, sanitise-svg.ts).
 */

/** Where the site publishes its SVG logo, under the site's base path. */
export const SVG_LOGO_PATH = '/logo.svg';

/** An SVG logo in Astro's content store: the name from site.yaml only, so that an edit of the file shows at the next build. */
export interface SvgLogoSource {
  /** Always "svg". */
  format: 'svg';
  /** The path as site.yaml writes it, e.g. "./logo.svg". */
  file: string;
}

/** An SVG logo as pages show it. */
export interface SvgLogo extends SvgLogoSource {
  /** Its address on the site: /logo.svg under the base path, e.g. /careers/logo.svg. */
  src: string;
  /** Its size in CSS pixels, as the SVG gives it. */
  width: number;
  height: number;
  /** A hash of the published bytes, so that pages showing the logo change with it. */
  hash: string;
}

/** Whether a logo from the content store is an SVG. */
export function isSvgLogoSource(logo: unknown): logo is SvgLogoSource {
  return typeof logo === 'object' && logo !== null && (logo as SvgLogoSource).format === 'svg' && typeof (logo as SvgLogoSource).file === 'string';
}

/** Whether a site's logo is the published SVG. */
export function isSvgLogo(logo: unknown): logo is SvgLogo {
  return isSvgLogoSource(logo) && typeof (logo as SvgLogo).src === 'string' && (logo as SvgLogo).src.endsWith(SVG_LOGO_PATH) && typeof (logo as SvgLogo).hash === 'string';
}
