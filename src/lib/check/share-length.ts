/**
 * Share texts that a network would cut short or refuse: each variant of a share post, on the
 * networks it is meant for, and each story's share text, which its page offers on every network,
 * in the main file and in every translation, measured with their hashtags and link as
 * src/lib/share/length.ts counts them.
 */
import type { Network } from '../../schemas/fields.ts';
import { NETWORKS } from '../../schemas/fields.ts';
import type { ShareData, StoryData } from '../../schemas/index.ts';
import type { Entry } from '../catalog.ts';
import { jobPath, storyPath } from '../paths.ts';
import { findOverflows, type Overflow } from '../share/length.ts';
import { composeText } from '../share/text.ts';
import type { EntryCollection } from './layout.ts';
import type { Problem } from './problem.ts';

/** A translation file of a share post or a story, as read. */
export interface ShareTranslation {
  /** share or stories. */
  collection: EntryCollection;
  /** The entry it translates. */
  id: string;
  /** The file as shown to people. */
  file: string;
  /** Its raw front matter. */
  raw: Record<string, unknown>;
  /** The line of a field. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** What the rule needs besides the entries. */
export interface ShareLengthContext {
  /** The site's production URL, for the links to its stories and jobs; undefined when site.yaml is broken. */
  siteUrl?: string;
  /** The file and line of a field of an entry. */
  locate(collection: EntryCollection, id: string, path: readonly PropertyKey[]): { file: string; line?: number } | undefined;
  /** Translation files of share posts and stories. */
  translations?: readonly ShareTranslation[];
}

/** "X (301 of 280 characters, the link counted as 23) and Bluesky (…)". */
function describe(overflows: readonly Overflow[]): string {
  const parts = overflows.map((o) => `${o.limit.label} (${o.length} of ${o.limit.max} characters, ${o.limit.linkNote})`);
  return parts.length < 2 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);
const record = (value: unknown): Record<string, unknown> | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/** Errors for share post variants and story share texts too long for a network. */
export function checkShareLengths(entries: { stories: Entry<StoryData>[]; share: Entry<ShareData>[] }, context: ShareLengthContext): Problem[] {
  const problems: Problem[] = [];
  const siteLink = (path: string) => (context.siteUrl ? new URL(path, context.siteUrl.replace(/\/*$/, '/')).href : undefined);
  const add = (where: { file: string; line?: number } | undefined, at: PropertyKey[], overflows: Overflow[], fix: string) => {
    if (!where || !overflows.length) return;
    const over = Math.max(...overflows.map((o) => o.length - o.limit.max));
    problems.push({
      file: where.file,
      ...(where.line !== undefined ? { line: where.line } : {}),
      field: at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${String(s)}` : String(s))).join(''),
      severity: 'error',
      message: `is too long for ${describe(overflows)}, hashtags included.`,
      hint: `Shorten it by ${over} character${over === 1 ? '' : 's'}${fix}.`,
    });
  };
  const postLink = (data: ShareData) => data.url ?? siteLink(data.story !== undefined ? storyPath(data.story) : jobPath(data.job ?? ''));
  const checkVariants = (variants: readonly string[], hashtags: readonly string[], data: ShareData, locate: (at: PropertyKey[]) => { file: string; line?: number } | undefined) => {
    const link = postLink(data);
    if (!link) return;
    const networks: readonly Network[] = data.networks;
    variants.forEach((variant, i) => {
      const overflows = findOverflows(composeText(variant, hashtags), link, networks);
      add(locate(['variants', i]), ['variants', i], overflows, `, or leave ${overflows.map((o) => o.network).join(' and ')} out of networks`);
    });
  };
  const checkStory = (id: string, text: string | undefined, title: string, hashtags: readonly string[], locate: (at: PropertyKey[]) => { file: string; line?: number } | undefined) => {
    const link = siteLink(storyPath(id));
    if (!link) return;
    const own = text?.trim();
    const overflows = findOverflows(composeText(own || title, hashtags), link, NETWORKS);
    const at = own ? ['share', 'text'] : ['share', 'hashtags'];
    add(locate(at), at, overflows, own ? ' (or use fewer hashtags): the story page offers it on every network' : ' by using fewer hashtags: the story page offers the title and hashtags on every network');
  };

  for (const post of entries.share) checkVariants(post.data.variants, post.data.hashtags, post.data, (at) => context.locate('share', post.id, at));
  for (const story of entries.stories) checkStory(story.id, story.data.share.text, story.data.title, story.data.share.hashtags, (at) => context.locate('stories', story.id, at));

  // Translations: their own texts, with the main file's networks and, unless they give their own, hashtags.
  for (const t of context.translations ?? []) {
    const locate = (at: PropertyKey[]) => ({ file: t.file, ...(t.lineOf?.(at) !== undefined ? { line: t.lineOf(at) } : {}) });
    if (t.collection === 'share') {
      const main = entries.share.find((p) => p.id === t.id);
      const variants = strings(t.raw.variants);
      if (main && variants) checkVariants(variants, strings(t.raw.hashtags) ?? main.data.hashtags, main.data, locate);
    } else if (t.collection === 'stories') {
      const main = entries.stories.find((s) => s.id === t.id);
      const share = record(t.raw.share);
      const title = typeof t.raw.title === 'string' ? t.raw.title : undefined;
      if (main && (share || title)) {
        const text = typeof share?.text === 'string' ? share.text : undefined;
        checkStory(t.id, text, title ?? main.data.title, strings(share?.hashtags) ?? main.data.share.hashtags, locate);
      }
    }
  }
  return problems;
}
