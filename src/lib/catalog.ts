/**
 * The publication rules of DESIGN §2–§5, in one place: given every entry and "today", decide what
 * is published and index it once, so that pages, feeds, cards and the sitemap all agree.
 */

/** An entry as any loader gives it: an id (the slug) and its parsed data. */
export interface Entry<D> {
  id: string;
  data: D;
}

/** What the rules need of an ambassador. */
export interface AmbassadorFacts {
  name: string;
  status: 'active' | 'paused' | 'withdrawn';
  consent?: { given: Date; wall: boolean; afterLeaving?: 'end' | 'keep' };
  themes: string[];
  /** The day the person left the company, if they did. */
  left?: Date;
}
/** What the rules need of a story. */
export interface StoryFacts {
  date: Date;
  draft: boolean;
  ambassadors: string[];
  themes: string[];
  jobs: string[];
  featured: boolean;
}
/** What the rules need of a job. */
export interface JobFacts {
  team: string;
  posted: Date;
  validThrough: Date;
  ambassadors: string[];
}
/** What the rules need of a thank-you. */
export interface RecognitionFacts {
  ambassadors: string[];
  date: Date;
}
/** What the rules need of a share post. */
export interface ShareFacts {
  themes: string[];
  story?: string;
  job?: string;
  url?: string;
  from: Date;
  until?: Date;
}

/** Where a job stands on a given day. */
export type JobState = 'scheduled' | 'open' | 'closed';

/** Whether the person has left the company by `today` (from the day in `left` on). */
export function hasLeft(a: Pick<AmbassadorFacts, 'left'>, today: Date): boolean {
  return a.left !== undefined && a.left.getTime() <= today.getTime();
}

/** Whether a person's thank-yous may be shown on the public wall, with their name (consent.wall). */
export function allowsWall(a: Pick<AmbassadorFacts, 'consent'>): boolean {
  return a.consent?.wall === true;
}

/**
 * Published: consent given on or before today, status active, and, for someone who has left,
 * consent recorded to last after leaving (`afterLeaving: keep`); otherwise leaving ends it, as a withdrawal does.
 */
export function isAmbassadorPublished(a: AmbassadorFacts, today: Date): boolean {
  return a.status === 'active' && a.consent !== undefined && a.consent.given.getTime() <= today.getTime() && (!hasLeft(a, today) || a.consent.afterLeaving === 'keep');
}

/** Scheduled before `posted`, open through the whole `validThrough` day, closed after it. */
export function getJobState(job: Pick<JobFacts, 'posted' | 'validThrough'>, today: Date): JobState {
  if (today.getTime() < job.posted.getTime()) return 'scheduled';
  return today.getTime() <= job.validThrough.getTime() ? 'open' : 'closed';
}

/** Inside the share window: from ≤ today ≤ until (open-ended without until). */
export function isShareInWindow(post: Pick<ShareFacts, 'from' | 'until'>, today: Date): boolean {
  return post.from.getTime() <= today.getTime() && (post.until === undefined || today.getTime() <= post.until.getTime());
}

