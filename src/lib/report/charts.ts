/**
 * The report's charts: bar charts drawn by Observable Plot into a server-side DOM (linkedom) and
 * serialised to inline SVG, so the report needs no JavaScript. Every chart is labelled for screen
 * readers by its title and summary; its data is also given as a table beside it.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { adjustForContrast, computeBrandPalette, contrastRatio, luminance, mix, parseHex, SURFACES, toHex } from '../brand-colors.ts';

/** The colours of the charts: two fills that stay apart in greyscale print, and the text colour. */
export interface ChartColours {
  /** The main series: the brand colour, dark enough for 4.5:1 on white. */
  primary: string;
  /** The second series and highlights: the accent colour, 3:1 on white and clearly lighter than primary. */
  secondary: string;
  /** Axis and label text. */
  text: string;
  /** Muted lines (the cap). */
  muted: string;
}

/** Chart colours from site.yaml's brand colours. */
export function chartColours(colors: { primary: string; accent?: string }): ChartColours {
  const palette = computeBrandPalette(colors).light;
  // The brand colour as the site writes text in it: 4.5:1 on white (a light brand's button fill may not be).
  const primary = palette.brandText;
  let secondary = adjustForContrast(colors.accent ?? colors.primary, ['#ffffff'], 'darker', 3);
  // In greyscale the two fills must differ clearly: if they are close in lightness, use a light tint of the brand.
  if (Math.abs(luminance(secondary) - luminance(primary)) < 0.12) {
    secondary = adjustForContrast(toHex(mix(parseHex(primary), parseHex('#ffffff'), 0.55)), ['#ffffff'], 'darker', 3);
  }
  return { primary, secondary, text: SURFACES.light.text, muted: contrastRatio(SURFACES.light.muted, '#ffffff') >= 4.5 ? SURFACES.light.muted : '#4b5260' };
}

/** One bar: a label, a value (or "< 5" for a suppressed count), and optionally its series or a highlight. */
export interface Bar {
  label: string;
  value: number | '< 5';
  /** For grouped bars: which bar of the group. */
  series?: string;
  /** Drawn in the secondary colour (e.g. over the cap). */
  highlight?: boolean;
}

/** How to draw a chart. */
export interface ChartOptions {
  /** The id of the chart's title element (aria-labelledby) and summary element (aria-describedby). */
  titleId: string;
  summaryId: string;
  colours: ChartColours;
  /** Bars side by side (vertical) or stacked down the page (horizontal, for long labels). */
  orientation: 'horizontal' | 'vertical';
  /** Formats a value for the labels on the bars. */
  format: (n: number) => string;
  /** A reference line, e.g. the ask cap, with its label. */
  rule?: { value: number; label: string };
  /** For grouped bars: the series in order; the first is drawn in the primary colour, the second in the secondary. */
  series?: readonly string[];
  /** Formats a value for the axis; whole numbers by default. */
  axisLabel?: string;
}

let cachedDocument: Document | undefined;
function plotDocument(): Document {
  cachedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return cachedDocument;
}

const numeric = (value: Bar['value']) => (typeof value === 'number' ? value : 0);

