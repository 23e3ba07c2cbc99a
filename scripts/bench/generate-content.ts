/**
 * The benchmark's content generator, pure: (size, seed, today) → every file of a content folder, as
 * text or as a reference to a generated picture. Size N means N entries: about 40% ambassadors, 30%
 * stories, 10% jobs, 10% thank-yous and 10% share posts, plus site.yaml, themes.yaml and a logo.
 * References are always valid, statuses are mixed like a real program, and share windows keep every
 * ambassador under the weekly ask cap.
 */
import { parse, stringify } from 'yaml';
import { createRandom, type Random } from './random.ts';
import { drawCover, drawLogo, drawPortrait } from './images.ts';
import { COMPANIES, FIRST_NAMES, HOBBIES, LAST_NAMES, LOCATIONS, PLACES, PRONOUNS, TEAMS, THEMES, type TeamTemplate } from './words.ts';
import { LIMITS } from '../../src/schemas/limits.ts';
import {
  clipWords,
  pickHashtags,
  writeBio,
  writeJobBody,
  writeQuote,
  writeRecognitionBody,
  writeRecognitionTitle,
  writeShareVariants,
  writeStoryBody,
  writeStoryTitle,
  writeSummary,
  type TextContext,
} from './text.ts';

/** The fixed "today" of benchmark content (a Wednesday); builds get it as VAANDEL_NOW. */
export const BENCH_TODAY = '2026-03-04';
/** The weekly ask cap written to site.yaml. */
export const BENCH_ASK_CAP = 3;
/** The smallest size the generator accepts (every collection needs at least one entry). */
export const MIN_BENCH_SIZE = 10;

/** What to generate. */
export interface GenerateOptions {
  /** Number of content entries (ambassadors + stories + jobs + thank-yous + share posts). */
  size: number;
  /** Seed of the pseudo-random generator; the same seed gives the same files. */
  seed: number;
  /** "Today" as YYYY-MM-DD; dates are placed around it. Default BENCH_TODAY. */
  today?: string;
}

