/** The report's charts: Observable Plot's SVG, made valid and accessible, in brand colours that survive greyscale print. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../../../src/lib/brand-colors.ts';
import { barChart, chartColours, type ChartOptions } from '../../../src/lib/report/charts.ts';

describe('chartColours', () => {
  it.each([
    { primary: '#0b5560', accent: '#e8a33d' },
    { primary: '#ffd400' },
    { primary: '#0b5fff', accent: '#0b5fff' },
    { primary: '#222222', accent: '#333333' },
  ])('gives readable fills that differ in greyscale for $primary / $accent', (colors) => {
    const c = chartColours(colors);
    expect(contrastRatio(c.primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.secondary, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(Math.abs(luminance(c.primary) - luminance(c.secondary))).toBeGreaterThanOrEqual(0.12);
    expect(contrastRatio(c.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('barChart', () => {
  const options: ChartOptions = { titleId: 't', summaryId: 's', colours: chartColours({ primary: '#0b5560', accent: '#e8a33d' }), orientation: 'horizontal', format: String };

  it('draws one bar per value, named by the title and summary, with the values written on the bars', () => {
    const svg = barChart([{ label: 'Data & AI', value: 3 }, { label: 'Field Operations', value: 1 }, { label: 'People', value: '< 5', highlight: true }], options);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t"');
    expect(svg).toContain('aria-describedby="s"');
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('>Data &amp; AI</text>');
    expect(svg).toContain('>&lt; 5</text>');
    // Not a hand-drawn path in sight: bars are Plot's rects; no ARIA labels on inner groups; no invalid SVG attribute.
    expect(svg).not.toMatch(/<g [^>]*aria-label=|font-variant=/);
  });

  it('draws grouped bars with a reference line, highlighting the second series', () => {
    const colours = options.colours;
    const svg = barChart(
      [
        { label: 'W10', value: 4, series: 'a' },
        { label: 'W10', value: 2, series: 'b' },
        { label: 'W11', value: '< 5', series: 'a' },
        { label: 'W11', value: 1, series: 'b' },
      ],
      { ...options, orientation: 'vertical', series: ['a', 'b'], rule: { value: 3, label: 'cap 3' } },
    );
    expect(svg.match(new RegExp(`fill="${colours.secondary}"`, 'g'))?.length).toBe(2);
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).toContain('>cap 3</text>');
    expect(svg).not.toContain('&lt; 5');
  });
});
