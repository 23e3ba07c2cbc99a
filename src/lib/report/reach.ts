/**
 * Reach from aggregate, cookie-less analytics (Plausible): visits brought by ambassadors' shares,
 * visits from the company's own channels, and apply clicks. Pure: the rows come from a CSV export
 * (plausible-csv.ts) or the Stats API (plausible-api.ts), already summed per month.
 *
 * Privacy: every count under 5 leaves this module as "< 5", never exactly, and there is no figure
 * per ambassador unless the caller allows it (the --by-ambassador flag with per-person tags on).
 */

/** Visits of one month for one combination of source and UTM tags. */
export interface VisitRow {
  /** "2026-03". */
  month: string;
  /** Plausible's source (from the referrer, else utm_source), e.g. "LinkedIn". */
  source: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  /** utm_content: on personal share pages the ambassador; read only when a per-ambassador breakdown is allowed. */
  utmContent?: string;
  visits: number;
}

/** Custom events (goals) of one month. */
export interface EventRow {
  month: string;
  /** The goal's name, e.g. "Outbound Link: Click" or "Apply". */
  name: string;
  /** The link clicked, for Plausible's outbound-link goal. */
  url: string;
  events: number;
}

/** What the analytics hold, summed per month. */
export interface AnalyticsData {
  visits: VisitRow[];
  /** Undefined when the data has no custom events at all. */
  events?: EventRow[];
}

/** A count as the report may show it: exact from 5 on, "< 5" below. */
export type Shown = number | '< 5';

/** Counts under this are never shown exactly. */
export const SMALL_COUNT = 5;

/** A count as the report may show it. */
export function suppress(count: number): Shown {
  return count < SMALL_COUNT ? '< 5' : count;
}

/** How company-channel visits are recognised. */
export type CompanyRule =
  /** Visits from the networks the company has accounts on (site.yaml `social`), not tagged with the ambassador medium. */
  | { kind: 'networks'; networks: string[] }
  /** Visits tagged with the company's own utm_medium. */
  | { kind: 'medium'; medium: string };

/** What reach needs besides the rows. */
export interface ReachOptions {
  /** The 12 months shown, oldest first ("2026-03"). */
  months: readonly string[];
  /** site.yaml utm.medium. */
  medium: string;
  company: CompanyRule;
  /** Whether the report may break visits down by ambassador. */
  byAmbassador: boolean;
  /** Titles of stories, jobs and share posts by id (the campaigns), and their kind. */
  campaigns: ReadonlyMap<string, { label: string; kind: 'story' | 'job' | 'share' }>;
  /** Published ambassadors' names by id (utm_content). */
  ambassadors: ReadonlyMap<string, string>;
  /** Jobs' apply links (URL or mailto:) → the job's title. */
  applyLinks: ReadonlyMap<string, string>;
  /** The custom goal that counts an apply click, besides Plausible's outbound-link goal on an apply link. */
  applyGoal: string;
}

/** A labelled count, suppressed. */
export interface ShownCount {
  id: string;
  label: string;
  count: Shown;
}

/** Every reach figure. */
export interface ReachFigures {
  /** Ambassador-driven and company-channel visits per month. */
  months: { month: string; ambassador: Shown; company: Shown }[];
  /** Over the 12 months. */
  totals: { ambassador: Shown; company: Shown };
  /** Ambassador-driven visits per company-channel visit, one decimal; absent when either total is under 5. */
  ratio?: number;
  /** How company-channel visits were recognised, for the formula printed beside the ratio. */
  company: CompanyRule;
  /** Ambassador-driven visits per network (utm_source), most first. */
  networks: ShownCount[];
  /** Per campaign (the story, job or share post shared), most first. */
  campaigns: (ShownCount & { kind: 'story' | 'job' | 'share' | 'other' })[];
  /** Per ambassador (utm_content), only when allowed. */
  ambassadors?: ShownCount[];
  /** Apply clicks, when the data has the goal. */
  apply?: { months: { month: string; count: Shown }[]; total: Shown; jobs: ShownCount[] };
}

/** Names Plausible and share links use for each network, lowercase: utm_source values, referrer sources and hosts. */
export const NETWORK_ALIASES: Record<string, readonly string[]> = {
  linkedin: ['linkedin', 'linkedin.com', 'www.linkedin.com', 'lnkd.in'],
  x: ['x', 'twitter', 'x.com', 'twitter.com', 't.co'],
  facebook: ['facebook', 'fb', 'facebook.com', 'm.facebook.com', 'l.facebook.com', 'www.facebook.com'],
  bluesky: ['bluesky', 'bsky', 'bsky.app'],
  mastodon: ['mastodon'],
  instagram: ['instagram', 'instagram.com', 'l.instagram.com', 'www.instagram.com'],
  youtube: ['youtube', 'youtube.com', 'www.youtube.com'],
  github: ['github', 'github.com'],
  whatsapp: ['whatsapp', 'whatsapp.com', 'wa.me'],
  email: ['email', 'e-mail', 'mail'],
};

/** The network id of a source or utm_source value, or undefined. */
export function networkOf(value: string, extraHosts: Readonly<Record<string, readonly string[]>> = {}): string | undefined {
  const v = value.trim().toLowerCase();
  for (const [network, aliases] of Object.entries(NETWORK_ALIASES)) {
    if (aliases.includes(v) || extraHosts[network]?.includes(v)) return network;
  }
  return undefined;
}

