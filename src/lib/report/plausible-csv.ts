/**
 * A Plausible CSV export (Site settings → Imports & exports → Export data: a zip of
 * `imported_<table>_<first day>_<last day>.csv` files) turned into the report's monthly rows. Columns
 * are read by their header names, never by position. Pure: the caller reads the files.
 */
import { parse } from 'csv-parse/sync';
import type { AnalyticsData, EventRow, VisitRow } from './reach.ts';

/** A problem with the analytics input that the person running the report can fix. */
export class AnalyticsInputError extends Error {
  override name = 'AnalyticsInputError';
}

/** One CSV file of the export. */
export interface CsvFile {
  /** The file name, e.g. imported_sources_20250101_20251231.csv. */
  name: string;
  /** How messages name the file (its path); the name by default. */
  label?: string;
  text: string;
}

/** The tables the report reads. */
export const SOURCES_TABLE = /^imported_sources(?:_\d{8}_\d{8})?\.csv$/i;
export const EVENTS_TABLE = /^imported_custom_events(?:_\d{8}_\d{8})?\.csv$/i;

const HOW_TO_EXPORT = 'Export the data again in Plausible (Site settings → Imports & exports → Export data) and unzip it into this folder.';

/** The records of one CSV file, each a map from header name to value; throws a readable error for a file that is not a CSV with these columns. */
function readTable(file: CsvFile, required: readonly string[]): Record<string, string>[] {
  let records: Record<string, string>[];
  let header: string[] = [];
  try {
    records = parse(file.text, { columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())), bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new AnalyticsInputError(`${file.label ?? file.name} cannot be read as CSV: ${(error as Error).message}. ${HOW_TO_EXPORT}`);
  }
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length) {
    throw new AnalyticsInputError(`${file.label ?? file.name} has no column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}, so it is not a Plausible ${file.name.startsWith('imported_sources') ? 'sources' : 'custom events'} export. ${HOW_TO_EXPORT}`);
  }
  return records;
}

function count(file: CsvFile, record: Record<string, string>, column: string, line: number): number {
  const raw = record[column] ?? '';
  const value = raw === '' ? 0 : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new AnalyticsInputError(`${file.label ?? file.name}, line ${line}: ${column} is "${raw}", not a count. ${HOW_TO_EXPORT}`);
  return value;
}

function month(file: CsvFile, record: Record<string, string>, line: number): string {
  const date = record.date ?? '';
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) throw new AnalyticsInputError(`${file.label ?? file.name}, line ${line}: date is "${date}", not a day like 2026-03-01. ${HOW_TO_EXPORT}`);
  return date.slice(0, 7);
}

/**
 * The visits (imported_sources) and custom events (imported_custom_events) of an export. utm_content,
 * which names a person on personal share pages, is read only when `byAmbassador` allows it.
 */
export function parsePlausibleExport(files: readonly CsvFile[], options: { byAmbassador: boolean }): AnalyticsData {
  const sources = files.filter((f) => SOURCES_TABLE.test(f.name));
  if (!sources.length) {
    throw new AnalyticsInputError(`there is no imported_sources_*.csv among ${files.length ? files.map((f) => f.name).join(', ') : 'the files'}. ${HOW_TO_EXPORT}`);
  }
  const visits: VisitRow[] = [];
  for (const file of sources) {
    readTable(file, ['date', 'source', 'utm_source', 'utm_medium', 'utm_campaign', 'visits']).forEach((r, i) => {
      const line = i + 2;
      visits.push({
        month: month(file, r, line),
        source: r.source ?? '',
        utmSource: r.utm_source ?? '',
        utmMedium: r.utm_medium ?? '',
        utmCampaign: r.utm_campaign ?? '',
        ...(options.byAmbassador && r.utm_content ? { utmContent: r.utm_content } : {}),
        visits: count(file, r, 'visits', line),
      });
    });
  }
  const eventFiles = files.filter((f) => EVENTS_TABLE.test(f.name));
  if (!eventFiles.length) return { visits };
  const events: EventRow[] = [];
  for (const file of eventFiles) {
    readTable(file, ['date', 'name', 'events']).forEach((r, i) => {
      const line = i + 2;
      events.push({ month: month(file, r, line), name: r.name ?? '', url: r.link_url ?? '', events: count(file, r, 'events', line) });
    });
  }
  return { visits, events };
}
