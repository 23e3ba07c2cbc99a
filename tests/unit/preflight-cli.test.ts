/**
 * The preflight as people meet it: scripts/preflight.ts on a PATH that hides this machine's Chromium
 * and Java, with a stand-in apt-get that logs its arguments (and, when asked to install, puts a
 * chromium and a java beside itself), run as root and as a user who is not (nobody, via runuser);
 * then `npm test` and `npm run test:unit` themselves.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../scripts/preflight/preflight-fs.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** A chromium and a java that print their version, as the real ones do. */
const CHROMIUM = 'echo "Chromium 150.0 (stand-in)"';
const JAVA = 'echo "openjdk version \\"17\\" (stand-in)" >&2';
const isRoot = process.getuid?.() === 0;
/**
 * Whether the tests can run the scripts as a user who is not root: as root, they run them as
 * `nobody`, who must be able to read this checkout (not so in a folder only root may enter, like /root).
 */
const canRunAsNobody = !isRoot || (() => {
  const runuser = findOnPath('runuser', `${process.env.PATH}:/usr/sbin:/sbin`);
  return runuser !== undefined && spawnSync(runuser, ['-u', 'nobody', '--', '/usr/bin/test', '-r', path.join(root, 'scripts/preflight.ts')]).status === 0;
})();
let dir: string;
/** Holds the chromium and java that APT_INSTALLS "installs". */
let standIns: string;
let count = 0;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-preflight-'));
  await fs.chmod(dir, 0o755); // nobody reads the stand-ins
  standIns = path.join(dir, 'stand-ins');
  await fs.mkdir(standIns);
  await fs.writeFile(path.join(standIns, 'chromium'), `#!/bin/sh\n${CHROMIUM}\n`, { mode: 0o755 });
  await fs.writeFile(path.join(standIns, 'java'), `#!/bin/sh\n${JAVA}\n`, { mode: 0o755 });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A fresh folder of shell scripts to serve as the whole PATH, and the file its apt-get logs to. */
async function makeBin(scripts: Record<string, string>): Promise<{ bin: string; log: string }> {
  const bin = path.join(dir, `bin-${++count}`);
  const log = path.join(dir, `apt-${count}.log`);
  await fs.mkdir(bin, { mode: 0o755 });
  await fs.writeFile(log, '', { mode: 0o666 });
  await fs.chmod(log, 0o666);
  for (const [name, body] of Object.entries(scripts)) {
    await fs.writeFile(path.join(bin, name), `#!/bin/sh\n${body.replaceAll('$LOG', log).replaceAll('$STAND_INS', standIns)}\n`, { mode: 0o755 });
  }
  return { bin, log };
}

/** apt-get that only logs: it must not be called. */
const APT_LOGS = 'echo "$* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> "$LOG"';
/** apt-get whose install copies a working chromium and java beside it (the PATH holds no other command). */
const APT_INSTALLS = `${APT_LOGS}
if [ "$1" = install ]; then /bin/cp "$STAND_INS/chromium" "$STAND_INS/java" "\${0%/*}/"; fi`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and exit code. */
function collect(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) }));
  });
}

/**
 * Runs scripts/preflight.ts (or another script) with exactly this environment, through the
 * project's Node (no PATH needed to start it); as nobody when asked and this process is root.
 */
function runPreflight(env: Record<string, string>, options: { asNobody?: boolean; script?: string[] } = {}): Promise<Run> {
  const command = [process.execPath, '--import', 'tsx', ...(options.script ?? [path.join(root, 'scripts/preflight.ts')])];
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  if (options.asNobody && isRoot) {
    const runuser = findOnPath('runuser', `${process.env.PATH}:/usr/sbin:/sbin`);
    if (!runuser) throw new Error('runuser is needed to run the preflight as a user who is not root');
    return collect(runuser, ['-u', 'nobody', '--', '/usr/bin/env', '-i', ...envArgs, ...command], {});
  }
  return collect(command[0]!, command.slice(1), env);
}

