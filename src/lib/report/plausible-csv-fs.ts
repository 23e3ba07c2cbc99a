/** Reads a folder holding an unzipped Plausible CSV export. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AnalyticsInputError, EVENTS_TABLE, parsePlausibleExport, SOURCES_TABLE, type CsvFile } from './plausible-csv.ts';
import type { AnalyticsData } from './reach.ts';

/** The export's visits and events; every problem is an AnalyticsInputError naming the file. */
export async function readPlausibleExport(dir: string, options: { byAmbassador: boolean }): Promise<AnalyticsData> {
  const names = await fs.readdir(dir).catch(() => {
    throw new AnalyticsInputError(`${dir} is not a folder you can read. Give --analytics the folder where you unzipped Plausible's CSV export.`);
  });
  const wanted = names.filter((name) => SOURCES_TABLE.test(name) || EVENTS_TABLE.test(name)).sort();
  const files: CsvFile[] = await Promise.all(
    wanted.map(async (name) => {
      const file = path.join(dir, name);
      const bytes = await fs.readFile(file).catch(() => {
        throw new AnalyticsInputError(`${file} cannot be read. Check that it is a file you may read.`);
      });
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      try {
        return { name, label: file, text: text.decode(bytes) };
      } catch {
        throw new AnalyticsInputError(`${file} is not UTF-8 text, so it is not a Plausible CSV export. Export the data again in Plausible and unzip it here.`);
      }
    }),
  );
  return parsePlausibleExport(files.length ? files : names.map((name) => ({ name, text: '' })), options);
}
