/**
 * Share texts that a network would cut short or refuse: each variant of a share post, on the
 * networks it is meant for, and each story's share text, which its page offers on every network,
 * measured with their hashtags and link as src/lib/share/length.ts counts them.
 */
import type { Network } from '../../schemas/fields';
import { NETWORKS } from '../../schemas/fields';
import type { ShareData, StoryData } from '../../schemas';
import type { Entry } from '../catalog';
import { jobPath, storyPath } from '../paths';
import { findOverflows, type Overflow } from '../share/length';
import { composeText } from '../share/text';
import type { EntryCollection } from './layout';
import type { Problem } from './problem';

/** What the rule needs besides the entries. */
export interface ShareLengthContext {
  /** The site's production URL, for the links to its stories and jobs; undefined when site.yaml is broken. */
  siteUrl?: string;
  /** The file and line of a field of an entry. */
  locate(collection: EntryCollection, id: string, path: readonly PropertyKey[]): { file: string; line?: number } | undefined;
}

/** "X (301 of 280 characters, the link counted as 23) and Bluesky (…)". */
function describe(overflows: readonly Overflow[]): string {
  const parts = overflows.map((o) => `${o.limit.label} (${o.length} of ${o.limit.max} characters, ${o.limit.linkNote})`);
  return parts.length < 2 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Errors for share post variants and story share texts too long for a network. */
export function checkShareLengths(entries: { stories: Entry<StoryData>[]; share: Entry<ShareData>[] }, context: ShareLengthContext): Problem[] {
  const problems: Problem[] = [];
  const siteLink = (path: string) => (context.siteUrl ? new URL(path, context.siteUrl.replace(/\/*$/, '/')).href : undefined);
  const add = (collection: EntryCollection, id: string, at: PropertyKey[], overflows: Overflow[], fix: string) => {
    const where = context.locate(collection, id, at);
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

  for (const post of entries.share) {
    const { data } = post;
    const link = data.url ?? siteLink(data.story !== undefined ? storyPath(data.story) : jobPath(data.job ?? ''));
    if (!link) continue;
    const networks: readonly Network[] = data.networks;
    data.variants.forEach((variant, i) => {
      const overflows = findOverflows(composeText(variant, data.hashtags), link, networks);
      const names = overflows.map((o) => o.network).join(' and ');
      add('share', post.id, ['variants', i], overflows, `, or leave ${names} out of networks`);
    });
  }

  for (const story of entries.stories) {
    const link = siteLink(storyPath(story.id));
    if (!link) continue;
    const { share, title } = story.data;
    const text = share.text?.trim() || title;
    const overflows = findOverflows(composeText(text, share.hashtags), link, NETWORKS);
    add('stories', story.id, share.text?.trim() ? ['share', 'text'] : ['share', 'hashtags'], overflows, share.text?.trim() ? ' (or use fewer hashtags): the story page offers it on every network' : ' by using fewer hashtags: the story page offers the title and hashtags on every network');
  }
  return problems;
}
