/**
 * What each page shares: a story, a job, or a share post of the kit, turned into a target (the
 * URL and its UTM campaign) and ready-to-edit texts. Pure: the caller passes the resolved site
 * configuration and the entries.
 */
import type { Network } from '../../schemas/fields.ts';
import { absoluteUrl } from '../site-config.ts';
import type { CardKind } from '../card-paths.ts';
import { shareCardPath } from '../og/cards.ts';
import { jobPath, storyPath } from '../paths.ts';
import { NETWORK_IDS, resolveMastodonInstance, type ShareTarget } from './networks.ts';
import { composeText } from './text.ts';
import { DEFAULT_PUBLIC_UTM_MEDIUM } from './utm.ts';

/** What the share lib needs of the site configuration. */
export interface ShareSite {
  /** The production URL without a trailing slash. */
  origin: string;
  /** The company name, used in job texts. */
  name: string;
  /** UTM defaults from site.yaml: `medium` for ambassadors' shares, `publicMedium` for the public buttons; perPerson false leaves utm_content out, even on personal share pages. */
  utm?: { medium?: string; publicMedium?: string; perPerson?: boolean };
  /** site.yaml's Mastodon instance. */
  mastodonInstance?: string;
  /** A site path in the page's language (the path itself on a one-language site). */
  link?: (path: string) => string;
  /** The site path of an entry's social card in the page's language. */
  card?: (kind: CardKind, id: string) => string;
}

const linkOf = (site: ShareSite, path: string) => (site.link ? site.link(path) : path);

/** Who shares, on a personal share page. */
export interface Sharer {
  /** The ambassador's slug, written as utm_content. */
  slug: string;
  /** Their Mastodon profile URL, whose instance their Mastodon button uses. */
  mastodon?: string;
}

/** One thing to share with its buttons. */
export interface ShareItem {
  /** The page shared and its UTM campaign. */
  target: ShareTarget;
  /** The suggested text, hashtags included, link not. */
  text: string;
  /** The networks to offer, in button order. */
  networks: Network[];
}

/**
 * Who shares decides the utm_medium: ambassadors, from the share kit and their personal pages
 * (site.yaml `utm.medium`), or anyone, with the buttons on a story or job page (`utm.publicMedium`),
 * so that the company's analytics can tell the two apart.
 */
export type ShareAudience = 'ambassador' | 'public';

/** A target on this site (or any absolute URL) for a campaign, tagged for the sharer when there is one. */
export function buildTarget(site: ShareSite, url: string, campaign: string, subject: string, sharer?: Sharer, audience: ShareAudience = 'ambassador'): ShareTarget {
  return {
    url: /^https?:\/\//i.test(url) ? url : absoluteUrl(site, url),
    campaign,
    subject,
    medium: audience === 'public' ? site.utm?.publicMedium?.trim() || DEFAULT_PUBLIC_UTM_MEDIUM : site.utm?.medium,
    ...(sharer && site.utm?.perPerson !== false ? { content: sharer.slug } : {}),
    mastodonInstance: resolveMastodonInstance(sharer?.mastodon, site.mastodonInstance),
  };
}

/** What sharing needs of a story. */
export interface StoryToShare {
  id: string;
  data: { title: string; share?: { text?: string; hashtags?: string[] } };
}

/** The share buttons of a story page: its share text (or title) and hashtags, campaign = the story id, the public medium. */
export function shareItemOfStory(story: StoryToShare, site: ShareSite): ShareItem {
  const { title, share } = story.data;
  return {
    target: buildTarget(site, linkOf(site, storyPath(story.id)), story.id, title, undefined, 'public'),
    text: composeText(share?.text?.trim() || title, share?.hashtags ?? []),
    networks: [...NETWORK_IDS],
  };
}

/** What sharing needs of a job. */
export interface JobToShare {
  id: string;
  data: { title: string };
}

/** The share buttons of a job page: "<title> — <company>", campaign = the job id, the public medium. */
export function shareItemOfJob(job: JobToShare, site: ShareSite): ShareItem {
  return {
    target: buildTarget(site, linkOf(site, jobPath(job.id)), job.id, job.data.title, undefined, 'public'),
    text: `${job.data.title} — ${site.name}`,
    networks: [...NETWORK_IDS],
  };
}

/** What the kit needs of a share post. */
export interface PostToShare {
  id: string;
  data: {
    title: string;
    themes: string[];
    story?: string;
    job?: string;
    url?: string;
    /** Its picture, when it has its own (else its story's cover is on its card). */
    image?: unknown;
    variants: string[];
    hashtags?: string[];
    networks?: Network[];
    from: Date;
  };
}

/** A share post ready for the kit: its target, every variant composed, its card. */
export interface Proposal {
  /** The share post's id (its file name); with a language after it when a page offers the post in several. */
  id: string;
  /** The language of its texts, on a kit that offers posts in several languages. */
  lang?: string;
  /** Its title. */
  title: string;
  /** Its theme ids. */
  themes: string[];
  /** First day it is proposed. */
  from: Date;
  /** The page it links to and its UTM campaign (the post id). */
  target: ShareTarget;
  /** What the link points to, for people: the story or job title, or the URL's host. */
  targetLabel: string;
  /** Where the kit links to it: a site path for stories and jobs, else the URL. */
  targetHref: string;
  /** The text variants with hashtags, link not included. */
  variants: string[];
  /** The networks the post is meant for, in button order. */
  networks: Network[];
  /** The site path of its social card. */
  card: string;
}

/** Titles of the stories and jobs a post can link to. */
export interface TitleLookup {
  /** The title of a published story. */
  story(id: string): string | undefined;
  /** The title of an open job. */
  job(id: string): string | undefined;
  /** The cover of a published story, which the card of a post without its own image shows (and whose format it decides). */
  storyCover(id: string): unknown;
}

/**
 * A share post as the kit shows it: linked to its story, job or URL with utm_campaign = the post id
 * (and utm_content = the sharer's slug on a personal page).
 */
export function buildProposal(post: PostToShare, site: ShareSite, titles: TitleLookup, sharer?: Sharer): Proposal {
  const { data } = post;
  const [url, targetLabel] = data.story
    ? [linkOf(site, storyPath(data.story)), titles.story(data.story) ?? data.title]
    : data.job
      ? [linkOf(site, jobPath(data.job)), titles.job(data.job) ?? data.title]
      : [data.url ?? '/', hostOf(data.url)];
  const wanted = new Set(data.networks ?? NETWORK_IDS);
  return {
    id: post.id,
    title: data.title,
    themes: data.themes,
    from: data.from,
    target: buildTarget(site, url, post.id, data.title, sharer),
    targetLabel,
    targetHref: url,
    variants: data.variants.map((variant) => composeText(variant, data.hashtags ?? [])),
    networks: NETWORK_IDS.filter((n) => wanted.has(n)),
    card: site.card ? site.card('share', post.id) : shareCardPath(post, titles.storyCover),
  };
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return url ?? '';
  }
}
