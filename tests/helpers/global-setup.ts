import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set while a test run's temporary folder exists (both projects of a run share it). */
const RUN_FOLDER = 'VAANDEL_TEST_RUN_TMP';

/**
 * Generates Astro's types and content store once, so that tests importing astro:content work; and
 * gives the run one temporary folder, removed when the run ends. TMPDIR points there, so every
 * temporary file of the run lands in it: build roots with their output and cache, Chromium
 * profiles, fixture folders. Without it each `npm test` left about a gigabyte in /tmp.
 */
export default function setup() {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (process.env[RUN_FOLDER]) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vaandel-tests-'));
  // Open to other users as /tmp is: the preflight tests run scripts as `nobody` from files in it.
  chmodSync(dir, 0o755);
  process.env[RUN_FOLDER] = dir;
  // Test workers and the processes they start inherit it; os.tmpdir() reads TMPDIR on every call.
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
