/**
 * Reach from the Plausible Stats API v2 (`POST <base>/api/v2/query`, a Bearer key): visits per month by
 * source and UTM tags, and custom events per month by goal and link. Only aggregates are asked for;
 * utm_content (a person, on personal share pages) only when a per-ambassador breakdown is allowed.
 */
import { AnalyticsInputError } from './plausible-csv.ts';
import type { AnalyticsData, EventRow, VisitRow } from './reach.ts';

/** Plausible's own service; PLAUSIBLE_URL points elsewhere (a self-hosted instance). */
export const PLAUSIBLE_DEFAULT_URL = 'https://plausible.io';

/** Rows asked for per request; the API pages beyond it. */
const PAGE = 10_000;

/** What a query needs. */
export interface PlausibleQuery {
  /** The site's domain in Plausible. */
  siteId: string;
  /** A Stats API key. */
  apiKey: string;
  /** The instance, e.g. https://plausible.io. */
  baseUrl: string;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  byAmbassador: boolean;
  /** The fetch to use (the global one by default). */
  fetch?: typeof globalThis.fetch;
}

interface QueryResult {
  results: { dimensions: (string | null)[]; metrics: (number | null)[] }[];
}

/** Sends one query and pages through its results; an error answer becomes a readable AnalyticsInputError. */
async function query(q: PlausibleQuery, body: Record<string, unknown>): Promise<QueryResult['results']> {
  const doFetch = q.fetch ?? globalThis.fetch;
  const endpoint = `${q.baseUrl.replace(/\/+$/, '')}/api/v2/query`;
  const rows: QueryResult['results'] = [];
  for (let offset = 0; ; offset += PAGE) {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${q.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...body, site_id: q.siteId, date_range: [q.from, q.to], pagination: { limit: PAGE, offset } }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new AnalyticsInputError(`Plausible at ${q.baseUrl} could not be reached (${cause}). Check your connection, or PLAUSIBLE_URL for a self-hosted Plausible.`);
    }
    const text = await response.text();
    if (!response.ok) {
      let said = text.trim().slice(0, 300);
      try {
        said = String((JSON.parse(text) as { error?: unknown }).error ?? said);
      } catch {
        // not JSON: show the start of the answer
      }
      const hint =
        response.status === 401 || response.status === 403
          ? 'Check PLAUSIBLE_API_KEY: a Stats API key from your Plausible account settings (API keys), for an account that can see this site.'
          : response.status === 404
            ? `Check --plausible: the site's domain exactly as Plausible lists it${q.baseUrl === PLAUSIBLE_DEFAULT_URL ? '' : `, and PLAUSIBLE_URL (${q.baseUrl})`}.`
            : response.status === 429
              ? 'The key has used its hourly quota of requests; try again in an hour.'
              : 'Check the site id and the key, or use a CSV export with --analytics instead.';
      said = said.trim().replace(/\.+$/, '');
      throw new AnalyticsInputError(`Plausible answered ${response.status}${said ? `: ${said}` : ''}. ${hint}`);
    }
    let page: QueryResult;
    try {
      page = JSON.parse(text) as QueryResult;
      if (!Array.isArray(page.results)) throw new Error('no results');
    } catch {
      throw new AnalyticsInputError(`Plausible at ${q.baseUrl} answered with something that is not a Stats API v2 result. Check PLAUSIBLE_URL.`);
    }
    rows.push(...page.results);
    if (page.results.length < PAGE) return rows;
  }
}

const text = (value: string | null | undefined) => (value === null || value === undefined || value === '(none)' ? '' : String(value));
const month = (value: string | null | undefined) => text(value).slice(0, 7);

/** Visits and apply-relevant events of the period, summed per month. */
export async function fetchPlausible(q: PlausibleQuery): Promise<AnalyticsData> {
  const dimensions = ['time:month', 'visit:source', 'visit:utm_source', 'visit:utm_medium', 'visit:utm_campaign', ...(q.byAmbassador ? ['visit:utm_content'] : [])];
  const [visitRows, eventRows] = await Promise.all([
    query(q, { metrics: ['visits'], dimensions }),
    query(q, { metrics: ['events'], dimensions: ['time:month', 'event:goal', 'event:props:url'] }),
  ]);
  const visits: VisitRow[] = visitRows.map(({ dimensions: d, metrics: m }) => ({
    month: month(d[0]),
    source: text(d[1]),
    utmSource: text(d[2]),
    utmMedium: text(d[3]),
    utmCampaign: text(d[4]),
    ...(q.byAmbassador && text(d[5]) ? { utmContent: text(d[5]) } : {}),
    visits: Number(m[0] ?? 0),
  }));
  const events: EventRow[] = eventRows.map(({ dimensions: d, metrics: m }) => ({ month: month(d[0]), name: text(d[1]), url: text(d[2]), events: Number(m[0] ?? 0) }));
  return { visits, events };
}
