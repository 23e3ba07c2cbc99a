/** The weekly ask cap: proposals per ambassador per ISO week of the posts' first day. */
import { describe, expect, test } from 'vitest';
import { countAsks, findAskCapExcesses } from '../../../src/lib/ask-cap.ts';

const person = (id: string, themes: string[]) => ({ id, data: { themes } });
const post = (id: string, from: string, themes: string[]) => ({ id, data: { from: new Date(from), themes } });

describe('ask cap', () => {
  const ambassadors = [person('sofie', ['culture', 'tech']), person('jan', ['tech']), person('lies', [])];
  const posts = [
    post('a', '2026-03-02', ['culture']), // Monday of 2026-W10
    post('b', '2026-03-08', ['tech', 'culture']), // Sunday of 2026-W10: one post, counted once
    post('c', '2026-03-04', ['tech']),
    post('d', '2026-03-09', ['tech']), // Monday of 2026-W11
    post('e', '2026-03-03', ['hiring']),
  ];

  test('counts the posts whose themes meet the ambassador\'s, per ISO week, in date order', () => {
    const counts = countAsks(ambassadors, posts);
    expect(Object.fromEntries(counts.get('sofie')!)).toEqual({ '2026-W10': ['a', 'c', 'b'], '2026-W11': ['d'] });
    expect(Object.fromEntries(counts.get('jan')!)).toEqual({ '2026-W10': ['c', 'b'], '2026-W11': ['d'] });
    expect(counts.get('lies')!.size).toBe(0);
  });

  test('reports only weeks over the cap, naming the ambassador, the week and the posts', () => {
    expect(findAskCapExcesses(ambassadors, posts, 3)).toEqual([]);
    expect(findAskCapExcesses(ambassadors, posts, 2)).toEqual([{ ambassador: 'sofie', week: '2026-W10', posts: ['a', 'c', 'b'], cap: 2 }]);
    expect(findAskCapExcesses(ambassadors, posts, 1)).toEqual([
      { ambassador: 'jan', week: '2026-W10', posts: ['c', 'b'], cap: 1 },
      { ambassador: 'sofie', week: '2026-W10', posts: ['a', 'c', 'b'], cap: 1 },
    ]);
  });

  test('from a given day on, weeks that are over are not reported: they can no longer change', () => {
    expect(findAskCapExcesses(ambassadors, posts, 2, new Date('2026-03-08'))).toEqual([{ ambassador: 'sofie', week: '2026-W10', posts: ['a', 'c', 'b'], cap: 2 }]);
    expect(findAskCapExcesses(ambassadors, posts, 2, new Date('2026-03-09'))).toEqual([]);
  });

  test('weeks follow ISO numbering across the new year', () => {
    const counts = countAsks([person('sofie', ['tech'])], [post('x', '2026-12-31', ['tech']), post('y', '2027-01-03', ['tech']), post('z', '2027-01-04', ['tech'])]);
    expect(Object.fromEntries(counts.get('sofie')!)).toEqual({ '2026-W53': ['x', 'y'], '2027-W01': ['z'] });
  });
});
