/**
 * What the share kit pages and the personal feeds show, prepared once from the catalog: the
 * proposals (with UTM targets), the themes to pick from, and the feed items.
 */
import { absoluteUrl } from '../site-config.ts';
import { buildProposal, type PostToShare, type Proposal, type ShareSite, type Sharer, type TitleLookup } from './items.ts';

/** A theme as the kit lists it. */
export interface KitTheme {
  /** Theme id. */
  id: string;
  /** Theme name. */
  label: string;
}

/** One kit page's content. */
export interface Kit {
  /** The proposals, in catalog order (newest first). */
  proposals: Proposal[];
  /** The themes that have proposals, in themes.yaml order. */
  themes: KitTheme[];
  /** The label of each theme the proposals are tagged with, by id. */
  themeLabels: Record<string, string>;
  /** Themes ticked when the browser remembers none; with none ticked, the kit shows every proposal. */
  defaultThemes: string[];
  /** The localStorage key of the theme choice. */
  storageKey: string;
  /** Whether this is an ambassador's personal page, whose themes come from their profile. */
  personal: boolean;
}

/** The localStorage key of the public kit's theme choice; a personal page appends ":<slug>". */
export const THEMES_STORAGE_KEY = 'vaandel:share-themes';

/** The path of the public share kit. */
export const KIT_PATH = '/share/';

/** The path of an ambassador's personal share page. */
export function personalKitPath(slug: string): string {
  return `/share/${slug}/`;
}

/** The path of an ambassador's proposals feed. */
export function personalFeedPath(slug: string): string {
  return `/share/${slug}/feed.xml`;
}

/** Whether a path belongs to the share kit (noindex, and left out of the sitemap). */
export function isShareKitPath(pathname: string): boolean {
  return pathname.startsWith(KIT_PATH);
}

/**
 * A kit page. Without a sharer: every current post, no theme ticked by default, so that all of
 * them show. With one (their personal page): the posts of their themes (the caller passes
 * catalog.shareFor), tagged with utm_content=<slug>, their themes ticked by default.
 */
export function buildKit(
  posts: readonly PostToShare[],
  themes: readonly KitTheme[],
  site: ShareSite,
  titles: TitleLookup,
  sharer?: Sharer & { themes: readonly string[] },
): Kit {
  const proposals = posts.map((post) => buildProposal(post, site, titles, sharer));
  const used = new Set(proposals.flatMap((p) => p.themes));
  const offered = themes.filter((theme) => used.has(theme.id) && (!sharer || sharer.themes.includes(theme.id)));
  return {
    proposals,
    themes: offered.map(({ id, label }) => ({ id, label })),
    // Only the proposals' themes: a kit's key changes with the names it shows, not with every theme's.
    themeLabels: Object.fromEntries(themes.filter((theme) => used.has(theme.id)).map((theme) => [theme.id, theme.label])),
    defaultThemes: sharer ? offered.map((theme) => theme.id) : [],
    storageKey: sharer ? `${THEMES_STORAGE_KEY}:${sharer.slug}` : THEMES_STORAGE_KEY,
    personal: sharer !== undefined,
  };
}

/** How to render a proposal once for every page of a language that lists it (src/components/RenderOnce.astro). */
export interface ReusableProposal {
  /** Everything the proposal shows on a page of this language, the sharer left out; none when it cannot be reused. */
  key?: string;
  /** The proposal to render: with the stand-in in place of the sharer's slug. */
  proposal: Proposal;
  /** What this page puts in place of the stand-in. */
  fill: Record<string, string>;
}

/** Slugs that every encoding on the way into a page (HTML, JSON, a URL inside a URL) writes as they are. */
const PLAIN_SLUG = /^[a-z0-9-]+$/;

/**
 * A proposal looks the same on every personal share page of a language, except for the sharer's
 * slug (utm_content) in its links: rendered with `standIn` (letters and digits) in its place, its
 * HTML serves every page, each putting its own slug in. The key holds all that the proposal card
 * shows (the page's language, the proposal, its themes' names and the sharer's Mastodon instance),
 * so the same key means the same HTML.
 */
