/**
 * The programme report as one self-contained HTML file: inline CSS, inline SVG charts (charts.ts),
 * no JavaScript. Every chart has a title, a one-sentence summary and its data as a table; print
 * starts each section on a new page. Pure: the report and its context in, HTML out.
 */
import { formatDate, formatList, languageName } from '../format.ts';
import { escapeHtml } from '../html.ts';
import { barChart, type Bar, type ChartColours } from './charts.ts';
import type { Count, Person } from './content-figures.ts';
import type { Shown, ShownCount } from './reach.ts';
import type { Report } from './report.ts';
import type { ReportStrings } from './strings/index.ts';

/** What the HTML needs besides the figures. */
export interface RenderContext {
  strings: ReportStrings;
  colours: ChartColours;
  /** The content folder as shown to people. */
  contentLabel: string;
  /** How many content errors were left out. */
  errors: number;
  /** site.yaml utm.medium, for the ratio's formula. */
  medium: string;
}

/** Names of networks as people write them. */
const NETWORK_NAMES: Record<string, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  copy: 'Copy',
  instagram: 'Instagram',
  youtube: 'YouTube',
  github: 'GitHub',
};

const e = escapeHtml;

/** Renders the whole report. */
export function renderReportHtml(report: Report, context: RenderContext): string {
  const t = context.strings;
  const lang = report.lang;
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const n = (value: number) => nf.format(value);
  const pct = (value: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: value < 0.1 ? 1 : 0 }).format(value);
  const shown = (value: Shown) => (typeof value === 'number' ? n(value) : value);
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), lang);
  const monthShort = new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
  const quarter = (key: string) => {
    const [year, q] = key.split('-Q');
    return t.quarter(Number(q), Number(year));
  };
  const week = (key: string) => t.weekShort(Number(key.split('-W')[1]));
  const langName = (code: string) => {
    const name = languageName(code, lang);
    return name === code ? code : name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  };
  const c = report.content;
  let chartCount = 0;

  /** A chart with its title, summary sentence and data table. */
  const figure = (spec: {
    title: string;
    summary: string;
    bars: Bar[];
    orientation: 'horizontal' | 'vertical';
    columns: string[];
    rows: string[][];
    rule?: { value: number; label: string };
    series?: string[];
    note?: string;
    format?: (value: number) => string;
  }) => {
    const id = `chart-${++chartCount}`;
    const svg = spec.bars.length
      ? barChart(spec.bars, { titleId: `${id}-title`, summaryId: `${id}-summary`, colours: context.colours, orientation: spec.orientation, format: spec.format ?? n, ...(spec.rule ? { rule: spec.rule } : {}), ...(spec.series ? { series: spec.series } : {}) })
      : '';
    const legend = spec.series
      ? `<ul class="legend">${spec.series.map((s, i) => `<li><span class="swatch ${i ? 'secondary' : 'primary'}"></span>${e(s)}</li>`).join('')}</ul>`
      : '';
    return `<figure class="chart" aria-labelledby="${id}-title">
<figcaption><h3 id="${id}-title">${e(spec.title)}</h3><p id="${id}-summary" class="summary">${e(spec.summary)}</p>${spec.note ? `<p class="note">${e(spec.note)}</p>` : ''}</figcaption>
${legend}${svg}
${table(spec.columns, spec.rows)}
</figure>`;
  };
  const table = (columns: string[], rows: string[][]) =>
    `<details><summary>${e(t.data)}</summary><table><thead><tr>${columns.map((col, i) => `<th scope="col"${i ? ' class="num"' : ''}>${e(col)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((cell, i) => (i ? `<td class="num">${e(cell)}</td>` : `<th scope="row">${e(cell)}</th>`)).join('')}</tr>`)
      .join('')}</tbody></table></details>`;
  const callout = (title: string, items: string[], kind: 'warn' | 'info' = 'warn') =>
    `<div class="callout ${kind}"><h3>${e(title)}</h3>${items.length ? `<ul>${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>` : `<p>${e(t.none)}</p>`}</div>`;
  const countBars = (counts: readonly { label: string; count: number }[]): Bar[] => counts.map((x) => ({ label: x.label, value: x.count }));
  const countRows = (counts: readonly { label: string; count: number }[]) => counts.map((x) => [x.label, n(x.count)]);
  const missingText = (items: readonly Count[]) => formatList(items.map((x) => x.label), lang);
  const people = (list: readonly Person[]) => list.map((p) => p.name);

  // 1. Participation
  const status = c.participation.status;
  const statusKeys = ['published', 'paused', 'withdrawn', 'awaitingConsent'] as const;
  const joined = c.participation.quarters.reduce((sum, q) => sum + q.joined, 0);
  const left = c.participation.quarters.reduce((sum, q) => sum + q.left, 0);
  const headcountFigures = (['teams', 'locations'] as const).flatMap((kind) => {
    const shares = c.participation.headcount[kind];
    if (!shares.length) return [];
    const low = [...shares].sort((a, b) => a.share - b.share || a.label.localeCompare(b.label))[0]!;
    return [
      figure({
        title: t.headcount.title(kind === 'teams' ? t.headcount.team : t.headcount.location),
        summary: t.headcount.summary(n, low, pct(low.share)),
        bars: shares.map((s) => ({ label: s.label, value: s.share })),
        format: pct,
        orientation: 'horizontal',
        columns: [kind === 'teams' ? t.diversity.team : t.diversity.location, t.headcount.ambassadors, t.headcount.people, t.headcount.share],
        rows: shares.map((s) => [s.label, n(s.ambassadors), n(s.headcount), pct(s.share)]),
      }),
    ];
  });
  const participation = [
    figure({
      title: t.status.title,
      summary: t.status.summary(n, status),
      bars: statusKeys.map((key) => ({ label: t.status.labels[key]!, value: status[key], highlight: key !== 'published' })),
      orientation: 'horizontal',
      columns: [t.status.title, t.count],
      rows: statusKeys.map((key) => [t.status.labels[key]!, n(status[key])]),
    }),
    figure({
      title: t.quarters.title,
      summary: t.quarters.summary(n, joined, left, c.participation.undatedStepBacks),
      bars: c.participation.quarters.flatMap((q) => [
        { label: quarter(q.quarter), value: q.joined, series: t.quarters.joined },
        { label: quarter(q.quarter), value: q.left, series: t.quarters.left },
      ]),
      series: [t.quarters.joined, t.quarters.left],
      orientation: 'vertical',
      columns: [t.quarters.quarter, t.quarters.joined, t.quarters.left],
      rows: c.participation.quarters.map((q) => [quarter(q.quarter), n(q.joined), n(q.left)]),
    }),
    ...(headcountFigures.length ? headcountFigures : [`<p class="note">${e(t.headcount.missing)}</p>`]),
  ];

  // 2. Diversity
  const d = c.diversity;
  const employment = d.employment.map((x) => ({ ...x, label: t.diversity.employmentTypes[x.id] ?? x.id }));
  const languages = d.languages.map((x) => ({ ...x, label: langName(x.id) }));
  /** Ambassadors per team or per location, naming those with none. */
  const coverage = (title: string, counts: typeof d.teams, missing: typeof d.missingTeams, word: string, column: string) =>
    figure({
      title,
      summary: t.diversity.covered(n, counts.length - missing.length, counts.length, word, missingText(missing)),
      bars: countBars(counts),
      orientation: 'horizontal',
      columns: [column, t.count],
      rows: countRows(counts),
    });
  const diversity = [
    coverage(t.diversity.teams, d.teams, d.missingTeams, t.diversity.teamsWord, t.diversity.team),
    coverage(t.diversity.locations, d.locations, d.missingLocations, t.diversity.locationsWord, t.diversity.location),
    figure({
      title: t.diversity.employment,
      summary: t.diversity.covered(n, employment.filter((x) => x.count).length, employment.length, t.diversity.typesWord, formatList(employment.filter((x) => !x.count).map((x) => x.label), lang)),
      bars: countBars(employment),
      orientation: 'horizontal',
      columns: [t.diversity.type, t.count],
      rows: countRows(employment),
    }),
    figure({
      title: t.diversity.languages,
      summary: t.diversity.languagesSummary(n, languages.length, languages[0] ? languageName(languages[0].id, lang) : ''),
      bars: countBars(languages),
      orientation: 'horizontal',
      columns: [t.diversity.language, t.count],
      rows: countRows(languages),
    }),
    `<div class="callouts">${callout(t.diversity.missingTeams, d.missingTeams.map((x) => x.label))}${callout(t.diversity.missingLocations, d.missingLocations.map((x) => x.label))}</div>`,
  ];

  // 3. Stories
  const s = c.stories;
  const storiesInMonths = s.months.reduce((sum, m) => sum + m.count, 0);
  const mostStories = Math.max(0, ...s.months.map((m) => m.count));
  const bestMonths = s.months.filter((m) => m.count === mostStories);
  // Name the best month only when one month stands out.
  const bestMonth = bestMonths.length === 1 ? bestMonths[0] : undefined;
  const themesByCount = [...s.themes].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const storyLanguages = s.languages.map((x) => ({ ...x, label: langName(x.id) }));
  const stories = [
    figure({
      title: t.stories.months,
      summary: t.stories.monthsSummary(n, storiesInMonths, bestMonth ? { month: monthLong.format(monthDate(bestMonth.month)), count: bestMonth.count } : undefined),
      bars: s.months.map((m) => ({ label: monthShort.format(monthDate(m.month)), value: m.count })),
      orientation: 'vertical',
      columns: [t.stories.month, t.stories.stories],
      rows: s.months.map((m) => [monthLong.format(monthDate(m.month)), n(m.count)]),
    }),
    figure({
      title: t.stories.themes,
      summary: t.stories.themesSummary(n, themesByCount[0], formatList(s.themes.filter((x) => !x.count).map((x) => x.label), lang)),
      bars: countBars(s.themes),
      orientation: 'horizontal',
      columns: [t.stories.theme, t.stories.stories],
      rows: countRows(s.themes),
    }),
    figure({
      title: t.stories.languages,
      summary: t.stories.languagesSummary(formatList(storyLanguages.map((x) => `${x.label} ${n(x.count)}`), lang) || '0'),
      bars: countBars(storyLanguages),
      orientation: 'horizontal',
      columns: [t.stories.language, t.stories.stories],
      rows: countRows(storyLanguages),
    }),
    ...(s.translation
      ? [
          figure({
            title: t.stories.translation,
            summary: t.stories.translationSummary(formatList(s.translation.map((x) => `${langName(x.lang)} ${t.stories.coverage(n, x.stories, x.total)}`), lang)),
            bars: s.translation.map((x) => ({ label: langName(x.lang), value: x.stories })),
            orientation: 'horizontal',
            columns: [t.stories.language, t.stories.stories, t.stories.translated],
            rows: s.translation.map((x) => [langName(x.lang), t.stories.coverage(n, x.stories, x.total), n(x.translated)]),
          }),
        ]
      : []),
    `<p class="summary">${e(t.stories.silentSummary(n, s.silent.length, c.participation.status.published))}</p>`,
    callout(t.stories.silentTitle, people(s.silent), 'info'),
  ];

  // 4. Jobs
  const j = c.jobs;
  const teamsWithJobs = j.perTeam.filter((x) => x.count).length;
  const topTeam = [...j.perTeam].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))[0];
  const jobs = [
    figure({
      title: t.jobs.perTeam,
      summary: t.jobs.perTeamSummary(n, j.open, teamsWithJobs, topTeam),
      bars: countBars(j.perTeam),
      orientation: 'horizontal',
      columns: [t.jobs.team, t.jobs.jobs],
      rows: countRows(j.perTeam),
    }),
    `<p class="summary">${e(t.jobs.nobodySummary(n, j.nobodyToAsk.length))}</p>`,
    callout(t.jobs.nobodyTitle, j.nobodyToAsk.map((x) => `${x.title} (${x.team})`)),
    figure({
      title: t.jobs.durations,
      summary: t.jobs.durationsSummary(n, j.closed.count, j.closed.medianDays, j.openAge.medianDays),
      bars: j.closed.buckets.map((b) => ({ label: b.bucket, value: b.count })),
      orientation: 'vertical',
      columns: [t.jobs.days, t.jobs.closedJobs],
      rows: j.closed.buckets.map((b) => [b.bucket, n(b.count)]),
    }),
  ];

  // 5. Recognition
  const r = c.recognition;
  const recognition = [
    figure({
      title: t.recognition.months,
      summary: t.recognition.monthsSummary(n, r.total, r.never.length, r.notRecently.length),
      bars: r.months.map((m) => ({ label: monthShort.format(monthDate(m.month)), value: m.count })),
      orientation: 'vertical',
      columns: [t.recognition.month, t.recognition.thanks],
      rows: r.months.map((m) => [monthLong.format(monthDate(m.month)), n(m.count)]),
    }),
    `<div class="callouts">${callout(t.recognition.neverTitle, people(r.never))}${callout(
      t.recognition.notRecentlyTitle,
      r.notRecently.map((p) => `${p.name} (${t.recognition.last.toLocaleLowerCase(lang)}: ${day(p.last)})`),
    )}</div>`,
  ];

  // 6. Asks
  const a = c.asks;
  const overWeeks = a.weeks.filter((w) => w.overCap > 0);
  const asks = [
    figure({
      title: t.asks.title(a.cap),
      summary: t.asks.summary(n, a.cap, overWeeks.length),
      bars: a.weeks.map((w) => ({ label: week(w.week), value: w.most, highlight: w.most > a.cap })),
      rule: { value: a.cap, label: `${t.asks.cap} ${n(a.cap)}` },
      orientation: 'vertical',
      columns: [t.asks.week, t.asks.posts, t.asks.asked, t.asks.most, t.asks.average, t.asks.over],
      rows: a.weeks.map((w) => [`${w.week} (${t.asks.when[w.when]})`, n(w.posts), n(w.asked), n(w.most), n(w.average), n(w.overCap)]),
    }),
    a.overCap.length
      ? `<div class="callout warn"><h3>${e(t.asks.overTitle)}</h3><table><thead><tr><th scope="col">${e(t.asks.week)}</th><th scope="col">${e(t.name)}</th><th scope="col" class="num">${e(t.asks.proposals)}</th><th scope="col">${e(t.asks.postsList)}</th></tr></thead><tbody>${a.overCap
          .map((o) => `<tr><td>${e(o.week)}</td><th scope="row">${e(o.name)}</th><td class="num">${e(n(o.proposals))}</td><td>${e(o.posts.join(', '))}</td></tr>`)
          .join('')}</tbody></table></div>`
      : callout(t.asks.overTitle, []),
  ];

  // 7. Reach
  const reach = report.reach ? renderReach(report.reach) : [`<p class="note">${e(t.reach.noAnalytics)}</p>`];

  function renderReach(rf: NonNullable<Report['reach']>): string[] {
    const out: string[] = [`<p class="note">${e(t.reach.privacy)}</p>`];
    const shownBars = (list: readonly ShownCount[]) => list.map((x) => ({ label: x.label, value: x.count }));
    const shownRows = (list: readonly ShownCount[]) => list.map((x) => [x.label, shown(x.count)]);
    const company =
      rf.company.kind === 'medium'
        ? t.reach.companyMedium(rf.company.medium)
        : t.reach.companyNetworks(rf.company.networks.length ? formatList(rf.company.networks.map((id) => NETWORK_NAMES[id] ?? id), lang) : t.reach.noNetworks, context.medium);
    out.push(
      figure({
        title: t.reach.months,
        summary: t.reach.monthsSummary(shown(rf.totals.ambassador), shown(rf.totals.company)),
        bars: rf.months.flatMap((m) => [
          { label: monthShort.format(monthDate(m.month)), value: m.ambassador, series: t.reach.ambassador },
          { label: monthShort.format(monthDate(m.month)), value: m.company, series: t.reach.company },
        ]),
        series: [t.reach.ambassador, t.reach.company],
        orientation: 'vertical',
        columns: [t.reach.month, t.reach.ambassador, t.reach.company],
        rows: rf.months.map((m) => [monthLong.format(monthDate(m.month)), shown(m.ambassador), shown(m.company)]),
      }),
      `<div class="ratio"><p class="big">${e(rf.ratio !== undefined ? t.reach.ratio(n(rf.ratio)) : t.reach.noRatio)}</p><p class="formula">${e(t.reach.formula(context.medium, company))}</p></div>`,
    );
    const networks = rf.networks.map((x) => ({ ...x, label: NETWORK_NAMES[x.id] ?? x.id }));
    out.push(
      figure({
        title: t.reach.networks,
        summary: t.reach.networksSummary(networks[0] ? { label: networks[0].label, count: shown(networks[0].count) } : undefined),
        bars: shownBars(networks),
        orientation: 'horizontal',
        columns: [t.reach.network, t.reach.visits],
        rows: shownRows(networks),
      }),
    );
    const top = rf.campaigns.slice(0, 12).map((x) => ({ ...x, label: `${x.label} (${t.reach.kinds[x.kind]})` }));
    const more = rf.campaigns.length - top.length;
    out.push(
      figure({
        title: t.reach.campaigns,
        summary: t.reach.campaignsSummary(top[0] ? { label: top[0].label, count: shown(top[0].count) } : undefined) + (more > 0 ? ` (${t.reach.campaignsMore(n, more)})` : ''),
        bars: shownBars(top),
        orientation: 'horizontal',
        columns: [t.reach.campaign, t.reach.visits],
        rows: shownRows(rf.campaigns.map((x) => ({ ...x, label: `${x.label} (${t.reach.kinds[x.kind]})` }))),
      }),
    );
    if (rf.apply) {
      out.push(
        figure({
          title: t.reach.apply,
          summary: t.reach.applySummary(shown(rf.apply.total)),
          bars: rf.apply.months.map((m) => ({ label: monthShort.format(monthDate(m.month)), value: m.count })),
          orientation: 'vertical',
          columns: [t.reach.month, t.reach.clicks],
          rows: rf.apply.months.map((m) => [monthLong.format(monthDate(m.month)), shown(m.count)]),
        }),
      );
      if (rf.apply.jobs.length) out.push(`<h3>${e(t.reach.perJob)}</h3>${table([t.jobs.title, t.reach.clicks], shownRows(rf.apply.jobs))}`);
    } else {
      out.push(`<p class="note">${e(t.reach.noApply('Apply'))}</p>`);
    }
    if (rf.ambassadors) {
      out.push(
        figure({
          title: t.reach.ambassadors,
          summary: t.reach.ambassadorsSummary(rf.ambassadors.length),
          note: t.reach.ambassadorsNote,
          bars: shownBars(rf.ambassadors.slice(0, 20)),
          orientation: 'horizontal',
          columns: [t.name, t.reach.visits],
          rows: shownRows(rf.ambassadors),
        }),
      );
    }
    return out;
  }

  const sections: [keyof ReportStrings['sections'], string[]][] = [
    ['participation', participation],
    ['diversity', diversity],
    ['stories', stories],
    ['jobs', jobs],
    ['recognition', recognition],
    ['asks', asks],
    ['reach', reach],
  ];
  const title = `${t.title} — ${report.company}`;
  return `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${stylesheet(context.colours)}</style>
</head>
<body>
<header class="cover">
<h1>${e(t.title)}</h1>
<p class="subtitle">${e(t.subtitle(report.company, day(report.today)))}</p>
<p class="note">${e(t.sources(context.contentLabel, report.analytics))}</p>
${context.errors ? `<p class="callout warn">${e(t.contentErrors(context.errors))}</p>` : ''}
<nav aria-label="${e(t.contents)}"><h2>${e(t.contents)}</h2><ol>${sections.map(([id], i) => `<li><a href="#${id}">${e(t.sections[id])}</a></li>`).join('')}</ol></nav>
</header>
<main>
${sections.map(([id, parts], i) => `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${i + 1}. ${e(t.sections[id])}</h2>\n${parts.join('\n')}\n</section>`).join('\n')}
</main>
<footer><p>${e(t.footer)}</p></footer>
</body>
</html>
`;
}