describe('scripts/preflight.ts', () => {
  it('says nothing of set-up when Chromium and java start', async () => {
    const { bin, log } = await makeBin({ chromium: CHROMIUM, java: JAVA, 'apt-get': APT_LOGS });
    const run = await runPreflight({ PATH: bin });
    expect(run).toEqual({ code: 0, stdout: `Chromium (${bin}/chromium) and Java start: npm test can run its browser tests and the HTML checker.\n`, stderr: '' });
    expect(await fs.readFile(log, 'utf8')).toBe('');
  });

  it.runIf(canRunAsNobody)('tells a user who is not root what is missing and the command to install it, and installs nothing', async () => {
    const { bin, log } = await makeBin({ 'apt-get': APT_LOGS });
    const run = await runPreflight({ PATH: bin }, { asNobody: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatchInlineSnapshot(`
      "npm test needs programs this machine lacks:
        Chromium, to run pages in a browser: no \`chromium\` on PATH.
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      npm test installs them itself only when it runs as root. Install them as root, then run npm test again:
        sudo apt-get update && sudo apt-get install -y chromium default-jre-headless
      Or set CHROMIUM_PATH to a Chromium or Chrome you already have.
      npm run test:unit runs the tests that need neither Chromium nor Java.
      "
    `);
    expect(await fs.readFile(log, 'utf8')).toBe('');
  });

  // Only root may install; CI and the project's machines run as root.
  it.runIf(isRoot)('installs what is missing with apt-get as root, in one line, then finds it', async () => {
    const { bin, log } = await makeBin({ 'apt-get': APT_INSTALLS });
    const run = await runPreflight({ PATH: bin });
    expect(run.stdout.replaceAll(bin, '<bin>')).toMatchInlineSnapshot(`
      "npm test needs Chromium and Java: installing the Debian packages chromium and default-jre-headless with apt-get (once, a minute or two)…
      Chromium (<bin>/chromium) and Java start: npm test can run its browser tests and the HTML checker.
      "
    `);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await fs.readFile(log, 'utf8')).toBe('update -qq DEBIAN_FRONTEND=noninteractive\ninstall -y -qq chromium default-jre-headless DEBIAN_FRONTEND=noninteractive\n');
  });

  it.runIf(isRoot)('installs only what is missing, and stops with apt-get\'s own words when it fails', async () => {
    const { bin, log } = await makeBin({
      chromium: CHROMIUM,
      'apt-get': `${APT_LOGS}\nif [ "$1" = install ]; then echo "Reading package lists..."; echo "E: Unable to locate package default-jre-headless" >&2; exit 100; fi`,
    });
    const run = await runPreflight({ PATH: bin });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "npm test could not install default-jre-headless: \`apt-get install\` failed (exit 100):
        Reading package lists...
        E: Unable to locate package default-jre-headless
      Install it by hand, then run npm test again:
        apt-get update && apt-get install -y default-jre-headless
      npm run test:unit runs the tests that need neither Chromium nor Java.
      "
    `);
    expect(await fs.readFile(log, 'utf8')).toBe('update -qq DEBIAN_FRONTEND=noninteractive\ninstall -y -qq default-jre-headless DEBIAN_FRONTEND=noninteractive\n');
  });

  it('takes the browser from CHROMIUM_PATH, and never installs over it', async () => {
    const { bin, log } = await makeBin({
      java: JAVA,
      'apt-get': APT_LOGS,
      'my-chrome': CHROMIUM,
      'broken-chrome': 'echo "error while loading shared libraries: libnss3.so" >&2; exit 127',
    });
    const good = await runPreflight({ PATH: bin, CHROMIUM_PATH: `${bin}/my-chrome` });
    expect(good.stdout).toBe(`Chromium (${bin}/my-chrome) and Java start: npm test can run its browser tests and the HTML checker.\n`);

    const missing = await runPreflight({ PATH: bin, CHROMIUM_PATH: '/nonexistent' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Chromium, to run pages in a browser: CHROMIUM_PATH=/nonexistent does not exist.
      Point CHROMIUM_PATH at a Chromium or Chrome that starts, or unset it to use \`chromium\` from PATH.
      npm run test:unit runs the tests that need neither Chromium nor Java.
      "
    `);
    const broken = await runPreflight({ PATH: bin, CHROMIUM_PATH: `${bin}/broken-chrome` });
    expect(broken.stderr.replaceAll(bin, '<bin>')).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Chromium, to run pages in a browser: CHROMIUM_PATH=<bin>/broken-chrome fails (exit 127): error while loading shared libraries: libnss3.so.
      Point CHROMIUM_PATH at a Chromium or Chrome that starts, or unset it to use \`chromium\` from PATH.
      npm run test:unit runs the tests that need neither Chromium nor Java.
      "
    `);
    expect(await fs.readFile(log, 'utf8')).toBe('');
  });
});

