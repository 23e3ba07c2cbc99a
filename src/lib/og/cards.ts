/**
 * Which cards a site has, and what each shows: one per published story and ambassador, per open or
 * closed job (a closed job keeps its page, so it keeps a card, marked closed), per active share
 * post, and the site card. The lists come from the catalog (src/lib/catalog.ts), so a card exists
 * exactly when its page or share proposal does: drafts, future stories, withdrawn or paused
 * ambassadors and scheduled jobs get none.
 */
import { cardPath, type CardFormat, type CardKind } from '../card-paths.ts';
import { cardFormatOf, type CardBrand, type CardContent, type CardLabels, type ImageSlot } from './card-content.ts';
import { sourceFileOf } from './image-source.ts';

/** A card to make: its site path, format and content, with images as source file paths. */
export interface CardSpec {
  /** The site path, e.g. /og/stories/my-story.png. */
  path: string;
  /** The file format, as its content decides (cardFormatOf) and its path's extension says. */
  format: CardFormat;
  /** The kind (the folder under /og/), or "site". */
  kind: CardKind | 'site';
  /** The entry id, or "site". */
  slug: string;
  /** What the card draws. */
  content: CardContent<string>;
}

interface Entry<D> {
  id: string;
  data: D;
}

/** What the cards read of site.yaml (resolved). */
export interface CardSite {
  name: string;
  origin: string;
  tagline: string;
  description: string;
  colors: { primary: string; accent?: string };
  logo?: unknown;
  teamById: ReadonlyMap<string, { name: string }>;
  locationById: ReadonlyMap<string, { name: string }>;
  themeById: ReadonlyMap<string, { label: string }>;
}

type AmbassadorEntry = Entry<{ name: string; role: string; team: string; photo?: unknown; quote?: string }>;
type StoryEntry = Entry<{ title: string; ambassadors: string[]; themes: string[]; cover?: unknown }>;
type JobEntry = Entry<{ title: string; team: string; locations: string[]; workMode: 'onsite' | 'hybrid' | 'remote'; remoteCountries?: string[] }>;
type ShareEntry = Entry<{ title: string; variants: string[]; themes: string[]; story?: string; job?: string; url?: string; image?: unknown }>;
/** The cover of a published story, by id (a share post without an image of its own shows it). */
type CoverLookup = (storyId: string) => unknown;

/** What the cards read of the catalog. */
export interface CardCatalog {
  ambassadors: readonly AmbassadorEntry[];
  stories: readonly StoryEntry[];
  openJobs: readonly JobEntry[];
  closedJobs: readonly JobEntry[];
  share: readonly ShareEntry[];
  ambassadorsOf(ids: readonly string[]): AmbassadorEntry[];
  story(id: string): StoryEntry | undefined;
  job(id: string): JobEntry | undefined;
}

/** Work modes as the job card shows them, in English. */
export const WORK_MODE_LABELS: Record<string, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

/** The brand of every card of a site. */
export function brandOf(site: CardSite): CardBrand {
  return { name: site.name, host: new URL(site.origin).host, primary: site.colors.primary, ...(site.colors.accent ? { accent: site.colors.accent } : {}) };
}

/** Image slots with a source file; images without a findable file are left out (and so not drawn). */
function imagesOf(entries: [ImageSlot, unknown][]): Partial<Record<ImageSlot, string>> {
  const images: Partial<Record<ImageSlot, string>> = {};
  for (const [slot, image] of entries) {
    const file = sourceFileOf(image);
    if (file) images[slot] = file;
  }
  return images;
}

/** How to find files the image fields do not tell, and the language of the cards. */
export interface CardFileOptions {
  /** The logo's file, for when site.logo is an SVG component without a path (see site-logo-fs.ts). */
  logoFile?: string | undefined;
  /** The cards' language: its route parameter (on a site in several languages), its words and work modes. */
  language?: { param?: string | undefined; labels: CardLabels & { job: string }; workModes: Record<string, string> };
}

/** The logo's source file: from the image field, else the file named in site.yaml. */
function logoOf(site: CardSite, options: CardFileOptions): string | undefined {
  return site.logo === undefined ? undefined : (sourceFileOf(site.logo) ?? options.logoFile);
}

/** A share post's picture: its own image, else the cover of the story it links to. */
const sharePicture = (post: { data: { image?: unknown; story?: string } }, coverOf: CoverLookup) =>
  imagesOf([['sharePicture', post.data.image ?? (post.data.story ? coverOf(post.data.story) : undefined)]]);

