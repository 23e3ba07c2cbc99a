/** The publication rules of src/lib/catalog.ts, each on a small set of entries with an injected "today". */
import { describe, expect, test } from 'vitest';
import { buildCatalog, getJobState, hasLeft, isAmbassadorPublished, isShareInWindow } from '../../src/lib/catalog.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-03-01');

type Status = 'active' | 'paused' | 'withdrawn';
const ambassador = (id: string, o: { status?: Status; consent?: string | null; wall?: boolean; team?: string; themes?: string[]; name?: string; left?: string; afterLeaving?: 'end' | 'keep' } = {}) => ({
  id,
  data: {
    name: o.name ?? id,
    team: o.team ?? 'data-ai',
    status: o.status ?? 'active',
    themes: o.themes ?? [],
    ...(o.left ? { left: day(o.left) } : {}),
    ...(o.consent === null ? {} : { consent: { given: day(o.consent ?? '2025-01-01'), wall: o.wall ?? true, afterLeaving: o.afterLeaving ?? 'end' } }),
  },
});
const story = (id: string, o: { date?: string; draft?: boolean; ambassadors?: string[]; themes?: string[]; jobs?: string[] } = {}) => ({
  id,
  data: { date: day(o.date ?? '2026-01-01'), draft: o.draft ?? false, ambassadors: o.ambassadors ?? ['sofie'], themes: o.themes ?? [], jobs: o.jobs ?? [], featured: false },
});
const job = (id: string, posted: string, validThrough: string, o: { team?: string; ambassadors?: string[] } = {}) => ({
  id,
  data: { team: o.team ?? 'data-ai', posted: day(posted), validThrough: day(validThrough), ambassadors: o.ambassadors ?? [] },
});
const thanks = (id: string, date: string, ambassadors: string[]) => ({ id, data: { date: day(date), ambassadors } });
const post = (id: string, from: string, o: { until?: string; story?: string; job?: string; themes?: string[] } = {}) => ({
  id,
  data: { from: day(from), themes: o.themes ?? ['culture'], ...(o.until ? { until: day(o.until) } : {}), ...(o.story ? { story: o.story } : o.job ? { job: o.job } : { url: 'https://example.com' }) },
});
const none = { ambassadors: [], stories: [], jobs: [], recognition: [], share: [] };
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('ambassadors', () => {
  test('published only when active with consent given on or before today', () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors: [
          ambassador('active'),
          ambassador('consent-today', { consent: '2026-03-01' }),
          ambassador('consent-tomorrow', { consent: '2026-03-02' }),
          ambassador('no-consent', { consent: null }),
          ambassador('paused', { status: 'paused' }),
          ambassador('withdrawn', { status: 'withdrawn' }),
        ],
      },
      TODAY,
    );
    expect(ids(c.ambassadors)).toEqual(['active', 'consent-today']);
    expect(c.unpublished).toEqual([
      { collection: 'ambassadors', id: 'consent-tomorrow', reason: 'consent is dated in the future' },
      { collection: 'ambassadors', id: 'no-consent', reason: 'no consent recorded' },
      { collection: 'ambassadors', id: 'paused', reason: 'status is paused' },
      { collection: 'ambassadors', id: 'withdrawn', reason: 'status is withdrawn' },
    ]);
    expect(c.ambassador('withdrawn')).toBeUndefined();
    expect(isAmbassadorPublished(ambassador('x', { consent: '2026-03-01' }).data, TODAY)).toBe(true);
  });

  test('are listed by name, and looked up in the order asked', () => {
    const c = buildCatalog({ ...none, ambassadors: [ambassador('b', { name: 'Zoë' }), ambassador('a', { name: 'Anna' }), ambassador('w', { status: 'withdrawn' })] }, TODAY);
    expect(ids(c.ambassadors)).toEqual(['a', 'b']);
    expect(ids(c.ambassadorsOf(['b', 'w', 'a', 'nobody']))).toEqual(['b', 'a']);
  });
});