/** Newest first by a date, then by id for a stable order. */
function byDateDesc<T extends Entry<unknown>>(date: (e: T) => Date) {
  return (a: T, b: T) => date(b).getTime() - date(a).getTime() || a.id.localeCompare(b.id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Everything a site is built from. */
export interface CatalogInput<A extends Entry<AmbassadorFacts>, S extends Entry<StoryFacts>, J extends Entry<JobFacts>, R extends Entry<RecognitionFacts>, P extends Entry<ShareFacts>> {
  ambassadors: A[];
  stories: S[];
  jobs: J[];
  recognition: R[];
  share: P[];
}

/** What is published today, indexed for every page. Lists are in display order. */
export interface Catalog<A extends Entry<AmbassadorFacts>, S extends Entry<StoryFacts>, J extends Entry<JobFacts>, R extends Entry<RecognitionFacts>, P extends Entry<ShareFacts>> {
  /** The build's day. */
  today: Date;
  /** Published ambassadors, by name. */
  ambassadors: A[];
  /** Published stories, newest first (a story needs at least one published ambassador). */
  stories: S[];
  /** Open jobs, newest first. */
  openJobs: J[];
  /** Closed jobs (their pages stay, marked closed). */
  closedJobs: J[];
  /** Thank-yous naming at least one published ambassador, newest first. */
  recognition: R[];
  /** Thank-yous for the public wall: those naming at least one published ambassador who opted in. */
  wall: R[];
  /** Share posts inside their window whose target is published, newest first. */
  share: P[];
  /** Entries not published, with the reason, for the checker's report. */
  unpublished: { collection: 'ambassadors' | 'stories' | 'jobs' | 'share'; id: string; reason: string }[];
  /** A published ambassador by id. */
  ambassador(id: string): A | undefined;
  /** A published story by id. */
  story(id: string): S | undefined;
  /** An open or closed job by id (scheduled jobs do not exist yet). */
  job(id: string): J | undefined;
  /** The published ambassadors among ids, in the given order. */
  ambassadorsOf(ids: readonly string[]): A[];
  /** The people among ids that candidates can ask about a job: published and still with the company, in the given order. */
  peopleToAsk(ids: readonly string[]): A[];
  /** The published stories among ids. */
  storiesOf(ids: readonly string[]): S[];
  /** The open jobs among ids. */
  openJobsOf(ids: readonly string[]): J[];
  /** Stories an ambassador tells. */
  storiesBy(ambassadorId: string): S[];
  /** Open jobs an ambassador can be asked about. */
  jobsAskable(ambassadorId: string): J[];
  /** Thank-yous an ambassador received. */
  recognitionFor(ambassadorId: string): R[];
  /** Published stories of a theme. */
  storiesOfTheme(themeId: string): S[];
  /** Active share posts of a theme. */
  shareOfTheme(themeId: string): P[];
  /** Open jobs of a theme: those its stories name and those its share posts link to, newest first. */
  openJobsOfTheme(themeId: string): J[];
  /** Active share posts for an ambassador's subscribed themes. */
  shareFor(ambassadorId: string): P[];
  /** Published ambassadors of a team. */
  ambassadorsOfTeam(teamId: string): A[];
  /** Open jobs of a team. */
  openJobsOfTeam(teamId: string): J[];
  /** Published stories told by someone of a team. */
  storiesOfTeam(teamId: string): S[];
}

/** Builds the catalog in one pass over each collection; every lookup afterwards is a map read. */
export function buildCatalog<A extends Entry<AmbassadorFacts & { team: string }>, S extends Entry<StoryFacts>, J extends Entry<JobFacts>, R extends Entry<RecognitionFacts>, P extends Entry<ShareFacts>>(
  input: CatalogInput<A, S, J, R, P>,
  today: Date,
): Catalog<A, S, J, R, P> {
  const unpublished: Catalog<A, S, J, R, P>['unpublished'] = [];
  const t = today.getTime();

  const ambassadors = input.ambassadors
    .filter((a) => {
      if (isAmbassadorPublished(a.data, today)) return true;
      const reason =
        a.data.status !== 'active'
          ? `status is ${a.data.status}`
          : !a.data.consent
            ? 'no consent recorded'
            : a.data.consent.given.getTime() > t
              ? 'consent is dated in the future'
              : `left on ${a.data.left!.toISOString().slice(0, 10)}, which ended their consent`;
      unpublished.push({ collection: 'ambassadors', id: a.id, reason });
      return false;
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id));
  const ambassadorById = new Map(ambassadors.map((a) => [a.id, a]));

  const stories = input.stories
    .filter((s) => {
      const reason = s.data.draft
        ? 'draft'
        : s.data.date.getTime() > t
          ? 'dated in the future'
          : !s.data.ambassadors.some((id) => ambassadorById.has(id))
            ? 'none of its ambassadors is published'
            : undefined;
      if (reason) unpublished.push({ collection: 'stories', id: s.id, reason });
      return !reason;
    })
    .sort(byDateDesc((s) => s.data.date));
  const storyById = new Map(stories.map((s) => [s.id, s]));

  const openJobs: J[] = [];
  const closedJobs: J[] = [];
  for (const job of input.jobs) {
    const state = getJobState(job.data, today);
    if (state === 'open') openJobs.push(job);
    else if (state === 'closed') closedJobs.push(job);
    else unpublished.push({ collection: 'jobs', id: job.id, reason: 'scheduled: posted in the future' });
  }
  openJobs.sort(byDateDesc((j) => j.data.posted));
  closedJobs.sort(byDateDesc((j) => j.data.validThrough));
  const jobById = new Map([...openJobs, ...closedJobs].map((j) => [j.id, j]));
  const openJobIds = new Set(openJobs.map((j) => j.id));

  const recognition = input.recognition
    .filter((r) => r.data.date.getTime() <= t && r.data.ambassadors.some((id) => ambassadorById.has(id)))
    .sort(byDateDesc((r) => r.data.date));
  const allowedOnWall = (id: string) => {
    const a = ambassadorById.get(id);
    return a !== undefined && allowsWall(a.data);
  };
  const wall = recognition.filter((r) => r.data.ambassadors.some(allowedOnWall));

  const share = input.share
    .filter((p) => {
      const reason = !isShareInWindow(p.data, today)
        ? 'outside its from/until window'
        : p.data.story !== undefined && !storyById.has(p.data.story)
          ? `its story "${p.data.story}" is not published`
          : p.data.job !== undefined && !openJobIds.has(p.data.job)
            ? `its job "${p.data.job}" is not open`
            : undefined;
      if (reason) unpublished.push({ collection: 'share', id: p.id, reason });
      return !reason;
    })
    .sort(byDateDesc((p) => p.data.from));

  const storiesByAmbassador = new Map<string, S[]>();
  const storiesByTheme = new Map<string, S[]>();
  const storiesByTeam = new Map<string, S[]>();
  for (const s of stories) {
    const teams = new Set<string>();
    for (const id of s.data.ambassadors) {
      const a = ambassadorById.get(id);
      if (!a) continue;
      push(storiesByAmbassador, id, s);
      teams.add(a.data.team);
    }
    for (const team of teams) push(storiesByTeam, team, s);
    for (const theme of s.data.themes) push(storiesByTheme, theme, s);
  }
  const jobsByAmbassador = new Map<string, J[]>();
  const jobsByTeam = new Map<string, J[]>();
  /** Published people who have not left: the ones to ask about jobs. */
  const askable = new Map(ambassadors.filter((a) => !hasLeft(a.data, today)).map((a) => [a.id, a]));
  for (const j of openJobs) {
    for (const id of j.data.ambassadors) if (askable.has(id)) push(jobsByAmbassador, id, j);
    push(jobsByTeam, j.data.team, j);
  }
  const recognitionByAmbassador = new Map<string, R[]>();
  for (const r of recognition) for (const id of r.data.ambassadors) if (ambassadorById.has(id)) push(recognitionByAmbassador, id, r);
  const shareByTheme = new Map<string, P[]>();
  for (const p of share) for (const theme of p.data.themes) push(shareByTheme, theme, p);
  const ambassadorsByTeam = new Map<string, A[]>();
  for (const a of ambassadors) push(ambassadorsByTeam, a.data.team, a);

  const pick = <T>(map: Map<string, T>, ids: readonly string[]) => ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : []));
  const openJobMap = new Map(openJobs.map((j) => [j.id, j]));

  return {
    today,
    ambassadors,
    stories,
    openJobs,
    closedJobs,
    recognition,
    wall,
    share,
    unpublished,
    ambassador: (id) => ambassadorById.get(id),
    story: (id) => storyById.get(id),
    job: (id) => jobById.get(id),
    ambassadorsOf: (ids) => pick(ambassadorById, ids),
    peopleToAsk: (ids) => pick(askable, ids),
    storiesOf: (ids) => pick(storyById, ids),
    openJobsOf: (ids) => pick(openJobMap, ids),
    storiesBy: (id) => storiesByAmbassador.get(id) ?? [],
    jobsAskable: (id) => jobsByAmbassador.get(id) ?? [],
    recognitionFor: (id) => recognitionByAmbassador.get(id) ?? [],
    storiesOfTheme: (id) => storiesByTheme.get(id) ?? [],
    shareOfTheme: (id) => shareByTheme.get(id) ?? [],
    openJobsOfTheme: (id) => {
      const named = new Set([...(storiesByTheme.get(id) ?? []).flatMap((s) => s.data.jobs), ...(shareByTheme.get(id) ?? []).flatMap((p) => (p.data.job ? [p.data.job] : []))]);
      return openJobs.filter((j) => named.has(j.id));
    },
    shareFor: (id) => {
      const themes = new Set(ambassadorById.get(id)?.data.themes ?? []);
      return share.filter((p) => p.data.themes.some((theme) => themes.has(theme)));
    },
    ambassadorsOfTeam: (id) => ambassadorsByTeam.get(id) ?? [],
    openJobsOfTeam: (id) => jobsByTeam.get(id) ?? [],
    storiesOfTeam: (id) => storiesByTeam.get(id) ?? [],
  };
}
