/**
 * The last successful fetch of each ATS feed, and the record of jobs that left it, as JSON files in
 * the build cache (Astro's cacheDir, which CI keeps between runs): `<cacheDir>/vaandel-ats/`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FeedSnapshot } from './sync.ts';

/** The folder inside the cache. */
export const SNAPSHOT_DIR = 'vaandel-ats';

/** The file of one feed. */
export function snapshotPath(cacheDir: string, source: string, account: string): string {
  return path.join(cacheDir, SNAPSHOT_DIR, `${source}-${account.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
}

/** The last fetch of a feed, or undefined when there is none (or it cannot be read). */
export async function readSnapshot(cacheDir: string, source: string, account: string): Promise<FeedSnapshot | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(snapshotPath(cacheDir, source, account), 'utf8')) as FeedSnapshot;
    return data && data.version === 1 && Array.isArray(data.postings) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a feed's fetch, replacing the last one (written to a temporary file first, so a crash never leaves half a file). */
export async function writeSnapshot(cacheDir: string, snapshot: FeedSnapshot): Promise<void> {
  const file = snapshotPath(cacheDir, snapshot.source, snapshot.account);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify(snapshot));
  await fs.rename(temporary, file);
}
