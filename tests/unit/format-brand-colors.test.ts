import { describe, expect, it } from 'vitest';
import { AA, brandCss, computeBrandPalette, contrastRatio, luminance, parseHex, SURFACES, toHex } from '../../src/lib/brand-colors.ts';

describe('brand colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(toHex(parseHex('#0bf'))).toBe('#00bbff');
  });

  it('uses the sRGB threshold of WCAG 2.2 (0.04045) for relative luminance', () => {
    // A channel of 10/255 = 0.0392 lies below both thresholds; 0.0400 (a 10.2/255 mix) lies between them.
    expect(luminance({ r: 10.2, g: 10.2, b: 10.2 })).toBeCloseTo(10.2 / 255 / 12.92, 6);
    expect(luminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 6);
  });

  it('rejects what is not a colour, saying what a colour looks like', () => {
    expect(() => parseHex('blue')).toThrowErrorMatchingInlineSnapshot(`[Error: "blue" is not a colour like "#0b5fff".]`);
  });

  const brands = ['#0b5fff', '#ffd400', '#e4002b', '#00a86b', '#7a7a7a', '#111111', '#f5f5f5', '#6b21a8'];

  it.each(brands)('keeps brand text readable on every surface in both schemes (%s)', (primary) => {
    const palette = computeBrandPalette({ primary, accent: '#c2410c' });
    for (const scheme of ['light', 'dark'] as const) {
      const c = palette[scheme];
      for (const bg of [SURFACES[scheme].page, SURFACES[scheme].raised, c.brandTint]) {
        expect(contrastRatio(c.brandText, bg), `${scheme} brand text on ${bg}`).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(c.accentText, bg), `${scheme} accent text on ${bg}`).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(SURFACES[scheme].text, bg), `${scheme} text on ${bg}`).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(SURFACES[scheme].muted, bg), `${scheme} muted text on ${bg}`).toBeGreaterThanOrEqual(AA);
      }
      expect(contrastRatio(c.onBrandFill, c.brandFill), `${scheme} button text`).toBeGreaterThanOrEqual(AA);
    }
  });

  it('keeps a brand colour that already reads well as it is', () => {
    expect(computeBrandPalette({ primary: '#0b5fff' }).light.brandText).toBe('#0b5fff');
    expect(computeBrandPalette({ primary: '#0b5fff' }).light.brandFill).toBe('#0b5fff');
  });

  it('darkens a light brand colour for text and puts dark text on its buttons', () => {
    const { light } = computeBrandPalette({ primary: '#ffd400' });
    expect(light.brandText).not.toBe('#ffd400');
    expect(light.brandFill).toBe('#ffd400');
    expect(light.onBrandFill).toBe('#0b0c0f');
  });

  it('fills dark-scheme buttons with the lightened brand colour, which stands out from the dark page', () => {
    const { dark } = computeBrandPalette({ primary: '#0b5560' });
    expect(dark.brandFill).toBe(dark.brandText);
    expect(contrastRatio(dark.brandFill, SURFACES.dark.page)).toBeGreaterThanOrEqual(3);
  });

  it('writes custom properties for the light scheme and the dark scheme', () => {
    const css = brandCss(computeBrandPalette({ primary: '#0b5fff' }));
    expect(css).toMatch(/^:root\{--brand-text:#[0-9a-f]{6};--brand-fill:#0b5fff;/);
    expect(css).toContain('@media (prefers-color-scheme: dark){:root{--brand-text:');
    expect(css).not.toMatch(/[<>]/);
  });
});