describe('people who leave', () => {
  // Today is 2026-03-01: two people left the day before, two leave in June, each with and without afterLeaving: keep.
  const people = [
    ambassador('stays'),
    ambassador('left-ended', { left: '2026-02-28' }),
    ambassador('left-kept', { left: '2026-02-28', afterLeaving: 'keep' }),
    ambassador('leaving-ended', { left: '2026-06-30' }),
    ambassador('leaving-kept', { left: '2026-06-30', afterLeaving: 'keep' }),
  ];
  const everyone = people.map((a) => a.id);
  const c = buildCatalog(
    {
      ...none,
      ambassadors: people,
      stories: everyone.map((id) => story(`by-${id}`, { ambassadors: [id] })),
      jobs: [job('open', '2026-01-01', '2026-06-30', { ambassadors: [...everyone].reverse() })],
      recognition: everyone.map((id) => thanks(`to-${id}`, '2026-02-01', [id])),
    },
    TODAY,
  );

  test('from the day they leave, consent ends unless afterLeaving: keep was recorded, exactly as a withdrawal', () => {
    expect(ids(c.ambassadors).sort()).toEqual(['leaving-ended', 'leaving-kept', 'left-kept', 'stays']);
    expect(c.unpublished.filter((u) => u.collection === 'ambassadors')).toEqual([{ collection: 'ambassadors', id: 'left-ended', reason: 'left on 2026-02-28, which ended their consent' }]);
    expect(c.ambassador('left-ended')).toBeUndefined();
    // Their solo story follows the rule for stories whose people all withdrew; their thank-yous go too.
    expect(c.unpublished.filter((u) => u.collection === 'stories')).toEqual([{ collection: 'stories', id: 'by-left-ended', reason: 'none of its ambassadors is published' }]);
    expect(ids(c.recognition).sort()).toEqual(['to-leaving-ended', 'to-leaving-kept', 'to-left-kept', 'to-stays']);
    // The day itself counts: on 2026-06-30 the June leavers have left.
    expect(isAmbassadorPublished(people[3]!.data, day('2026-06-29'))).toBe(true);
    expect(isAmbassadorPublished(people[3]!.data, day('2026-06-30'))).toBe(false);
    expect(isAmbassadorPublished(people[4]!.data, day('2026-06-30'))).toBe(true);
    expect(hasLeft(people[4]!.data, day('2026-06-29'))).toBe(false);
    expect(hasLeft(people[4]!.data, day('2026-06-30'))).toBe(true);
  });

  test('no one who has left is a person to ask about a job, even with afterLeaving: keep', () => {
    expect(ids(c.peopleToAsk(c.job('open')!.data.ambassadors))).toEqual(['leaving-kept', 'leaving-ended', 'stays']);
    expect(ids(c.ambassadorsOf(['left-kept']))).toEqual(['left-kept']);
    expect(c.jobsAskable('left-kept')).toEqual([]);
    expect(c.jobsAskable('left-ended')).toEqual([]);
    expect(ids(c.jobsAskable('leaving-ended'))).toEqual(['open']);
    // Someone kept on as a former colleague still tells their stories.
    expect(ids(c.storiesBy('left-kept'))).toEqual(['by-left-kept']);
  });
});

describe('stories', () => {
  const ambassadors = [ambassador('sofie', { team: 'data-ai' }), ambassador('jan', { team: 'field-ops' }), ambassador('gone', { status: 'withdrawn' })];

  test('drafts, future stories and stories without a published ambassador are left out, with the reason', () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors,
        stories: [
          story('old', { date: '2025-05-01' }),
          story('today', { date: '2026-03-01' }),
          story('tomorrow', { date: '2026-03-02' }),
          story('draft', { draft: true }),
          story('orphan', { ambassadors: ['gone'] }),
          story('duo', { date: '2026-02-01', ambassadors: ['gone', 'jan'] }),
        ],
      },
      TODAY,
    );
    expect(ids(c.stories)).toEqual(['today', 'duo', 'old']);
    expect(c.unpublished.filter((u) => u.collection === 'stories')).toEqual([
      { collection: 'stories', id: 'tomorrow', reason: 'dated in the future' },
      { collection: 'stories', id: 'draft', reason: 'draft' },
      { collection: 'stories', id: 'orphan', reason: 'none of its ambassadors is published' },
    ]);
  });

  test('a story is found by its published ambassadors, their teams and its themes only', () => {
    const c = buildCatalog({ ...none, ambassadors, stories: [story('duo', { ambassadors: ['gone', 'jan'], themes: ['tech'] })] }, TODAY);
    expect(ids(c.storiesBy('jan'))).toEqual(['duo']);
    expect(c.storiesBy('gone')).toEqual([]);
    expect(ids(c.storiesOfTeam('field-ops'))).toEqual(['duo']);
    expect(c.storiesOfTeam('data-ai')).toEqual([]);
    expect(ids(c.storiesOfTheme('tech'))).toEqual(['duo']);
  });
});

describe('jobs', () => {
  test('scheduled before posted, open from posted through the whole validThrough day, closed after', () => {
    const j = job('x', '2026-03-01', '2026-03-31').data;
    expect(getJobState(j, day('2026-02-28'))).toBe('scheduled');
    expect(getJobState(j, day('2026-03-01'))).toBe('open');
    expect(getJobState(j, day('2026-03-31'))).toBe('open');
    expect(getJobState(j, day('2026-04-01'))).toBe('closed');
  });

  test('open jobs newest first; closed jobs keep a page; scheduled jobs do not exist yet', () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors: [ambassador('sofie'), ambassador('gone', { status: 'withdrawn' })],
        jobs: [job('older', '2026-01-01', '2026-06-30', { ambassadors: ['sofie', 'gone'] }), job('newer', '2026-02-01', '2026-03-01', { team: 'field-ops' }), job('closed', '2025-01-01', '2026-02-28'), job('scheduled', '2026-03-02', '2026-06-30')],
      },
      TODAY,
    );
    expect(ids(c.openJobs)).toEqual(['newer', 'older']);
    expect(ids(c.closedJobs)).toEqual(['closed']);
    expect(c.job('closed')?.id).toBe('closed');
    expect(c.job('scheduled')).toBeUndefined();
    expect(c.unpublished.filter((u) => u.collection === 'jobs')).toEqual([{ collection: 'jobs', id: 'scheduled', reason: 'scheduled: posted in the future' }]);
    expect(ids(c.jobsAskable('sofie'))).toEqual(['older']);
    expect(c.jobsAskable('gone')).toEqual([]);
    expect(ids(c.openJobsOfTeam('field-ops'))).toEqual(['newer']);
    expect(ids(c.openJobsOf(['closed', 'older']))).toEqual(['older']);
  });
});