/**
 * The site path of a share post's card on a site in one language, for a share kit built without the
 * card index of src/data/cards.ts; `coverOf` gives the cover of the published story it links to.
 */
export function shareCardPath(post: { id: string; data: { image?: unknown; story?: string } }, coverOf: CoverLookup): string {
  return cardPath(cardFormatOf(sharePicture(post, coverOf)), 'share', post.id);
}

/** The site card. */
export function listSiteCard(site: CardSite, options: CardFileOptions = {}): CardSpec {
  const images = imagesOf([['siteLogo', logoOf(site, options)]]);
  const format = cardFormatOf(images);
  return {
    path: cardPath(format, undefined, undefined, options.language?.param),
    format,
    kind: 'site',
    slug: 'site',
    content: { text: { template: 'site', tagline: site.tagline, description: site.description }, ...labelsOf(options), brand: brandOf(site), images },
  };
}

/** Every entry card of a site, in the order stories, ambassadors, jobs, share posts. */
export function listEntryCards(site: CardSite, catalog: CardCatalog, options: CardFileOptions = {}): CardSpec[] {
  const brand = brandOf(site);
  const logo: [ImageSlot, unknown] = ['logo', logoOf(site, options)];
  const teamName = (id: string) => site.teamById.get(id)?.name;
  const spec = (kind: CardKind, slug: string, content: CardContent<string>): CardSpec => {
    const format = cardFormatOf(content.images);
    return { path: cardPath(format, kind, slug, options.language?.param), format, kind, slug, content: { ...content, ...labelsOf(options) } };
  };
  const workModes = options.language?.workModes ?? WORK_MODE_LABELS;
  const words = options.language?.labels ?? { story: 'Story', job: 'Job' };

  const stories = catalog.stories.map((story) => {
    const [first, ...others] = catalog.ambassadorsOf(story.data.ambassadors);
    const theme = story.data.themes.map((t) => site.themeById.get(t)?.label).find(Boolean);
    return spec('stories', story.id, {
      text: {
        template: 'story',
        title: story.data.title,
        person: { name: first?.data.name ?? site.name, detail: first ? [first.data.role, teamName(first.data.team)].filter(Boolean).join(' · ') : '', others: others.length },
        ...(theme ? { theme } : {}),
      },
      brand,
      images: imagesOf([logo, ['storyPhoto', first?.data.photo]]),
    });
  });

  const ambassadors = catalog.ambassadors.map((a) =>
    spec('ambassadors', a.id, {
      text: { template: 'ambassador', name: a.data.name, role: a.data.role, ...optional('team', teamName(a.data.team)), ...optional('quote', a.data.quote) },
      brand,
      images: imagesOf([logo, ['ambassadorPhoto', a.data.photo]]),
    }),
  );

  const job = (j: JobEntry, closed: boolean) => {
    const countries = j.data.workMode === 'remote' && j.data.remoteCountries?.length ? ` · ${j.data.remoteCountries.join(', ')}` : '';
    return spec('jobs', j.id, {
      text: {
        template: 'job',
        title: j.data.title,
        ...optional('team', teamName(j.data.team)),
        locations: j.data.locations.map((l) => site.locationById.get(l)?.name ?? l),
        workMode: (workModes[j.data.workMode] ?? j.data.workMode) + countries,
        closed,
      },
      brand,
      images: imagesOf([logo]),
    });
  };
  const jobs = [...catalog.openJobs.map((j) => job(j, false)), ...catalog.closedJobs.map((j) => job(j, true))];

  const share = catalog.share.map((post) => {
    const story = post.data.story ? catalog.story(post.data.story) : undefined;
    const linkedJob = post.data.job ? catalog.job(post.data.job) : undefined;
    const target = story ? `${words.story} · ${story.data.title}` : linkedJob ? `${words.job} · ${linkedJob.data.title}` : post.data.url ? hostOf(post.data.url) : undefined;
    return spec('share', post.id, {
      text: {
        template: 'share',
        title: post.data.title,
        ...optional('text', post.data.variants[0]),
        themes: post.data.themes.map((t) => site.themeById.get(t)?.label ?? t),
        ...optional('target', target),
      },
      brand,
      images: { ...imagesOf([logo]), ...sharePicture(post, (id) => catalog.story(id)?.data.cover) },
    });
  });

  return [...stories, ...ambassadors, ...jobs, ...share];
}

/** The card words of a language, as content fields (none for English cards without a language). */
function labelsOf(options: CardFileOptions): { labels?: CardLabels } {
  if (!options.language) return {};
  const { job: _job, ...labels } = options.language.labels;
  return { labels };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