/** Draws a bar chart and returns it as an SVG string. */
export function barChart(bars: readonly Bar[], options: ChartOptions): string {
  const { colours, format } = options;
  const data = bars.map((bar) => ({
    ...bar,
    n: numeric(bar.value),
    text: typeof bar.value === 'number' ? format(bar.value) : bar.value,
    fill: bar.highlight || (options.series && bar.series === options.series[1]) ? colours.secondary : colours.primary,
  }));
  const top = Math.max(0, ...data.map((d) => d.n), options.rule?.value ?? 0);
  const labels = [...new Set(bars.map((b) => b.label))];
  const integer = data.every((d) => Number.isInteger(d.n));
  // Counts get at least an axis to 1; shares (fractions) an axis to their own largest value.
  const max = integer ? Math.max(1, top) : top || 1;
  const ticks = integer ? Math.min(5, max) : 4;
  const tick = (n: number) => (integer && !Number.isInteger(n) ? '' : format(n));
  const common = {
    document: plotDocument(),
    width: 640,
    style: { fontSize: '12px', fontFamily: 'inherit', color: colours.text, background: 'transparent', overflow: 'visible' },
    color: { type: 'identity' as const },
  };
  let svg: Element;
  if (options.orientation === 'horizontal') {
    const longest = Math.max(...labels.map((l) => l.length), 4);
    const marginLeft = Math.min(260, 16 + longest * 6.6);
    svg = Plot.plot({
      ...common,
      height: 36 + labels.length * 26,
      marginLeft,
      marginRight: 48,
      x: { domain: [0, max * 1.08], label: options.axisLabel ?? null, ticks, tickFormat: tick, grid: true },
      y: { domain: labels, label: null, tickSize: 0 },
      marks: [
        Plot.barX(data, { x: 'n', y: 'label', fill: 'fill', stroke: colours.primary, strokeWidth: 1, insetTop: 3, insetBottom: 3 }),
        Plot.text(data, { x: 'n', y: 'label', text: 'text', textAnchor: 'start', dx: 6, fill: colours.text }),
        Plot.ruleX([0], { stroke: colours.text }),
        ...(options.rule ? [Plot.ruleX([options.rule.value], { stroke: colours.muted, strokeDasharray: '5 4', strokeWidth: 1.5 })] : []),
      ],
    }) as unknown as Element;
  } else {
    const grouped = options.series !== undefined && options.series.length > 1;
    const rotate = !grouped && labels.length > 8;
    svg = Plot.plot({
      ...common,
      height: rotate ? 300 : 260,
      marginBottom: rotate ? 64 : 40,
      marginLeft: 44,
      marginTop: 24,
      ...(grouped ? { fx: { domain: labels, label: null, padding: 0.15, tickRotate: labels.length > 8 ? -40 : 0 } } : {}),
      x: grouped ? { domain: options.series, axis: labels.length > 6 ? null : 'bottom', label: null, tickSize: 0 } : { domain: labels, label: null, tickSize: 0, tickRotate: rotate ? -40 : 0 },
      y: { domain: [0, max * 1.12], label: options.axisLabel ?? null, ticks, tickFormat: tick, grid: true },
      marks: [
        Plot.barY(data, { ...(grouped ? { fx: 'label', x: 'series' } : { x: 'label' }), y: 'n', fill: 'fill', stroke: colours.primary, strokeWidth: 1, insetLeft: 2, insetRight: 2 }),
        // Side by side, two "< 5" labels would overlap: grouped charts label exact counts only (the table has them all).
        Plot.text(grouped ? data.filter((d) => typeof d.value === 'number') : data, { ...(grouped ? { fx: 'label', x: 'series' } : { x: 'label' }), y: 'n', text: 'text', dy: -7, fill: colours.text }),
        Plot.ruleY([0], { stroke: colours.text }),
        ...(options.rule
          ? [
              Plot.ruleY([options.rule.value], { stroke: colours.muted, strokeDasharray: '5 4', strokeWidth: 1.5 }),
              Plot.text([options.rule.value], { y: (d: number) => d, frameAnchor: 'right', text: () => options.rule!.label, dy: -7, fill: colours.text, textAnchor: 'end' }),
            ]
          : []),
      ],
    }) as unknown as Element;
  }
  // Plot writes font-variant="tabular-nums", which SVG's font-variant attribute does not allow (the HTML
  // checker refuses it); the same setting as CSS is valid.
  for (const node of svg.querySelectorAll('[font-variant]')) {
    const value = node.getAttribute('font-variant');
    node.removeAttribute('font-variant');
    if (value === 'tabular-nums') node.setAttribute('style', `font-variant-numeric:tabular-nums;${node.getAttribute('style') ?? ''}`);
  }
  // The chart is one image named by its title and summary, its data a table beside it: Plot's labels
  // on inner groups ("bar", "rule") are noise there, and axe refuses aria-label on a <g> without a role.
  for (const node of svg.querySelectorAll('[aria-label], [aria-description]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', options.titleId);
  svg.setAttribute('aria-describedby', options.summaryId);
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML;
}
