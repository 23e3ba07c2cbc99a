/** Helpers the adapters share to read untrusted JSON and XML into plain values. Pure. */
import { XMLParser } from 'fast-xml-parser';
import { JOB_EMPLOYMENT_TYPES, SALARY_UNITS } from '../../schemas/job.ts';
import { cleanText } from './sanitise.ts';
import { FeedError, type AtsPosting } from './types.ts';

/** Parses a JSON body, or says that it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError(`answered with something that is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Parses an XML or RSS body (no DOCTYPE, so no entity expansion), or says that it is not XML. */
export function parseXml(body: string, arrays: readonly string[]): Record<string, unknown> {
  if (/<!DOCTYPE/i.test(body)) throw new FeedError('answered with XML that declares a DOCTYPE, which a job feed never needs; it was refused');
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrays.includes(name),
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(body, true);
  } catch (error) {
    throw new FeedError(`answered with XML that cannot be read (${String((error as { message?: string }).message ?? error).split('\n')[0]})`);
  }
  if (!isRecord(parsed)) throw new FeedError('answered with XML that holds no elements');
  return parsed;
}

/** Whether a value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or an empty one. */
export function obj(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The value as a list (a single value becomes a list of one). */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
}

/** The value as clean text, or "". */
export function str(value: unknown): string {
  return cleanText(value, 2000);
}

/** A list of non-empty clean texts, without repeats. */
export function names(...values: unknown[]): string[] {
  return [...new Set(values.flat().map((v) => cleanText(v)).filter(Boolean))];
}

/** A number from a number or a numeric string ("18.50"), or undefined. */
export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** An ISO date-time from an ISO string, "2026-03-01 10:00:00 UTC", an RFC 822 date or epoch milliseconds; undefined when unreadable. */
export function isoDate(value: unknown): string | undefined {
  let date: Date | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) date = new Date(value);
  else if (typeof value === 'string' && value.trim()) {
    const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)(?: ?UTC)?$/, '$1T$2Z');
    date = new Date(text);
  }
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** An https (or http) URL, or undefined. */
export function webUrl(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

/** The contract type a free-text ATS value means, or undefined. */
export function employmentTypeOf(value: unknown): AtsPosting['employmentType'] {
  const text = typeof value === 'string' ? value.toLowerCase().replace(/[\s_]+/g, '-') : '';
  if (!text) return undefined;
  if (/intern|trainee|stage|stagiair|werkstudent|working-student|apprentic/.test(text)) return 'internship';
  if (/volunt|vrijwillig|bénévol/.test(text)) return 'volunteer';
  if (/temp|fixed-term|interim|seasonal/.test(text)) return 'temporary';
  if (/contract|freelance|contractor|consult/.test(text)) return 'contract';
  if (/part/.test(text)) return 'part-time';
  if (/full|permanent|regular|cdi|vast/.test(text)) return 'full-time';
  return JOB_EMPLOYMENT_TYPES.find((t) => t === text);
}

/** The salary unit an ATS period means ("per-year-salary", "1 YEAR", "month", "hourly"), or undefined. */
export function salaryUnitOf(value: unknown): (typeof SALARY_UNITS)[number] | undefined {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  if (/hour/.test(text)) return 'hour';
  if (/day|daily/.test(text)) return 'day';
  if (/week/.test(text)) return 'week';
  if (/month/.test(text)) return 'month';
  if (/year|annual|annum/.test(text)) return 'year';
  return undefined;
}

/** A salary from its parts, when there is a usable minimum. */
export function salaryOf(min: unknown, max: unknown, currency: unknown, unit: unknown): AtsPosting['salary'] {
  const low = num(min);
  const high = num(max);
  const from = low ?? high;
  if (from === undefined || from < 0) return undefined;
  const code = typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency.trim()) ? currency.trim().toUpperCase() : undefined;
  return {
    min: from,
    ...(high !== undefined && low !== undefined && high >= low ? { max: high } : {}),
    ...(code ? { currency: code } : {}),
    ...(salaryUnitOf(unit) ? { unit: salaryUnitOf(unit) } : {}),
  };
}

/** The work mode words like "remote", "fully", "hybrid", "on-site" mean, or undefined. */
export function workModeOf(value: unknown): AtsPosting['workMode'] {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  if (/hybrid/.test(text)) return 'hybrid';
  if (/remote|fully|telecommut|anywhere/.test(text)) return 'remote';
  if (/on-?site|office|in-person/.test(text)) return 'onsite';
  return undefined;
}

let countryNames: Map<string, string> | undefined;

/** The two-letter code of a country written as a code ("be", "BE") or a name in English, Dutch, French or German ("Belgium", "België"); undefined when unknown. */
export function countryCodeOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return undefined;
  if (!countryNames) {
    countryNames = new Map();
    const displays = ['en', 'nl', 'fr', 'de'].map((lang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        for (const display of displays) {
          const name = display.of(code);
          if (name && name !== code) countryNames.set(fold(name), code);
        }
        if (displays[0]!.of(code)) countryNames.set(code.toLowerCase(), code);
      }
    }
    for (const [alias, code] of [['usa', 'US'], ['uk', 'GB'], ['great britain', 'GB']] as const) countryNames.set(alias, code);
  }
  return countryNames.get(fold(text));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A two-letter language code's primary part in lowercase ("en-GB" → "en"), or undefined. */
export function langOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const match = /^([a-zA-Z]{2,3})(?:[-_][a-zA-Z]{2})?$/.exec(text);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A heading and its HTML, joined; empty sections dropped. */
export function sections(parts: { title?: string; html?: string }[]): string {
  return parts
    .filter((p) => p.html && p.html.trim())
    .map((p) => `${p.title ? `<h3>${escapeHtml(p.title)}</h3>` : ''}${p.html}`)
    .join('\n');
}
