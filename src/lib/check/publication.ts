/**
 * What the build would quietly leave out, said out loud: the publication rules of
 * src/lib/catalog.ts applied to the valid entries, and the weekly ask cap of src/lib/ask-cap.ts.
 */
import { findAskCapExcesses } from '../ask-cap.ts';
import { getJobState, hasLeft, type buildCatalog, type Entry } from '../catalog.ts';
import { isoDay } from '../dates.ts';
import type { AmbassadorData, JobData, RecognitionData, ShareData, StoryData } from '../../schemas/index.ts';
import type { EntryCollection } from './layout.ts';
import type { Problem } from './problem.ts';
import { formatPath } from './zod-problems.ts';

/** The entries that passed their schema. */
export interface ValidEntries {
  ambassadors: Entry<AmbassadorData>[];
  stories: Entry<StoryData>[];
  jobs: Entry<JobData>[];
  recognition: Entry<RecognitionData>[];
  share: Entry<ShareData>[];
}

/** What the publication check needs to know besides the entries. */
export interface PublicationContext {
  /** The build's day. */
  today: Date;
  /** What buildCatalog() publishes of these entries on that day. */
  catalog: Pick<ReturnType<typeof buildCatalog>, 'ambassadors' | 'unpublished'>;
  /** site.yaml's askCap, when site.yaml is valid. */
  askCap?: number;
  /** site.yaml as shown to people. */
  siteFile: string;
  /** Whether an entry is missing or failed its schema (its problems are reported already; say nothing more about it). */
  isBroken(collection: EntryCollection, id: string): boolean;
  /** The file and line of a field of an entry. */
  locate(collection: EntryCollection, id: string, path: readonly PropertyKey[]): { file: string; line?: number } | undefined;
}

/** Warnings for valid entries the build will not publish, though they look meant to be, and for ambassadors asked too often. */
export function checkPublication(entries: ValidEntries, context: PublicationContext): Problem[] {
  const problems: Problem[] = [];
  const warn = (collection: EntryCollection, id: string, at: readonly PropertyKey[], message: string, hint: string) => {
    const where = context.locate(collection, id, at);
    if (!where) return;
    problems.push({ file: where.file, ...(where.line !== undefined ? { line: where.line } : {}), field: formatPath(at), severity: 'warning', message, hint });
  };
  const { today } = context;
  const { catalog } = context;
  const why = new Map(catalog.unpublished.map((u) => [`${u.collection}/${u.id}`, u.reason]));
  const ambassadorById = new Map(entries.ambassadors.map((a) => [a.id, a]));
  const jobById = new Map(entries.jobs.map((j) => [j.id, j]));

  for (const a of entries.ambassadors) {
    if (a.data.status !== 'active') continue;
    if (!a.data.consent) {
      warn('ambassadors', a.id, ['consent'], 'is missing, so this profile is not published.', 'Record the day the person agreed to be on the site: add "consent:" with "given: YYYY-MM-DD" indented below it.');
    } else if (a.data.consent.given.getTime() > today.getTime()) {
      warn('ambassadors', a.id, ['consent', 'given'], `${isoDay(a.data.consent.given)} is in the future, so this profile is not published yet.`, 'Write the day the person actually agreed; the profile appears from that day on.');
    }
  }

  /** Stories left out because one of their ambassadors is broken: their errors say enough. */
  const doubtful = new Set<string>();
  for (const s of entries.stories) {
    if (!why.has(`stories/${s.id}`)) {
      // Published, without the people on it whose profile is not.
      s.data.ambassadors.forEach((id, i) => {
        const reason = why.get(`ambassadors/${id}`);
        if (reason && !context.isBroken('ambassadors', id)) warn('stories', s.id, ['ambassadors', i], `"${id}" has no published profile (${reason}), so the story does not name them.`, 'Remove them from ambassadors, or publish their profile.');
      });
    }
    if (why.get(`stories/${s.id}`) !== 'none of its ambassadors is published') continue;
    if (s.data.ambassadors.some((id) => context.isBroken('ambassadors', id))) {
      doubtful.add(s.id);
      continue;
    }
    const reasons = s.data.ambassadors.map((id) => `${id}: ${why.get(`ambassadors/${id}`) ?? 'not published'}`).join('; ');
    warn('stories', s.id, ['ambassadors'], `lists no published ambassador (${reasons}), so this story is not published.`, 'Add an ambassador whose profile is published, or set draft: true to keep the story back on purpose.');
  }

  for (const j of entries.jobs) {
    const state = getJobState(j.data, today);
    if (state === 'closed') {
      warn('jobs', j.id, ['validThrough'], `${isoDay(j.data.validThrough)} has passed, so this job is closed: it is out of the listings, and its page says the position is closed.`, 'Move validThrough to a later day to reopen it; otherwise nothing to do.');
    } else if (state === 'scheduled') {
      warn('jobs', j.id, ['posted'], `${isoDay(j.data.posted)} is in the future, so this job is not published yet.`, `It appears on ${isoDay(j.data.posted)}; move posted to an earlier day to publish it sooner.`);
    }
    if (state === 'closed') continue;
    j.data.ambassadors.forEach((id, i) => {
      const person = ambassadorById.get(id);
      if (!person || context.isBroken('ambassadors', id)) return;
      if (person.data.left && hasLeft(person.data, today)) {
        warn('jobs', j.id, ['ambassadors', i], `"${id}" left the company on ${isoDay(person.data.left)}, so the job page no longer names ${person.data.name} as someone to ask.`, 'Remove them from ambassadors, or name a colleague who still works here.');
        return;
      }
      const reason = why.get(`ambassadors/${id}`);
      if (reason) warn('jobs', j.id, ['ambassadors', i], `"${id}" has no published profile (${reason}), so the job page does not name them as someone to ask.`, 'Name a colleague whose profile is published, or remove them from ambassadors.');
    });
  }

  for (const p of entries.share) {
    const reason = why.get(`share/${p.id}`);
    if (!reason) continue;
    if (p.data.story !== undefined && reason.startsWith('its story')) {
      if (context.isBroken('stories', p.data.story) || doubtful.has(p.data.story)) continue;
      const storyReason = why.get(`stories/${p.data.story}`) ?? 'not published';
      warn('share', p.id, ['story'], `"${p.data.story}" is not published (${storyReason}), so this post is not proposed.`, 'Publish the story first, or link the post to a story that is published.');
    } else if (p.data.job !== undefined && reason.startsWith('its job')) {
      const job = jobById.get(p.data.job);
      if (!job || context.isBroken('jobs', p.data.job)) continue;
      const state = getJobState(job.data, today) === 'closed' ? `closed since ${isoDay(job.data.validThrough)}` : `opens on ${isoDay(job.data.posted)}`;
      warn('share', p.id, ['job'], `"${p.data.job}" is not open (${state}), so this post is not proposed.`, 'Link the post to an open job, or change its from/until window to match the job.');
    }
  }

  if (context.askCap !== undefined) {
    for (const excess of findAskCapExcesses(catalog.ambassadors, entries.share, context.askCap, today)) {
      const name = ambassadorById.get(excess.ambassador)?.data.name ?? excess.ambassador;
      warn(
        'ambassadors',
        excess.ambassador,
        ['themes'],
        `${name} would get ${excess.posts.length} share proposals in week ${excess.week} (${excess.posts.join(', ')}), more than the weekly cap of ${excess.cap}.`,
        `Spread these posts' from dates over more weeks, or raise askCap in ${context.siteFile}.`,
      );
    }
  }
  return problems;
}