describe('thank-yous', () => {
  test('shown when dated on or before today and naming a published ambassador; on the wall only with opt-in', () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors: [ambassador('sofie'), ambassador('shy', { wall: false }), ambassador('gone', { status: 'withdrawn' })],
        recognition: [thanks('to-sofie', '2026-02-01', ['sofie']), thanks('to-shy', '2026-02-15', ['shy']), thanks('to-gone', '2026-02-01', ['gone']), thanks('future', '2026-03-02', ['sofie']), thanks('both', '2026-03-01', ['shy', 'sofie'])],
      },
      TODAY,
    );
    expect(ids(c.recognition)).toEqual(['both', 'to-shy', 'to-sofie']);
    expect(ids(c.wall)).toEqual(['both', 'to-sofie']);
    expect(ids(c.recognitionFor('shy'))).toEqual(['both', 'to-shy']);
    expect(c.recognitionFor('gone')).toEqual([]);
  });
});

describe('share posts', () => {
  test('proposed inside their window, both ends included; open-ended without until', () => {
    const window = { from: day('2026-03-01'), until: day('2026-03-07') };
    expect(isShareInWindow(window, day('2026-02-28'))).toBe(false);
    expect(isShareInWindow(window, day('2026-03-01'))).toBe(true);
    expect(isShareInWindow(window, day('2026-03-07'))).toBe(true);
    expect(isShareInWindow(window, day('2026-03-08'))).toBe(false);
    expect(isShareInWindow({ from: day('2020-01-01') }, day('2030-01-01'))).toBe(true);
  });

  test('left out when their story or job is not published, with the reason', () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors: [ambassador('sofie', { themes: ['culture'] }), ambassador('jan', { themes: ['tech'] })],
        stories: [story('live'), story('draft', { draft: true })],
        jobs: [job('open', '2026-01-01', '2026-06-30'), job('closed', '2025-01-01', '2025-12-31')],
        share: [
          post('to-live', '2026-02-01', { story: 'live' }),
          post('to-draft', '2026-02-01', { story: 'draft' }),
          post('to-open', '2026-02-10', { job: 'open', themes: ['tech'] }),
          post('to-closed', '2026-02-01', { job: 'closed' }),
          post('ended', '2026-01-01', { until: '2026-02-28' }),
          post('later', '2026-03-02'),
          post('url', '2026-03-01'),
        ],
      },
      TODAY,
    );
    expect(ids(c.share)).toEqual(['url', 'to-open', 'to-live']);
    expect(c.unpublished.filter((u) => u.collection === 'share')).toEqual([
      { collection: 'share', id: 'to-draft', reason: 'its story "draft" is not published' },
      { collection: 'share', id: 'to-closed', reason: 'its job "closed" is not open' },
      { collection: 'share', id: 'ended', reason: 'outside its from/until window' },
      { collection: 'share', id: 'later', reason: 'outside its from/until window' },
    ]);
    expect(ids(c.shareFor('sofie'))).toEqual(['url', 'to-live']);
    expect(ids(c.shareFor('jan'))).toEqual(['to-open']);
    expect(ids(c.shareOfTheme('tech'))).toEqual(['to-open']);
  });

  test("a theme's open jobs: those its published stories name and its current share posts link to, newest first", () => {
    const c = buildCatalog(
      {
        ...none,
        ambassadors: [ambassador('sofie')],
        stories: [story('told', { themes: ['tech'], jobs: ['older', 'closed'] }), story('draft', { draft: true, themes: ['tech'], jobs: ['hidden'] }), story('other', { themes: ['culture'], jobs: ['elsewhere'] })],
        jobs: [job('older', '2026-01-01', '2026-06-30'), job('newer', '2026-02-01', '2026-06-30'), job('closed', '2025-01-01', '2025-12-31'), job('hidden', '2026-01-01', '2026-06-30'), job('elsewhere', '2026-01-01', '2026-06-30')],
        share: [post('hiring', '2026-02-10', { job: 'newer', themes: ['tech'] }), post('ended', '2026-01-01', { job: 'hidden', themes: ['tech'], until: '2026-02-01' })],
      },
      TODAY,
    );
    expect(ids(c.openJobsOfTheme('tech'))).toEqual(['newer', 'older']);
    expect(ids(c.openJobsOfTheme('culture'))).toEqual(['elsewhere']);
    expect(c.openJobsOfTheme('events')).toEqual([]);
  });
});
