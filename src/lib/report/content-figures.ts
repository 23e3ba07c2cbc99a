/**
 * The programme report's figures from the content folder alone (DESIGN §8 report): participation,
 * diversity coverage, stories, jobs, recognition and asks. Pure: the entries, the site settings and
 * "today" are arguments; "published" is decided by src/lib/catalog.ts, asks are counted by
 * src/lib/ask-cap.ts, exactly as the site and the checker do.
 */
import { countAsks } from '../ask-cap.ts';
import { buildCatalog } from '../catalog.ts';
import { isoDay, isoWeek } from '../dates.ts';
import { originalLanguage, resolveLanguages, textIn } from '../languages.ts';
import { EMPLOYMENT_TYPES } from '../../schemas/index.ts';
import type { LocalText } from '../../schemas/fields.ts';
import type { ValidEntries } from '../check/publication.ts';
import { daysInclusive, lastMonths, lastQuarters, median, monthKey, monthsBefore, quarterKey, weeksAround } from './calendar.ts';

/** Display text that may be one string or one per language, as site.yaml and themes.yaml allow. */
export type DisplayText = LocalText;

/** What the report needs of site.yaml. */
export interface ReportSite {
  /** The site's languages, the default first. */
  languages: readonly string[];
  /** The weekly ask cap. */
  askCap: number;
  /** Teams, with their optional headcount. */
  teams: readonly { id: string; name: DisplayText; headcount?: number }[];
  /** Locations, with their optional headcount. */
  locations: readonly { id: string; name: DisplayText; headcount?: number }[];
}

/** A translation file beside an entry: `stories/<slug>/index.<lang>.md`, `jobs/<slug>.<lang>.md` … */
export interface Translation {
  collection: keyof ValidEntries;
  id: string;
  lang: string;
}

/** Everything the content sections are computed from. */
export interface ContentInput {
  site: ReportSite;
  themes: readonly { id: string; label: DisplayText }[];
  entries: ValidEntries;
  translations: readonly Translation[];
  today: Date;
  /** The language of the report, for names from site.yaml and themes.yaml. */
  lang: string;
}

/** A labelled count. */
export interface Count {
  id: string;
  label: string;
  count: number;
}

/** A person named in the report (content is public: these are to-do lists for the comms team). */
export interface Person {
  id: string;
  name: string;
}

/** Ambassadors as a share of a team's or location's headcount. */
export interface HeadcountShare {
  id: string;
  label: string;
  ambassadors: number;
  headcount: number;
  /** ambassadors ÷ headcount, 0 to 1 (or more when the headcount is out of date). */
  share: number;
}

export interface ParticipationFigures {
  /** Ambassadors by where they stand: published, paused, withdrawn, and active without (current) consent. */
  status: { published: number; paused: number; withdrawn: number; awaitingConsent: number };
  /** Per quarter, the last 8: people whose consent starts then (joined) and whose `left` date falls then. */
  quarters: { quarter: string; joined: number; left: number }[];
  /** Paused or withdrawn people without a `left` date: they stepped back, but the content does not say when. */
  undatedStepBacks: number;
  /** Published ambassadors per team and location that give a headcount in site.yaml. */
  headcount: { teams: HeadcountShare[]; locations: HeadcountShare[] };
}

export interface DiversityFigures {
  /** Published ambassadors per team, every team of site.yaml. */
  teams: Count[];
  /** Per location, every location of site.yaml. */
  locations: Count[];
  /** Per employment type, every type. */
  employment: Count[];
  /** Per language they speak with candidates (one person counts in each of their languages). */
  languages: Count[];
  /** Teams and locations with no published ambassador. */
  missingTeams: Count[];
  missingLocations: Count[];
}

export interface StoryFigures {
  /** Published stories. */
  total: number;
  /** Published stories per month, the last 12 months. */
  months: { month: string; count: number }[];
  /** Published stories per theme, every theme. */
  themes: Count[];
  /** Published stories per language (the main file's `lang`, else the site's default). */
  languages: Count[];
  /** With more than one site language: how many published stories each language has, original or translated. */
  translation?: { lang: string; stories: number; translated: number; total: number }[];
  /** Published ambassadors who tell no published story. */
  silent: Person[];
}

export interface JobFigures {
  /** Open jobs. */
  open: number;
  /** Open jobs per team, every team. */
  perTeam: Count[];
  /** Open jobs that name no published ambassador to ask. */
  nobodyToAsk: { id: string; title: string; team: string }[];
  /** Closed jobs: how many days they were open (posted through validThrough), in buckets, and the median. */
  closed: { count: number; medianDays?: number; buckets: { bucket: string; count: number }[] };
  /** Open jobs: days since posting, median; days from posting to validThrough, median. */
  openAge: { medianDays?: number; medianPlannedDays?: number };
}

export interface RecognitionFigures {
  /** Published thank-yous in the last 12 months. */
  total: number;
  /** Published thank-yous per month, the last 12 months. */
  months: { month: string; count: number }[];
  /** Published ambassadors never thanked. */
  never: Person[];
  /** Published ambassadors whose last thank-you is more than 6 months old. */
  notRecently: (Person & { last: string })[];
}