export function reusableProposal(proposal: Proposal, themeLabels: Readonly<Record<string, string>>, lang: string, standIn: string): ReusableProposal {
  const slug = proposal.target.content;
  if (slug !== undefined && !PLAIN_SLUG.test(slug)) return { proposal, fill: {} };
  const shown = slug === undefined ? proposal : { ...proposal, target: { ...proposal.target, content: standIn } };
  const key = JSON.stringify([lang, shown, proposal.themes.map((id) => themeLabels[id] ?? id)]);
  return { key, proposal: shown, fill: slug === undefined ? {} : { [standIn]: slug } };
}

/** An item of a personal proposals feed, in @astrojs/rss's shape. */
export interface FeedItem {
  /** The post's title. */
  title: string;
  /** The proposal on the personal share page. */
  link: string;
  /** The first day the post is proposed. */
  pubDate: Date;
  /** The first wording, as plain text. */
  description: string;
  /** Every wording and a link to share it, as HTML. */
  content: string;
  /** The theme names. */
  categories: string[];
}

/**
 * The feed items of a personal share page: one per proposal, linking to it on that page, with every
 * wording; `shareHere` is the text of the link to the page.
 */
export function buildFeedItems(kit: Pick<Kit, 'proposals'>, site: Pick<ShareSite, 'origin' | 'link'>, slug: string, themeLabel: (id: string) => string, shareHere: string): FeedItem[] {
  return kit.proposals.map((p) => {
    const path = `${personalKitPath(slug)}#proposal-${p.id}`;
    const link = absoluteUrl(site, site.link ? site.link(path) : path);
    const wordings = p.variants.map((v) => `<p>${escapeHtml(v).replace(/\n/g, '<br>')}</p>`);
    return {
      title: p.title,
      link,
      pubDate: p.from,
      description: p.variants[0] ?? p.title,
      content: `${wordings.length > 1 ? `<ol>${wordings.map((w) => `<li>${w}</li>`).join('')}</ol>` : wordings.join('')}<p><a href="${escapeHtml(link)}">${escapeHtml(shareHere)}</a></p>`,
      categories: p.themes.map(themeLabel),
    };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The title lookups of a catalog: published stories and open or closed jobs. */
export function titlesOf(catalog: {
  story(id: string): { data: { title: string; cover?: unknown } } | undefined;
  job(id: string): { data: { title: string } } | undefined;
}): TitleLookup {
  return { story: (id) => catalog.story(id)?.data.title, job: (id) => catalog.job(id)?.data.title, storyCover: (id) => catalog.story(id)?.data.cover };
}

/** What a personal kit needs of an ambassador. */
export interface AmbassadorToShare {
  id: string;
  data: { themes: string[]; links?: { mastodon?: string } };
}

/** What the kits need of the catalog. */
export interface ShareCatalog<P extends PostToShare> {
  /** Current share posts. */
  share: P[];
  /** Current share posts for an ambassador's themes. */
  shareFor(ambassadorId: string): P[];
  story(id: string): { data: { title: string; cover?: unknown } } | undefined;
  job(id: string): { data: { title: string } } | undefined;
}

/** The public kit: every current proposal. */
export function buildPublicKit<P extends PostToShare>(catalog: ShareCatalog<P>, site: ShareSite & { themes: readonly KitTheme[] }): Kit {
  return buildKit(catalog.share, site.themes, site, titlesOf(catalog));
}

/** An ambassador's personal kit: the proposals of their themes, tagged with their slug. */
export function buildPersonalKit<P extends PostToShare>(ambassador: AmbassadorToShare, catalog: ShareCatalog<P>, site: ShareSite & { themes: readonly KitTheme[] }): Kit {
  return buildKit(catalog.shareFor(ambassador.id), site.themes, site, titlesOf(catalog), {
    slug: ambassador.id,
    mastodon: ambassador.data.links?.mastodon,
    themes: ambassador.data.themes,
  });
}
