/** Calendar buckets for the programme report: months, quarters and ISO weeks around "today" (all UTC). */
import { isoWeek } from '../dates.ts';

const DAY = 86_400_000;

/** A month as "2026-03". */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** A quarter as "2026-Q1". */
export function quarterKey(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The `count` months up to and including today's, oldest first. */
export function lastMonths(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthKey(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (count - 1 - i), 1))));
}

/** The `count` quarters up to and including today's, oldest first. */
export function lastQuarters(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => quarterKey(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3 * (count - 1 - i), 1))));
}

/** ISO weeks from `before` weeks before today's week through `after` weeks after it, with where each stands. */
export function weeksAround(today: Date, before: number, after: number): { week: string; when: 'past' | 'current' | 'next' }[] {
  return Array.from({ length: before + 1 + after }, (_, i) => {
    const offset = i - before;
    return { week: isoWeek(new Date(today.getTime() + offset * 7 * DAY)), when: offset < 0 ? 'past' : offset === 0 ? 'current' : 'next' };
  });
}

/** The first day of the month `months` months before today's month (0 = this month's first day). */
export function firstDayOfMonthsAgo(today: Date, months: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
}

/** The same calendar day `months` months earlier (clamped to the month's last day). */
export function monthsBefore(today: Date, months: number): Date {
  const target = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(today.getUTCDate(), lastDay)));
}

/** Whole days from `from` to `to`, both counted (the same day is 1). */
export function daysInclusive(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY) + 1;
}

/** The median of a list of numbers, or undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
