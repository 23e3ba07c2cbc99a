/**
 * What the test suite and the audit need from the machine (a Chromium that starts, a Java for the
 * HTML checker), and what to do when one is missing: install the Debian packages with apt-get when
 * running as root, or stop with one message naming the program and the command that installs it.
 * Pure: what was found on the machine comes in as arguments (see preflight-fs.ts for the probing).
 */

/** The programs a command may need. */
export type ProgramId = 'chromium' | 'java';

/** One program: its name for people, the command looked up on PATH, the Debian package that brings it. */
export interface Program {
  /** Its name in messages. */
  name: string;
  /** The command looked up on PATH. */
  command: string;
  /** The argument that makes it print its version and exit: proof that it starts. */
  versionFlag: string;
  /** The Debian package that installs it. */
  debianPackage: string;
  /** What it is for, after the name: "Chromium, to run pages in a browser". */
  purpose: string;
}

/** Chromium and Java, in the order messages name them. */
export const PROGRAMS: Record<ProgramId, Program> = {
  chromium: { name: 'Chromium', command: 'chromium', versionFlag: '--version', debianPackage: 'chromium', purpose: 'to run pages in a browser' },
  java: { name: 'Java', command: 'java', versionFlag: '-version', debianPackage: 'default-jre-headless', purpose: 'to run the HTML checker (vnu-jar)' },
};

/** What `npm test` needs before its browser tests run, and where to turn without it. */
export const NPM_TEST_NEEDS = {
  command: 'npm test',
  needs: ['chromium', 'java'] as ProgramId[],
  alternative: 'npm run test:unit runs the tests that need neither Chromium nor Java.',
};

/** What was found of one program. */
export interface Found {
  /** The file that was tried (CHROMIUM_PATH's value, or where the command is on PATH); undefined when the command is not on PATH. */
  path?: string;
  /** Why it cannot be used ("does not exist", "fails: …"); undefined when it starts. */
  problem?: string;
}

/** Everything the decision depends on. */
export interface SetupInput {
  /** The command being prepared, as people type it: "npm test", "npm run audit". */
  command: string;
  /** What was found of each program the command needs; a program it does not need is absent. */
  found: Partial<Record<ProgramId, Found>>;
  /** CHROMIUM_PATH, when set: Chromium is then that file, which apt-get cannot fix. */
  chromiumPath?: string;
  /** Whether the process runs as root (uid 0). */
  isRoot: boolean;
  /** Whether apt-get is on PATH. */
  hasAptGet: boolean;
  /** A sentence on how to go on without the programs ("npm run test:unit runs …"). */
  alternative?: string;
  /** The packages apt-get has just installed, when this is the look after an install. */
  installed?: string[];
}

/** What to do before the command runs. */
export type SetupPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; line: string }
  | { action: 'stop'; message: string };

/** "a", "a and b", "a, b and c". */
function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The apt-get command that installs the packages, with sudo when not root. */
export function aptCommand(packages: string[], isRoot: boolean): string {
  const sudo = isRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

/** What is wrong with one program, in a few words. */
function describeProblem(id: ProgramId, found: Found, chromiumPath: string | undefined): string {
  const program = PROGRAMS[id];
  if (id === 'chromium' && chromiumPath !== undefined) return `CHROMIUM_PATH=${chromiumPath} ${found.problem ?? 'does not start'}`;
  if (found.path === undefined) return `no \`${program.command}\` on PATH`;
  return `\`${found.path} ${program.versionFlag}\` ${found.problem ?? 'does not start'}`;
}

/** Decides whether the command can run, needs an install first, or must stop (and with what message). */
export function planSetup(input: SetupInput): SetupPlan {
  const missing = (Object.keys(PROGRAMS) as ProgramId[]).filter((id) => input.found[id] && (input.found[id].path === undefined || input.found[id].problem !== undefined));
  if (missing.length === 0) return { action: 'ready' };

  const overridden = (id: ProgramId) => id === 'chromium' && input.chromiumPath !== undefined;
  const installable = missing.filter((id) => !overridden(id));
  const packages = installable.map((id) => PROGRAMS[id].debianPackage);
  const names = joinAnd(missing.map((id) => PROGRAMS[id].name));

  if (input.installed === undefined && input.isRoot && input.hasAptGet && installable.length === missing.length) {
    return {
      action: 'install',
      packages,
      line: `${input.command} needs ${names}: installing the Debian package${packages.length > 1 ? 's' : ''} ${joinAnd(packages)} with apt-get (once, a minute or two)…`,
    };
  }

  const lines = [
    input.installed === undefined
      ? `${input.command} needs ${missing.length > 1 ? 'programs' : 'a program'} this machine lacks:`
      : `apt-get installed ${joinAnd(input.installed)}, but ${input.command} still lacks ${names}:`,
    ...missing.map((id) => `  ${PROGRAMS[id].name}, ${PROGRAMS[id].purpose}: ${describeProblem(id, input.found[id]!, input.chromiumPath)}.`),
  ];
  if (missing.some(overridden)) lines.push('Point CHROMIUM_PATH at a Chromium or Chrome that starts, or unset it to use `chromium` from PATH.');
  if (installable.length > 0) {
    if (input.installed !== undefined) {
      lines.push(`Run \`${aptCommand(packages, input.isRoot)}\` by hand to see apt-get's messages${installable.includes('chromium') ? ', or set CHROMIUM_PATH to a Chromium or Chrome that starts' : ''}.`);
    } else if (input.hasAptGet) {
      lines.push(
        input.isRoot
          ? `Install ${installable.length > 1 ? 'them' : 'it'}, then run ${input.command} again:`
          : `${input.command} installs ${installable.length > 1 ? 'them' : 'it'} itself only when it runs as root. Install ${installable.length > 1 ? 'them' : 'it'} as root, then run ${input.command} again:`,
        `  ${aptCommand(packages, input.isRoot)}`,
      );
      if (installable.includes('chromium')) lines.push('Or set CHROMIUM_PATH to a Chromium or Chrome you already have.');
    } else {
      lines.push(`There is no apt-get here to install ${installable.length > 1 ? 'them' : 'it'} with. Install with this system's package manager, then run ${input.command} again:`);
      if (installable.includes('chromium')) lines.push('  Chromium or Google Chrome; set CHROMIUM_PATH to it unless it is `chromium` on PATH.');
      if (installable.includes('java')) lines.push('  A Java runtime (JRE), so that `java` is on PATH.');
    }
  }
  if (input.alternative) lines.push(input.alternative);
  return { action: 'stop', message: lines.join('\n') };
}

/** The message when apt-get itself fails: which step, its exit code, its last lines, and the command to try by hand. */
export function describeInstallFailure(input: { command: string; packages: string[]; step: 'update' | 'install'; code: number; output: string; alternative?: string }): string {
  const tail = input.output
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-5)
    .map((line) => `  ${line.trim()}`);
  return [
    `${input.command} could not install ${joinAnd(input.packages)}: \`apt-get ${input.step}\` failed (exit ${input.code})${tail.length ? ':' : '.'}`,
    ...tail,
    `Install ${input.packages.length > 1 ? 'them' : 'it'} by hand, then run ${input.command} again:`,
    `  ${aptCommand(input.packages, true)}`,
    ...(input.alternative ? [input.alternative] : []),
  ].join('\n');
}