export interface AskFigures {
  /** site.yaml askCap. */
  cap: number;
  /** The 8 weeks before this one, this one and the 7 after. */
  weeks: { week: string; when: 'past' | 'current' | 'next'; posts: number; asked: number; most: number; average: number; overCap: number }[];
  /** Every ambassador over the cap in one of those weeks. */
  overCap: { week: string; id: string; name: string; proposals: number; posts: string[] }[];
}

/** Every content figure of the report. */
export interface ContentFigures {
  today: string;
  participation: ParticipationFigures;
  diversity: DiversityFigures;
  stories: StoryFigures;
  jobs: JobFigures;
  recognition: RecognitionFigures;
  asks: AskFigures;
}

/** Closed jobs' open spans, in days. */
const DURATION_BUCKETS: { bucket: string; max: number }[] = [
  { bucket: '1–30', max: 30 },
  { bucket: '31–60', max: 60 },
  { bucket: '61–90', max: 90 },
  { bucket: '91–180', max: 180 },
  { bucket: '181+', max: Infinity },
];

function tally<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const byCountThenId = (a: Count, b: Count) => b.count - a.count || a.id.localeCompare(b.id);
const byName = (a: Person, b: Person) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Computes every content section of the report. */
export function computeContentFigures(input: ContentInput): ContentFigures {
  const { site, entries, today, lang } = input;
  const languages = resolveLanguages({ languages: site.languages });
  const text = (value: DisplayText | undefined) => textIn(value, lang, languages.defaultLang) ?? '';
  const catalog = buildCatalog(entries, today);
  const published = catalog.ambassadors;
  const person = (a: { id: string; data: { name: string } }): Person => ({ id: a.id, name: a.data.name });
  const months = lastMonths(today, 12);
  const monthSet = new Set(months);

  // Participation
  const status = { published: published.length, paused: 0, withdrawn: 0, awaitingConsent: 0 };
  for (const a of entries.ambassadors) {
    if (a.data.status === 'paused') status.paused++;
    else if (a.data.status === 'withdrawn') status.withdrawn++;
  }
  status.awaitingConsent = entries.ambassadors.length - status.published - status.paused - status.withdrawn;
  const quarters = lastQuarters(today, 8);
  const leftOf = (a: { data: object }) => {
    const left = (a.data as { left?: unknown }).left;
    return left instanceof Date && left.getTime() <= today.getTime() ? left : undefined;
  };
  const joined = tally(entries.ambassadors, (a) => (a.data.consent && a.data.consent.given.getTime() <= today.getTime() ? [quarterKey(a.data.consent.given)] : []));
  const left = tally(entries.ambassadors, (a) => {
    const date = leftOf(a);
    return date ? [quarterKey(date)] : [];
  });
  const undatedStepBacks = entries.ambassadors.filter((a) => a.data.status !== 'active' && !leftOf(a)).length;
  const publishedPerTeam = tally(published, (a) => [a.data.team]);
  const publishedPerLocation = tally(published, (a) => [a.data.location]);
  const shares = (list: ReportSite['teams'], counts: Map<string, number>): HeadcountShare[] =>
    list
      .filter((item) => item.headcount !== undefined)
      .map((item) => {
        const ambassadors = counts.get(item.id) ?? 0;
        return { id: item.id, label: text(item.name), ambassadors, headcount: item.headcount!, share: ambassadors / item.headcount! };
      });

  // Diversity
  const counted = (list: readonly { id: string; name: DisplayText }[], counts: Map<string, number>): Count[] => list.map((item) => ({ id: item.id, label: text(item.name), count: counts.get(item.id) ?? 0 }));
  const teams = counted(site.teams, publishedPerTeam);
  const locations = counted(site.locations, publishedPerLocation);
  const employmentCounts = tally(published, (a) => [a.data.employment]);
  const languageCounts = tally(published, (a) => [...new Set(a.data.languages)]);

  // Stories
  const stories = catalog.stories;
  // Counted by what the story says it is written in; for coverage, by the site language its pages are listed as.
  const storyLang = (s: (typeof stories)[number]) => s.data.lang ?? languages.defaultLang;
  const listedLang = (s: (typeof stories)[number]) => originalLanguage(s.data, languages);
  const storyMonths = tally(stories, (s) => [monthKey(s.data.date)]);
  const themeCounts = tally(stories, (s) => [...new Set(s.data.themes)]);
  const storyLangCounts = tally(stories, (s) => [storyLang(s)]);
  let translation: StoryFigures['translation'];
  if (languages.multilingual) {
    const publishedIds = new Set(stories.map((s) => s.id));
    const translatedInto = new Map<string, Set<string>>();
    for (const t of input.translations) {
      if (t.collection !== 'stories' || !publishedIds.has(t.id) || !languages.codes.includes(t.lang)) continue;
      const set = translatedInto.get(t.lang) ?? new Set<string>();
      set.add(t.id);
      translatedInto.set(t.lang, set);
    }
    translation = site.languages.map((code) => {
      const translated = translatedInto.get(code) ?? new Set<string>();
      const original = stories.filter((s) => listedLang(s) === code);
      return { lang: code, stories: original.length + [...translated].filter((id) => listedLang(catalog.story(id)!) !== code).length, translated: translated.size, total: stories.length };
    });
  }

  // Jobs
  const openPerTeam = tally(catalog.openJobs, (j) => [j.data.team]);
  const nobodyToAsk = catalog.openJobs
    .filter((j) => catalog.ambassadorsOf(j.data.ambassadors).length === 0)
    .map((j) => ({ id: j.id, title: j.data.title, team: text(site.teams.find((t) => t.id === j.data.team)?.name) || j.data.team }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const closedDays = catalog.closedJobs.map((j) => daysInclusive(j.data.posted, j.data.validThrough));
  const buckets = DURATION_BUCKETS.map(({ bucket }) => ({ bucket, count: 0 }));
  for (const days of closedDays) buckets[DURATION_BUCKETS.findIndex((b) => days <= b.max)]!.count++;
  const openDays = catalog.openJobs.map((j) => daysInclusive(j.data.posted, today));
  const plannedDays = catalog.openJobs.map((j) => daysInclusive(j.data.posted, j.data.validThrough));

  // Recognition
  const recent = catalog.recognition.filter((r) => monthSet.has(monthKey(r.data.date)));
  const recognitionMonths = tally(recent, (r) => [monthKey(r.data.date)]);
  const sixMonthsAgo = monthsBefore(today, 6).getTime();
  const never: Person[] = [];
  const notRecently: RecognitionFigures['notRecently'] = [];
  for (const a of published) {
    const last = catalog.recognitionFor(a.id)[0]; // newest first
    if (!last) never.push(person(a));
    else if (last.data.date.getTime() < sixMonthsAgo) notRecently.push({ ...person(a), last: isoDay(last.data.date) });
  }

  // Asks
  const weeks = weeksAround(today, 8, 7);
  const asks = countAsks(published, entries.share);
  const postsPerWeek = tally(entries.share, (p) => [isoWeek(p.data.from)]);
  const overCap: AskFigures['overCap'] = [];
  const weekFigures = weeks.map(({ week, when }) => {
    let asked = 0;
    let most = 0;
    let total = 0;
    let over = 0;
    for (const a of published) {
      const ids = asks.get(a.id)?.get(week);
      if (!ids?.length) continue;
      asked++;
      total += ids.length;
      most = Math.max(most, ids.length);
      if (ids.length > site.askCap) {
        over++;
        overCap.push({ week, id: a.id, name: a.data.name, proposals: ids.length, posts: [...ids] });
      }
    }
    return { week, when, posts: postsPerWeek.get(week) ?? 0, asked, most, average: published.length ? Math.round((total / published.length) * 100) / 100 : 0, overCap: over };
  });
  overCap.sort((a, b) => a.week.localeCompare(b.week) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

  return {
    today: isoDay(today),
    participation: {
      status,
      quarters: quarters.map((quarter) => ({ quarter, joined: joined.get(quarter) ?? 0, left: left.get(quarter) ?? 0 })),
      undatedStepBacks,
      headcount: { teams: shares(site.teams, publishedPerTeam), locations: shares(site.locations, publishedPerLocation) },
    },
    diversity: {
      teams,
      locations,
      employment: EMPLOYMENT_TYPES.map((type) => ({ id: type, label: type, count: employmentCounts.get(type) ?? 0 })),
      languages: [...languageCounts].map(([id, count]) => ({ id, label: id, count })).sort(byCountThenId),
      missingTeams: teams.filter((t) => t.count === 0),
      missingLocations: locations.filter((l) => l.count === 0),
    },
    stories: {
      total: stories.length,
      months: months.map((month) => ({ month, count: storyMonths.get(month) ?? 0 })),
      themes: input.themes.map((t) => ({ id: t.id, label: text(t.label), count: themeCounts.get(t.id) ?? 0 })),
      languages: [...storyLangCounts].map(([id, count]) => ({ id, label: id, count })).sort(byCountThenId),
      ...(translation ? { translation } : {}),
      silent: published.filter((a) => catalog.storiesBy(a.id).length === 0).map(person).sort(byName),
    },
    jobs: {
      open: catalog.openJobs.length,
      perTeam: counted(site.teams, openPerTeam),
      nobodyToAsk,
      closed: { count: closedDays.length, ...optional('medianDays', median(closedDays)), buckets },
      openAge: { ...optional('medianDays', median(openDays)), ...optional('medianPlannedDays', median(plannedDays)) },
    },
    recognition: {
      total: recent.length,
      months: months.map((month) => ({ month, count: recognitionMonths.get(month) ?? 0 })),
      never: never.sort(byName),
      notRecently: notRecently.sort(byName),
    },
    asks: { cap: site.askCap, weeks: weekFigures, overCap },
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