/** The company networks of site.yaml `social` and the hosts of their URLs (a Mastodon instance has its own). */
export function companyNetworks(social: Readonly<Record<string, string | undefined>>): { networks: string[]; hosts: Record<string, string[]> } {
  const networks: string[] = [];
  const hosts: Record<string, string[]> = {};
  for (const [network, url] of Object.entries(social)) {
    if (!url) continue;
    networks.push(network);
    try {
      hosts[network] = [new URL(url).hostname.toLowerCase()];
    } catch {
      // site.yaml's schema only lets URLs through
    }
  }
  return { networks, hosts };
}

function add(map: Map<string, number>, key: string, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

const mostFirst = (a: { raw: number; id: string }, b: { raw: number; id: string }) => b.raw - a.raw || a.id.localeCompare(b.id);

/** Computes the reach figures, every count suppressed under 5. `hosts` adds the company's own hosts per network (its Mastodon instance). */
export function computeReach(data: AnalyticsData, options: ReachOptions, hosts: Readonly<Record<string, readonly string[]>> = {}): ReachFigures {
  const monthSet = new Set(options.months);
  const medium = options.medium.trim().toLowerCase();
  const companyMedium = options.company.kind === 'medium' ? options.company.medium.trim().toLowerCase() : '';
  const companyNets = new Set(options.company.kind === 'networks' ? options.company.networks : []);
  const ambassadorMonths = new Map<string, number>();
  const companyMonths = new Map<string, number>();
  const networks = new Map<string, number>();
  const campaigns = new Map<string, number>();
  const people = new Map<string, number>();

  for (const row of data.visits) {
    if (!monthSet.has(row.month) || !(row.visits > 0)) continue;
    const rowMedium = row.utmMedium.trim().toLowerCase();
    if (rowMedium === medium) {
      add(ambassadorMonths, row.month, row.visits);
      add(networks, row.utmSource.trim().toLowerCase() || '(none)', row.visits);
      add(campaigns, row.utmCampaign.trim() || '(none)', row.visits);
      if (options.byAmbassador && row.utmContent?.trim()) add(people, row.utmContent.trim(), row.visits);
      continue;
    }
    const isCompany =
      options.company.kind === 'medium'
        ? rowMedium === companyMedium
        : [row.source, row.utmSource].some((value) => {
            const network = networkOf(value, hosts);
            return network !== undefined && companyNets.has(network);
          });
    if (isCompany) add(companyMonths, row.month, row.visits);
  }

  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  const ambassadorTotal = sum(ambassadorMonths);
  const companyTotal = sum(companyMonths);
  const shownList = (map: Map<string, number>, label: (id: string) => string) =>
    [...map]
      .map(([id, raw]) => ({ id, raw }))
      .sort(mostFirst)
      .map(({ id, raw }) => ({ id, label: label(id), count: suppress(raw) }));

  const figures: ReachFigures = {
    months: options.months.map((month) => ({ month, ambassador: suppress(ambassadorMonths.get(month) ?? 0), company: suppress(companyMonths.get(month) ?? 0) })),
    totals: { ambassador: suppress(ambassadorTotal), company: suppress(companyTotal) },
    ...(ambassadorTotal >= SMALL_COUNT && companyTotal >= SMALL_COUNT ? { ratio: Math.round((ambassadorTotal / companyTotal) * 10) / 10 } : {}),
    company: options.company,
    networks: shownList(networks, (id) => id),
    campaigns: shownList(campaigns, (id) => options.campaigns.get(id)?.label ?? id).map((c) => ({ ...c, kind: options.campaigns.get(c.id)?.kind ?? 'other' })),
  };
  if (options.byAmbassador) {
    // Only people the content knows as published ambassadors: a stray utm_content is nobody's figure.
    const known = new Map([...people].filter(([id]) => options.ambassadors.has(id)));
    figures.ambassadors = shownList(known, (id) => options.ambassadors.get(id)!);
  }

  if (data.events) {
    const goal = options.applyGoal.trim().toLowerCase();
    const applyMonths = new Map<string, number>();
    const perJob = new Map<string, number>();
    let seen = false;
    for (const row of data.events) {
      const name = row.name.trim().toLowerCase();
      const job = options.applyLinks.get(normaliseLink(row.url));
      const isApply = name === goal || (name === 'outbound link: click' && job !== undefined);
      if (!isApply) continue;
      seen = true;
      if (!monthSet.has(row.month)) continue;
      add(applyMonths, row.month, row.events);
      if (job) add(perJob, job, row.events);
    }
    if (seen) {
      figures.apply = {
        months: options.months.map((month) => ({ month, count: suppress(applyMonths.get(month) ?? 0) })),
        total: suppress(sum(applyMonths)),
        jobs: shownList(perJob, (id) => id),
      };
    }
  }
  return figures;
}

/** An apply link as analytics and content both write it: no trailing slash, lowercase scheme and host. */
export function normaliseLink(link: string): string {
  const trimmed = link.trim();
  if (/^[^\s@:]+@[^\s@]+$/.test(trimmed)) return `mailto:${trimmed.toLowerCase()}`;
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'mailto:') return `mailto:${url.pathname.toLowerCase()}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return trimmed;
  }
}
