/**
 * Looks on this machine for the programs a command needs (does Chromium start, does `java -version`
 * work, is this root, is there apt-get), installs the Debian packages when planSetup says so, and
 * looks again. Used by `npm test` (the browser tests' global setup), `npm run audit` and
 * scripts/preflight.ts.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeInstallFailure, planSetup, PROGRAMS, type Found, type ProgramId, type SetupInput } from './plan.ts';

/** How long a program may take to print its version before it counts as not starting. */
const START_TIMEOUT_MS = 20_000;

/** The first executable file named `command` in the folders of a PATH, or undefined. */
export function findOnPath(command: string, pathVariable = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVariable.split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here: try the next folder
    }
  }
  return undefined;
}

/** The Chromium that tests and the audit launch: CHROMIUM_PATH, else `chromium` on PATH, else Debian's /usr/bin/chromium. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || findOnPath('chromium', env.PATH) || '/usr/bin/chromium';
}

/** The last line a failing program printed, which names the reason (earlier lines are often warnings). */
function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? ''
  );
}

/** Whether the file starts and prints its version: undefined when it does, else what goes wrong. */
function tryStart(file: string, versionFlag: string): Promise<string | undefined> {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch (error) {
    return Promise.resolve((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not executable');
  }
  return new Promise((resolve) => {
    execFile(file, [versionFlag], { timeout: START_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) resolve(undefined);
      else if (error.killed) resolve(`did not answer within ${START_TIMEOUT_MS / 1000} s`);
      else resolve(`fails (exit ${error.code ?? error.signal}): ${lastLine(stderr) || lastLine(stdout) || error.message}`);
    });
  });
}

/** Looks for one program: where it is and whether it starts. */
async function look(id: ProgramId, env: NodeJS.ProcessEnv): Promise<Found> {
  const program = PROGRAMS[id];
  const file = id === 'chromium' && env.CHROMIUM_PATH ? env.CHROMIUM_PATH : findOnPath(program.command, env.PATH);
  if (file === undefined) return {};
  return { path: file, problem: await tryStart(file, program.versionFlag) };
}

/** What a command needs and how to speak of it. */
export interface PreflightOptions {
  /** The command being prepared, as people type it: "npm test". */
  command: string;
  /** The programs it needs. */
  needs: ProgramId[];
  /** A sentence on how to go on without them, added to a stop message. */
  alternative?: string;
  /** The environment to look in (PATH, CHROMIUM_PATH); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Where the one "installing" line goes; console.log by default. */
  log?: (line: string) => void;
}

/** Everything planSetup needs, found on this machine. */
async function lookAround(options: PreflightOptions, installed?: string[]): Promise<SetupInput> {
  const env = options.env ?? process.env;
  const found = Object.fromEntries(await Promise.all(options.needs.map(async (id) => [id, await look(id, env)] as const)));
  return {
    command: options.command,
    found,
    chromiumPath: env.CHROMIUM_PATH || undefined,
    isRoot: process.getuid?.() === 0,
    hasAptGet: findOnPath('apt-get', env.PATH) !== undefined,
    alternative: options.alternative,
    installed,
  };
}

/** Runs apt-get quietly; its output is kept for a failure message. */
function runAptGet(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(findOnPath('apt-get', env.PATH)!, args, { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 127, output: output + error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Makes sure the programs are there, installing them with apt-get when running as root: undefined
 * when the command can run, else the message to print before stopping.
 */
export async function preflight(options: PreflightOptions): Promise<string | undefined> {
  const env = options.env ?? process.env;
  const plan = planSetup(await lookAround(options));
  if (plan.action === 'ready') return undefined;
  if (plan.action === 'stop') return plan.message;

  (options.log ?? console.log)(plan.line);
  for (const [step, args] of [
    ['update', ['update', '-qq']],
    ['install', ['install', '-y', '-qq', ...plan.packages]],
  ] as const) {
    const { code, output } = await runAptGet([...args], env);
    if (code !== 0) return describeInstallFailure({ command: options.command, packages: plan.packages, step, code, output, alternative: options.alternative });
  }
  const after = planSetup(await lookAround(options, plan.packages));
  return after.action === 'stop' ? after.message : undefined;
}

/** Runs the preflight and, when the command cannot run, prints why and exits with code 1. */
export async function preflightOrExit(options: PreflightOptions): Promise<void> {
  const message = await preflight(options);
  if (message === undefined) return;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