describe('npm run audit', () => {
  it.runIf(canRunAsNobody)('runs the same preflight for the tools it is asked to run', { timeout: 60_000 }, async () => {
    const dist = path.join(dir, 'dist');
    await fs.mkdir(dist, { mode: 0o755 });
    await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><html lang="en"><title>Home</title></html>\n', { mode: 0o644 });
    const { bin, log } = await makeBin({ 'apt-get': APT_LOGS });
    const audit = (...args: string[]) => runPreflight({ PATH: bin }, { asNobody: true, script: [path.join(root, 'scripts/audit.ts'), '--dist', dist, ...args] });

    const all = await audit('--no-lighthouse');
    expect(all.code).toBe(1);
    expect(all.stderr).toMatchInlineSnapshot(`
      "npm run audit needs programs this machine lacks:
        Chromium, to run pages in a browser: no \`chromium\` on PATH.
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      npm run audit installs them itself only when it runs as root. Install them as root, then run npm run audit again:
        sudo apt-get update && sudo apt-get install -y chromium default-jre-headless
      Or set CHROMIUM_PATH to a Chromium or Chrome you already have.
      npm run audit -- --only links,og,jsonld runs the checks that need neither Chromium nor Java.
      "
    `);
    const neither = await audit('--only', 'jsonld');
    expect(neither.stderr).toBe('');
    expect(neither.stdout).toContain('JSON-LD (jobs)');
    expect(await fs.readFile(log, 'utf8')).toBe('');
  });
});

describe('npm test and npm run test:unit', () => {
  /** This environment without Vitest's own variables, with a Chromium that is not there and a cache of its own. */
  const env = () => ({
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
    CHROMIUM_PATH: '/nonexistent',
    VAANDEL_CACHE_DIR: path.join(dir, 'astro-cache'),
  });

  it('npm test stops before any test with the one message, no stack trace', { timeout: 120_000 }, async () => {
    const run = await collect('npm', ['test', '--', 'tests/e2e/filters.test.ts'], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('npm test needs a program this machine lacks:\n  Chromium, to run pages in a browser: CHROMIUM_PATH=/nonexistent does not exist.\n');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/Test Files|✓|×|\n\s+at |❯/);
  });

  it('npm run test:unit runs without looking for Chromium or Java', { timeout: 180_000 }, async () => {
    const run = await collect('npm', ['run', 'test:unit', '--', 'tests/unit/slug.test.ts'], env());
    expect(run.stderr).not.toContain('lacks');
    expect(run.stdout).toMatch(/Test Files {2}1 passed \(1\)/);
    expect(run.code).toBe(0);
  });

  it('keeps every test that drives a browser or runs Java in tests/e2e/, which only npm test runs', async () => {
    const files = (await fs.readdir(path.join(root, 'tests'), { recursive: true })).filter((f) => f.endsWith('.test.ts') && !f.startsWith('e2e/'));
    expect(files.length).toBeGreaterThan(40);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(path.join(root, 'tests', file), 'utf8');
      if (/from '(playwright-core|@axe-core\/playwright|\.\.\/helpers\/(browser|axe)|.*scripts\/audit)'|vnu\.jar|\(\s*['"]java['"]\s*,/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