/** The report's stylesheet: system fonts, brand colours, and a print layout with a page per section. */
function stylesheet(colours: ChartColours): string {
  return `:root{color-scheme:light;--text:${colours.text};--muted:#4b5260;--primary:${colours.primary};--secondary:${colours.secondary};--line:#d5d9e0;--raised:#f4f5f7}
*{box-sizing:border-box}
body{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
header.cover,main,footer{max-width:56rem;margin:0 auto;padding:0 1.25rem}
header.cover{padding-top:2rem;border-bottom:4px solid var(--primary)}
h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem;color:var(--primary)}
h2{font-size:1.5rem;margin:2.5rem 0 1rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:0 0 .25rem}
nav h2{font-size:1rem;border:0;margin:1rem 0 .25rem}
nav ol{margin:0 0 1.5rem;padding-left:1.25rem;columns:2}
a{color:var(--primary)}
a:focus-visible,summary:focus-visible{outline:3px solid var(--primary);outline-offset:2px}
.subtitle{font-size:1.15rem;margin:0 0 .5rem}
.note{color:var(--muted)}
.summary{margin:0 0 .5rem}
figure.chart{margin:1.5rem 0 2rem;padding:0;break-inside:avoid}
figure.chart svg{display:block;width:100%;height:auto;max-width:40rem}
.legend{list-style:none;display:flex;gap:1.25rem;margin:.25rem 0;padding:0;font-size:.9rem}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:-.1em;border:1px solid var(--primary)}
.swatch.primary{background:var(--primary)}.swatch.secondary{background:var(--secondary)}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--primary);font-weight:600}
table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem;max-width:100%}
th,td{text-align:left;padding:.25rem .75rem .25rem 0;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
@media (max-width:30rem){table{font-size:.8rem}th,td{padding-right:.35rem}}
tbody th{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums}
.callouts{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;margin:1rem 0}
.callout{border-left:6px solid var(--primary);background:var(--raised);padding:.75rem 1rem;margin:1rem 0;break-inside:avoid}
.callout.warn{border-left-color:var(--secondary);border-left-style:double;border-left-width:8px}
.callout ul{margin:.25rem 0 0;padding-left:1.25rem}
.callout p{margin:.25rem 0 0}
.ratio{border:2px solid var(--primary);padding:.75rem 1rem;margin:1rem 0;break-inside:avoid}
.ratio .big{font-size:1.3rem;font-weight:700;margin:0}
.ratio .formula{margin:.25rem 0 0;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem}
footer{margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
@media print{
  @page{margin:15mm}
  body{font-size:11pt}
  header.cover,main,footer{max-width:none;padding:0}
  main>section{break-before:page}
  h2,h3{break-after:avoid}
  nav a{color:var(--text);text-decoration:none}
  details>summary{display:none}
  figure.chart,.callout,.ratio,table{break-inside:avoid}
}`;
}