/** A distinct generated picture, written once and copied to every file that uses it. */
export interface ImageSource {
  /** The picture as SVG. */
  svg: string;
  /** The file format it is written in. */
  format: 'jpeg';
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** A file of the content folder: text, or a generated picture (tagged so that each copy's bytes differ). */
export type GeneratedFile = { path: string; text: string } | { path: string; image: string; tag: string };

/** How many entries of each kind were generated, and what they publish on "today". */
export interface GeneratedCounts {
  /** Ambassador profiles. */
  ambassadors: number;
  /** Stories. */
  stories: number;
  /** Jobs. */
  jobs: number;
  /** Thank-yous. */
  recognition: number;
  /** Share posts. */
  share: number;
  /** Ambassadors with status active and consent given. */
  publishedAmbassadors: number;
  /** Stories neither draft nor future-dated, with a published ambassador. */
  publishedStories: number;
  /** Jobs whose window contains today. */
  openJobs: number;
  /** Jobs past their validThrough date (their pages stay). */
  closedJobs: number;
  /** Share posts inside their window today. */
  liveShare: number;
  /** Translation files (with --languages). */
  translations?: number;
  /** Teams in site.yaml. */
  teams: number;
  /** Themes in themes.yaml. */
  themes: number;
}

/** The ids of what is published on "today", for tests and expected page counts. */
export interface PublishedIds {
  /** Published ambassadors. */
  ambassadors: string[];
  /** Ambassadors not published (paused, withdrawn or without consent). */
  hiddenAmbassadors: string[];
  /** Published stories. */
  stories: string[];
  /** Stories not published (drafts, future-dated, or told only by hidden ambassadors). */
  hiddenStories: string[];
  /** Open jobs. */
  openJobs: string[];
  /** Closed jobs (their pages stay). */
  closedJobs: string[];
  /** Jobs posted in the future. */
  scheduledJobs: string[];
}

/** A generated content folder. */
export interface GeneratedContent {
  /** Every file, paths relative to the content folder with forward slashes, in a stable order. */
  files: GeneratedFile[];
  /** The distinct pictures, by key. */
  images: Record<string, ImageSource>;
  /** Entry counts. */
  counts: GeneratedCounts;
  /** What is published on "today". */
  published: PublishedIds;
  /** A published story's file that no live share post links to, for the "one change" build: a cheap edit. */
  editableStory: string;
  /**
   * The file of the published story that the most live share posts link to, for the "fan-out"
   * build: its title is on the personal share page of everyone who follows those posts' themes.
   * Empty when no live share post links to a story.
   */
  fanOutStory: string;
  /**
   * The profile of the published ambassador who tells the most published stories, for the "rename"
   * build: an entry many pages repeat (their profile, every card of their stories, listings, the
   * pages of their team).
   */
  busiestAmbassador: string;
  /** The id of the theme the most published stories have, for the "theme" build: its label is on each of their pages. */
  busiestTheme: string;
  /** The "today" the content was generated for. */
  today: string;
}

const DAY = 86_400_000;
const PORTRAIT_POOL = 48;
const COVER_POOL = 32;
const PORTRAIT_SIZE = 640;
const COVER_SIZE = { width: 1600, height: 900 } as const;

/** The URL-safe, ASCII slug of a name: "Zoë Van den Broeck" → "zoe-van-den-broeck". */
export function slugify(text: string): string {
  const special: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', đ: 'd', å: 'a' };
  return text
    .toLowerCase()
    .replace(/[łøæœßıđå]/g, (c) => special[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut at a word boundary to at most `max` characters. */
function shortSlug(text: string, max = 60): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max);
}

/** Hands out unique ids: the second "sofie-peeters" becomes "sofie-peeters-2". */
function createIdPool() {
  const used = new Set<string>();
  return (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** A Markdown file with YAML front matter. */
function markdownFile(data: Record<string, unknown>, body: string): string {
  const front = `---\n${stringify(data, { lineWidth: 0 })}---\n`;
  return body.trim() ? `${front}\n${body.trim()}\n` : front;
}

/** Drops undefined values so that YAML gets only the fields that are set. */
function compact<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Lower-cases the first letter of a role after an adjective, keeping acronyms ("UX designer"). */
function afterAdjective(role: string): string {
  return /^[A-Z][a-z]/.test(role) ? role[0]!.toLowerCase() + role.slice(1) : role;
}

/** How many entries of each collection a size gives: 40/30/10/10/10. */
export function splitSize(size: number): { ambassadors: number; stories: number; jobs: number; recognition: number; share: number } {
  if (!Number.isInteger(size) || size < MIN_BENCH_SIZE) throw new Error(`size must be a whole number of at least ${MIN_BENCH_SIZE}, got ${size}`);
  const ambassadors = Math.round(size * 0.4);
  const stories = Math.round(size * 0.3);
  const jobs = Math.round(size * 0.1);
  const recognition = Math.round(size * 0.1);
  return { ambassadors, stories, jobs, recognition, share: size - ambassadors - stories - jobs - recognition };
}

interface Person {
  id: string;
  first: string;
  name: string;
  team: TeamTemplate;
  city: string;
  role: string;
  years: number;
  published: boolean;
  themes: string[];
}

interface JobInfo {
  id: string;
  title: string;
  team: TeamTemplate;
  state: 'open' | 'closed' | 'scheduled';
}

interface StoryInfo {
  id: string;
  title: string;
  published: boolean;
  /** Who tells it, by id. */
  ambassadors: string[];
  themes: string[];
  /** Its file in the content folder. */
  file: string;
}

/** Generates a content folder of `size` entries from `seed`. */
export function generateContent(options: GenerateOptions): GeneratedContent {
  const split = splitSize(options.size);
  const todayIso = options.today ?? BENCH_TODAY;
  const today = new Date(`${todayIso}T00:00:00Z`);
  if (Number.isNaN(today.getTime())) throw new Error(`today must be a date written as YYYY-MM-DD, got "${todayIso}"`);
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  const root = createRandom(options.seed);
  const files: GeneratedFile[] = [];
  const images: Record<string, ImageSource> = {};
  const useImage = (key: string, draw: () => ImageSource) => {
    images[key] ??= draw();
    return key;
  };
  const portrait = (rng: Random) => {
    const k = rng.int(0, PORTRAIT_POOL - 1);
    return useImage(`portrait-${k}`, () => ({ svg: drawPortrait(root.fork(`portrait:${k}`), PORTRAIT_SIZE), format: 'jpeg', width: PORTRAIT_SIZE, height: PORTRAIT_SIZE }));
  };
  const cover = (rng: Random) => {
    const k = rng.int(0, COVER_POOL - 1);
    return useImage(`cover-${k}`, () => ({ svg: drawCover(root.fork(`cover:${k}`), COVER_SIZE.width, COVER_SIZE.height), format: 'jpeg', ...COVER_SIZE }));
  };

  // site.yaml and themes.yaml: more teams and offices as the company grows.
  const siteRng = root.fork('site');
  const company = siteRng.pick(COMPANIES);
  const domain = `${slugify(company.name).replace(/-/g, '')}.example`;
  const teamCount = Math.min(TEAMS.length, Math.max(6, Math.round(Math.sqrt(options.size) / 3)));
  const teams = TEAMS.slice(0, teamCount);
  const locations = LOCATIONS.slice(0, Math.min(LOCATIONS.length, 4 + Math.floor(Math.log10(options.size))));
  const teamWeights = teams.map((t, i) => [t, 1 / (1 + i * 0.2)] as const);
  const locationWeights = locations.map((l, i) => [l, 1 / (1 + i * 0.5)] as const);
  files.push({ path: 'logo.svg', text: drawLogo(company.primary, company.accent) });
  files.push({
    path: 'site.yaml',
    text:
      `# Generated by \`npm run bench\` (seed ${options.seed}, size ${options.size}): a fictional company.\n` +
      stringify(
        {
          name: company.name,
          url: `https://careers.${domain}`,
          lang: 'en',
          tagline: `Meet the people of ${company.name}, in their own words.`,
          description: clipWords(`${company.name} ${company.business}. ${options.size > 1000 ? 'Thousands of' : 'Hundreds of'} colleagues in ${locations.map((l) => l.name).join(', ')}, working in Dutch, French, German and English.`, LIMITS.site.description.max),
          logo: './logo.svg',
          logoAlt: company.name,
          colors: { primary: company.primary, accent: company.accent },
          social: {
            linkedin: `https://www.linkedin.com/company/${slugify(company.name)}`,
            mastodon: `https://mastodon.social/@${slugify(company.name).replace(/-/g, '')}`,
            bluesky: `https://bsky.app/profile/${domain}`,
            instagram: `https://www.instagram.com/${slugify(company.name).replace(/-/g, '')}`,
          },
          teams: teams.map((t) => ({ id: t.id, name: t.name, description: t.description })),
          locations: locations.map((l) => ({ id: l.id, name: l.name, address: compact({ street: l.street, postalCode: l.postalCode, city: l.city, region: l.region, country: l.country }) })),
          comms: ['comms-lead', 'careers-editor'],
          askCap: BENCH_ASK_CAP,
          utm: { medium: 'ambassador' },
          mastodonInstance: 'mastodon.social',
        },
        { lineWidth: 0 },
      ),
  });
  files.push({ path: 'themes.yaml', text: stringify(THEMES.map((t) => ({ ...t })), { lineWidth: 0 }) });

  // Ambassadors.
  const ambassadorIds = createIdPool();
  const handles = createIdPool();
  const people: Person[] = [];
  const allFirstNames = [...FIRST_NAMES.nl, ...FIRST_NAMES.fr, ...FIRST_NAMES.en, ...FIRST_NAMES.de];
  const textContext = (rng: Random, p: Omit<Person, 'id' | 'published' | 'themes'>): TextContext => ({
    first: p.first,
    name: p.name,
    role: afterAdjective(p.role),
    team: p.team.name,
    city: p.city,
    company: company.name,
    topic: rng.pick(p.team.topics),
    colleague: rng.pick(allFirstNames),
    years: p.years,
    hobby: rng.pick(HOBBIES),
    place: rng.pick(PLACES),
  });
  for (let i = 0; i < split.ambassadors; i++) {
    const rng = root.fork(`ambassador:${i}`);
    const group = rng.weighted([['nl', 45], ['fr', 30], ['en', 18], ['de', 7]] as const);
    const first = rng.pick(FIRST_NAMES[group]);
    const last = rng.pick(LAST_NAMES[rng.chance(0.85) ? group : rng.pick(['nl', 'fr', 'en', 'de'] as const)]);
    const name = `${first} ${last}`;
    const id = ambassadorIds(slugify(name));
    const team = rng.weighted(teamWeights);
    const location = rng.weighted(locationWeights);
    const employment = rng.weighted([['employee', 78], ['intern', 6], ['freelancer', 7], ['retiree', 4], ['alumni', 5]] as const);
    const seniority = employment === 'intern' ? 'junior' : rng.weighted([['junior', 20], ['medior', 30], ['senior', 28], ['lead', 10], ['executive', 2], [undefined, 10]] as const);
    const sinceDays = employment === 'intern' ? rng.int(20, 300) : employment === 'retiree' ? rng.int(15 * 365, 38 * 365) : rng.int(30, 25 * 365);
    const role = seniority === 'senior' || seniority === 'lead' ? `${seniority === 'lead' ? 'Lead' : 'Senior'} ${afterAdjective(rng.pick(team.roles))}` : rng.pick(team.roles);
    const languages = {
      nl: ['nl', ...(rng.chance(0.8) ? ['en'] : []), ...(rng.chance(0.4) ? ['fr'] : [])],
      fr: ['fr', ...(rng.chance(0.7) ? ['en'] : []), ...(rng.chance(0.3) ? ['nl'] : [])],
      en: ['en', ...(rng.chance(0.3) ? [rng.pick(['nl', 'fr'])] : [])],
      de: ['de', rng.pick(['fr', 'nl']), ...(rng.chance(0.6) ? ['en'] : [])],
    }[group];
    const status = rng.weighted([['active', 92], ['paused', 5], ['withdrawn', 3]] as const);
    const hasConsent = status !== 'active' || rng.chance(0.99);
    const themes = rng.sample(
      THEMES.map((t) => t.id),
      rng.weighted([[0, 10], [1, 40], [2, 35], [BENCH_ASK_CAP, 15]] as const),
    );
    const person: Person = { id, first, name, team, city: location.name, role, years: Math.max(1, Math.round(sinceDays / 365)), published: status === 'active' && hasConsent, themes };
    const ctx = textContext(rng, person);
    const handle = handles(slugify(name).replace(/-/g, '').slice(0, 30) || `colleague${i}`);
    const hasPhoto = rng.chance(0.85);
    const instance = rng.pick(['mastodon.social', 'mastodon.online', 'hachyderm.io', 'mas.to']);
    const links = compact({
      linkedin: rng.chance(0.8) ? `https://www.linkedin.com/in/${handle}` : undefined,
      mastodon: rng.chance(0.15) ? `https://${instance}/@${handle}` : undefined,
      bluesky: rng.chance(0.2) ? `https://bsky.app/profile/${handle}.bsky.social` : undefined,
      github: rng.chance(0.25) ? `https://github.com/${handle}` : undefined,
      website: rng.chance(0.1) ? `https://${handle}.example` : undefined,
    });
    const given = Math.max(-sinceDays, -rng.int(1, 900));
    const data = compact({
      name,
      pronouns: rng.chance(0.25) ? rng.pick(PRONOUNS) : undefined,
      role,
      team: team.id,
      location: location.id,
      employment,
      seniority,
      since: day(-sinceDays),
      languages,
      photo: hasPhoto ? './photo.jpg' : undefined,
      photoAlt: hasPhoto ? `${first}, ${afterAdjective(role)} in ${team.name}, smiling in front of a plain background` : undefined,
      quote: rng.chance(0.8) ? writeQuote(rng, ctx) : undefined,
      themes,
      github: handle,
      links,
      consent: hasConsent ? { given: day(given), wall: rng.chance(0.9) } : undefined,
      status,
    });
    files.push({ path: `ambassadors/${id}/index.md`, text: markdownFile(data, writeBio(rng, ctx)) });
    if (hasPhoto) files.push({ path: `ambassadors/${id}/photo.jpg`, image: portrait(rng), tag: `ambassador:${id}` });
    people.push(person);
  }
  const published = people.filter((p) => p.published);
  const unpublished = people.filter((p) => !p.published);
  const publishedByTeam = new Map<string, Person[]>();
  for (const p of published) publishedByTeam.set(p.team.id, [...(publishedByTeam.get(p.team.id) ?? []), p]);
  const pickPublished = (rng: Random, team?: string) => {
    const same = team ? publishedByTeam.get(team) : undefined;
    return same && same.length > 0 && rng.chance(0.8) ? rng.pick(same) : rng.pick(published.length > 0 ? published : people);
  };

  // Jobs.
  const jobIds = createIdPool();
  const jobs: JobInfo[] = [];
  for (let i = 0; i < split.jobs; i++) {
    const rng = root.fork(`job:${i}`);
    const team = rng.weighted(teamWeights);
    const employmentType = rng.weighted([['full-time', 75], ['part-time', 8], ['contract', 6], ['temporary', 4], ['internship', 7]] as const);
    const level = employmentType === 'internship' ? '' : rng.weighted([['', 50], ['Senior ', 25], ['Junior ', 15], ['Lead ', 10]] as const);
    const baseRole = rng.pick(team.roles);
    const title = employmentType === 'internship' ? `${baseRole} (internship)` : level ? `${level}${afterAdjective(baseRole)}` : baseRole;
    const locs = rng.sample(locations, rng.chance(0.8) ? 1 : 2);
    const id = jobIds(shortSlug(`${title} ${locs[0]!.name}`));
    const workMode = rng.weighted([['hybrid', 55], ['onsite', 30], ['remote', 15]] as const);
    const state = rng.weighted([['open', 78], ['closed', 15], ['scheduled', 7]] as const);
    let posted: number;
    let validThrough: number;
    if (state === 'open') {
      posted = -rng.int(0, 60);
      validThrough = rng.int(7, 90);
    } else if (state === 'closed') {
      validThrough = -rng.int(1, 200);
      posted = validThrough - rng.int(30, 90);
    } else {
      posted = rng.int(1, 21);
      validThrough = posted + rng.int(30, 90);
    }
    const base = employmentType === 'internship' ? 1100 : { '': 48_000, 'Junior ': 38_000, 'Senior ': 62_000, 'Lead ': 75_000 }[level] + rng.int(0, 12) * 1000;
    const applyUrl = rng.chance(0.7);
    const contacts = rng.chance(0.9) ? [...new Set(Array.from({ length: rng.int(1, 3) }, () => pickPublished(rng, team.id).id))] : [];
    const ctx = textContext(rng, { first: '', name: company.name, role: afterAdjective(baseRole), team, city: locs[0]!.name, years: 0 });
    const data = compact({
      title,
      team: team.id,
      locations: locs.map((l) => l.id),
      workMode,
      remoteCountries: workMode === 'remote' ? ['BE', ...rng.sample(['NL', 'LU', 'FR', 'DE'], rng.int(0, 3))] : undefined,
      employmentType,
      posted: day(posted),
      validThrough: day(validThrough),
      salary: rng.chance(0.5) ? { min: base, max: Math.round((base * (1.1 + rng.int(0, 20) / 100)) / 100) * 100, currency: 'EUR', unit: employmentType === 'internship' ? 'month' : 'year' } : undefined,
      apply: applyUrl ? `https://jobs.${domain}/apply/${id}` : `jobs@${domain}`,
      directApply: applyUrl && rng.chance(0.3) ? true : undefined,
      ambassadors: contacts,
    });
    files.push({ path: `jobs/${id}.md`, text: markdownFile(data, writeJobBody(rng, ctx)) });
    jobs.push({ id, title, team, state });
  }
  const openJobs = jobs.filter((j) => j.state === 'open');
  const listedJobs = jobs.filter((j) => j.state !== 'scheduled');

  // Stories.
  const storyIds = createIdPool();
  const stories: StoryInfo[] = [];
  let featured = 0;
  for (let i = 0; i < split.stories; i++) {
    const rng = root.fork(`story:${i}`);
    const teller = rng.chance(0.97) || unpublished.length === 0 ? pickPublished(rng) : rng.pick(unpublished);
    const others = rng.chance(0.15) ? Array.from({ length: rng.int(1, 2) }, () => pickPublished(rng, teller.team.id)).filter((p) => p.id !== teller.id) : [];
    const lang = rng.weighted([['en', 85], ['nl', 9], ['fr', 6]] as const);
    const ctx = textContext(rng, teller);
    const title = writeStoryTitle(rng, ctx, lang);
    const id = storyIds(shortSlug(title));
    const status = rng.weighted([['past', 95], ['draft', 3], ['future', 2]] as const);
    const date = status === 'future' ? rng.int(1, 30) : -rng.int(1, 3 * 365);
    const isPublished = status === 'past' && (teller.published || others.some((o) => o.published));
    const hasCover = rng.chance(0.85);
    const teamJobs = openJobs.filter((j) => j.team.id === teller.team.id);
    const related = rng.chance(0.6) && listedJobs.length > 0 ? [...new Set(Array.from({ length: rng.int(1, 2) }, () => rng.pick(teamJobs.length > 0 && rng.chance(0.8) ? teamJobs : listedJobs).id))] : [];
    const isFeatured = isPublished && featured < 6 && rng.chance(0.1);
    if (isFeatured) featured++;
    const data = compact({
      title,
      summary: writeSummary(rng, ctx),
      date: day(date),
      updated: status === 'past' && rng.chance(0.1) ? day(date + rng.int(0, -date)) : undefined,
      ambassadors: [teller.id, ...new Set(others.map((o) => o.id))],
      themes: rng.sample(THEMES.map((t) => t.id), rng.int(1, 2)),
      cover: hasCover ? './cover.jpg' : undefined,
      coverAlt: hasCover ? rng.pick(['Rolling hills under a wide evening sky', 'A city skyline at dawn', 'Fields and low hills in soft light', 'Rooftops against a pastel sky']) : undefined,
      video: rng.chance(0.05) ? `https://www.youtube.com/watch?v=${Array.from({ length: 11 }, () => rng.pick([...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'])).join('')}` : undefined,
      jobs: related,
      share: compact({ text: rng.chance(0.6) ? writeShareVariants(rng, ctx, title)[0] : undefined, hashtags: pickHashtags(rng, slugify(company.name).replace(/-/g, '')) }),
      lang: lang === 'en' ? undefined : lang,
      draft: status === 'draft' ? true : undefined,
      featured: isFeatured ? true : undefined,
    });
    const file = `stories/${id}/index.${rng.chance(0.1) ? 'mdx' : 'md'}`;
    files.push({ path: file, text: markdownFile(data, writeStoryBody(rng, ctx, lang)) });
    if (hasCover) files.push({ path: `stories/${id}/cover.jpg`, image: cover(rng), tag: `story:${id}` });
    stories.push({ id, title, published: isPublished, file, ambassadors: data.ambassadors as string[], themes: data.themes as string[] });
  }
  const publishedStories = stories.filter((s) => s.published);

  // Thank-yous.
  const recognitionIds = createIdPool();
  for (let i = 0; i < split.recognition; i++) {
    const rng = root.fork(`recognition:${i}`);
    const thanked = [...new Set(Array.from({ length: rng.weighted([[1, 80], [2, 15], [3, 5]] as const) }, () => (rng.chance(0.95) ? pickPublished(rng) : rng.pick(people)).id))];
    const main = people.find((p) => p.id === thanked[0])!;
    const ctx = textContext(rng, main);
    const date = day(-rng.int(0, 2 * 365));
    const title = writeRecognitionTitle(rng, ctx);
    const id = recognitionIds(`${date}-${shortSlug(title, 40)}`);
    const giver = pickPublished(rng);
    const data = {
      ambassadors: thanked,
      date,
      title,
      kind: rng.weighted([['thanks', 60], ['milestone', 20], ['award', 10], ['event', 10]] as const),
      from: rng.weighted([['The comms team', 3], [giver.name, 5], [`The ${main.team.name} team`, 2]] as const),
    };
    files.push({ path: `recognition/${id}.md`, text: markdownFile(data, writeRecognitionBody(rng, ctx)) });
  }

  // Share posts: each theme holds at most one post per ISO week, and an ambassador follows at most
  // BENCH_ASK_CAP themes, so nobody is asked more than the cap in any week.
  const shareIds = createIdPool();
  const thisMonday = -((today.getUTCDay() + 6) % 7);
  const taken = new Map<string, Set<number>>(THEMES.map((t) => [t.id, new Set<number>()]));
  const span = Math.max(6, Math.ceil((split.share * 1.3 * 1.5) / THEMES.length / 0.8));
  const firstWeek = -Math.round(span * 0.8);
  let liveShare = 0;
  /** Live share posts per story they link to. */
  const liveLinks = new Map<string, number>();
  for (let i = 0; i < split.share; i++) {
    const rng = root.fork(`share:${i}`);
    const themes = rng.sample(THEMES.map((t) => t.id), rng.chance(0.7) ? 1 : 2);
    const weeks = rng.chance(0.6) ? 1 : 2;
    const wanted = firstWeek + Math.floor((i * span) / split.share) + rng.int(-1, 1);
    const fits = (w: number) => themes.every((t) => Array.from({ length: weeks }, (_, k) => w + k).every((week) => !taken.get(t)!.has(week)));
    let start = wanted;
    for (let step = 1; !fits(start); step++) start = wanted + (step % 2 === 1 ? (step + 1) / 2 : -step / 2);
    for (const t of themes) for (let k = 0; k < weeks; k++) taken.get(t)!.add(start + k);
    const from = thisMonday + start * 7;
    const until = from + weeks * 7 - 1;
    const live = from <= 0 && until >= 0;
    if (live) liveShare++;
    const current = until >= 0;
    // The first live post links to a story, so that every size has a fan-out edit to measure.
    const drawn = rng.weighted([['story', 55], ['job', 25], ['url', 20]] as const);
    const target = live && liveLinks.size === 0 ? 'story' : drawn;
    const jobPool = current ? openJobs : listedJobs;
    const author = pickPublished(rng);
    const ctx = textContext(rng, author);
    let title: string;
    let link: { story?: string; job?: string; url?: string };
    if (target === 'story' && publishedStories.length > 0) {
      const story = rng.pick(publishedStories);
      title = story.title;
      link = { story: story.id };
      if (live) liveLinks.set(story.id, (liveLinks.get(story.id) ?? 0) + 1);
    } else if (target === 'job' && jobPool.length > 0) {
      const job = rng.pick(jobPool);
      title = `We're hiring: ${afterAdjective(job.title)} in ${job.team.name}`;
      link = { job: job.id };
    } else {
      const place = rng.pick(locations).name;
      title = rng.pick([`Open day in ${place}`, `Our summer party in ${place}`, `${company.name} at the Ghent tech meetup`, `Volunteering day in ${place}`, `Our annual report is out`]);
      link = { url: `https://www.${domain}/news/${shortSlug(title)}` };
    }
    const id = shareIds(shortSlug(`${title} ${day(from).slice(0, 7)}`));
    const hasImage = rng.chance(0.1);
    const data = compact({
      title: clipWords(title, LIMITS.share.title.max),
      themes,
      ...link,
      variants: writeShareVariants(rng, ctx, title),
      hashtags: pickHashtags(rng, slugify(company.name).replace(/-/g, '')),
      image: hasImage ? `./${id}.jpg` : undefined,
      imageAlt: hasImage ? 'An illustrated landscape in the brand colours' : undefined,
      from: day(from),
      until: day(until),
      networks: rng.chance(0.3) ? rng.sample(['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email'], rng.int(3, 5)) : undefined,
    });
    files.push({ path: `share/${id}.md`, text: markdownFile(data, '') });
    if (hasImage) files.push({ path: `share/${id}.jpg`, image: cover(rng), tag: `share:${id}` });
  }

  // The cheap edit: the first published story no live share post links to. The fan-out edit: the
  // story most live share posts link to (the first of them on a tie).
  const editableStory = publishedStories.find((s) => !liveLinks.has(s.id))?.file ?? publishedStories[0]?.file ?? '';
  const mostLinked = Math.max(0, ...liveLinks.values());
  const fanOutStory = publishedStories.find((s) => mostLinked > 0 && liveLinks.get(s.id) === mostLinked)?.file ?? '';
  // The repeated edits: the published teller of the most published stories, the theme of the most.
  const told = new Map<string, number>();
  const themed = new Map<string, number>();
  for (const story of publishedStories) {
    for (const id of story.ambassadors) told.set(id, (told.get(id) ?? 0) + 1);
    for (const id of story.themes) themed.set(id, (themed.get(id) ?? 0) + 1);
  }
  const most = (counts: Map<string, number>, among: readonly string[]) => among.reduce<string | undefined>((best, id) => ((counts.get(id) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0)) ? id : best), undefined);
  const busiest = most(told, published.map((p) => p.id));
  const busiestAmbassador = busiest ? `ambassadors/${busiest}/index.md` : '';
  const busiestTheme = most(themed, THEMES.map((t) => t.id)) ?? '';

  return {
    files,
    images,
    today: todayIso,
    editableStory,
    fanOutStory,
    busiestAmbassador,
    busiestTheme,
    published: {
      ambassadors: published.map((p) => p.id),
      hiddenAmbassadors: unpublished.map((p) => p.id),
      stories: publishedStories.map((s) => s.id),
      hiddenStories: stories.filter((s) => !s.published).map((s) => s.id),
      openJobs: openJobs.map((j) => j.id),
      closedJobs: jobs.filter((j) => j.state === 'closed').map((j) => j.id),
      scheduledJobs: jobs.filter((j) => j.state === 'scheduled').map((j) => j.id),
    },
    counts: {
      ...split,
      publishedAmbassadors: published.length,
      publishedStories: publishedStories.length,
      openJobs: openJobs.length,
      closedJobs: jobs.filter((j) => j.state === 'closed').length,
      liveShare,
      teams: teams.length,
      themes: THEMES.length,
    },
  };
}

/** The "one change" of the benchmark: a story file with a new title and one more paragraph. */
/** The rename edit of an ambassador's profile: another family name, as after a marriage (revision 2 gives another). */
export function editAmbassadorName(text: string, revision = 1): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('editAmbassadorName: the profile has no front matter');
  const data = parse(match[1]!) as Record<string, unknown>;
  const first = String(data.name).split(' ')[0]!;
  data.name = `${first} ${['Van Damme', 'Lambrechts', 'Dubois', 'Wouters'][revision % 4]}`;
  return markdownFile(data, match[2]!.trim());
}

/** The theme edit of themes.yaml: the label of theme `id` gets a word more, in every language it is written in. */
export function editThemeLabel(text: string, id: string, revision = 1): string {
  const themes = parse(text) as Record<string, unknown>[];
  const theme = themes.find((t) => t.id === id);
  if (!theme) throw new Error(`editThemeLabel: themes.yaml has no theme "${id}"`);
  const relabel = (label: unknown) => `${String(label).slice(0, LIMITS.themes.label.max - 4)} (${revision})`;
  theme.label = typeof theme.label === 'object' && theme.label !== null ? Object.fromEntries(Object.entries(theme.label).map(([lang, label]) => [lang, relabel(label)])) : relabel(theme.label);
  return stringify(themes, { lineWidth: 0 });
}

export function editStory(text: string, revision = 1): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('editStory: the story file has no front matter');
  const data = parse(match[1]!) as Record<string, unknown>;
  data.title = `${String(data.title)} (update ${revision})`;
  const body = `${match[2]!.trim()}\n\nUpdate ${revision}: since we first published this story, the team has grown and the work goes on.`;
  return markdownFile(data, body);
}
