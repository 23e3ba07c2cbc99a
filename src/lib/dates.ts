/** The environment variable that fixes "today" for reproducible builds and tests, as an ISO date. */
export const NOW_ENV = 'VAANDEL_NOW';

/**
 * The build's "today" at 00:00 UTC: `VAANDEL_NOW` when set (an ISO date such as 2026-03-01), else the
 * given clock reading. Throws a readable error for a value that is not a date.
 */
export function resolveToday(env: Record<string, string | undefined>, clock: Date): Date {
  const chosen = env[NOW_ENV]?.trim();
  const source = chosen ? new Date(chosen) : clock;
  if (Number.isNaN(source.getTime())) {
    throw new Error(`${NOW_ENV}="${chosen}" is not a date. Write it as YYYY-MM-DD, e.g. ${NOW_ENV}=2026-03-01.`);
  }
  return startOfDay(source);
}

/** The same instant truncated to 00:00 UTC. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The date as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO week of a date, as "2026-W09". */
export function isoWeek(date: Date): string {
  const d = startOfDay(date);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
