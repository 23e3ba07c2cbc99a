/** What `npm test` and `npm run audit` do when Chromium or Java is missing: every branch, every message. */
import { describe, expect, it } from 'vitest';
import { aptCommand, describeInstallFailure, NPM_TEST_NEEDS, planSetup, type Found, type SetupInput } from '../../scripts/preflight/plan.ts';

const starts = (path: string): Found => ({ path });
const absent: Found = {};
const both = { chromium: starts('/usr/bin/chromium'), java: starts('/usr/bin/java') };

/** npm test's input: both programs needed, root with apt-get unless said otherwise. */
function input(found: SetupInput['found'], machine: Partial<SetupInput> = {}): SetupInput {
  return { command: NPM_TEST_NEEDS.command, alternative: NPM_TEST_NEEDS.alternative, found, isRoot: true, hasAptGet: true, ...machine };
}

/** The message of a plan that must stop. */
function stopMessage(setup: SetupInput): string {
  const plan = planSetup(setup);
  if (plan.action !== 'stop') throw new Error(`expected a stop, got ${JSON.stringify(plan)}`);
  return plan.message;
}

describe('planSetup', () => {
  it('lets the command run when every program it needs starts, whoever runs it', () => {
    expect(planSetup(input(both))).toEqual({ action: 'ready' });
    expect(planSetup(input(both, { isRoot: false, hasAptGet: false }))).toEqual({ action: 'ready' });
    expect(planSetup(input({ chromium: starts('/opt/chrome/chrome') }, { chromiumPath: '/opt/chrome/chrome' }))).toEqual({ action: 'ready' });
  });

  it('ignores a program the command does not need', () => {
    expect(planSetup(input({ java: starts('/usr/bin/java') }, { isRoot: false }))).toEqual({ action: 'ready' });
  });

  it('installs what is missing with apt-get when root, in one line', () => {
    expect(planSetup(input({ chromium: absent, java: absent }))).toMatchInlineSnapshot(`
      {
        "action": "install",
        "line": "npm test needs Chromium and Java: installing the Debian packages chromium and default-jre-headless with apt-get (once, a minute or two)…",
        "packages": [
          "chromium",
          "default-jre-headless",
        ],
      }
    `);
    expect(planSetup(input({ chromium: starts('/usr/bin/chromium'), java: absent }))).toMatchInlineSnapshot(`
      {
        "action": "install",
        "line": "npm test needs Java: installing the Debian package default-jre-headless with apt-get (once, a minute or two)…",
        "packages": [
          "default-jre-headless",
        ],
      }
    `);
  });

  it('installs a Chromium that is on PATH but does not start', () => {
    const plan = planSetup(input({ chromium: { path: '/usr/bin/chromium', problem: 'fails (exit 127): error while loading shared libraries: libnss3.so' }, java: starts('/usr/bin/java') }));
    expect(plan).toMatchObject({ action: 'install', packages: ['chromium'] });
  });

  it('tells a user who is not root the exact command, with sudo', () => {
    expect(stopMessage(input({ chromium: absent, java: absent }, { isRoot: false }))).toMatchInlineSnapshot(`
      "npm test needs programs this machine lacks:
        Chromium, to run pages in a browser: no \`chromium\` on PATH.
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      npm test installs them itself only when it runs as root. Install them as root, then run npm test again:
        sudo apt-get update && sudo apt-get install -y chromium default-jre-headless
      Or set CHROMIUM_PATH to a Chromium or Chrome you already have.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
    expect(stopMessage(input({ chromium: { path: '/usr/bin/chromium', problem: 'fails (exit 1): error while loading shared libraries: libnss3.so' }, java: starts('/usr/bin/java') }, { isRoot: false }))).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Chromium, to run pages in a browser: \`/usr/bin/chromium --version\` fails (exit 1): error while loading shared libraries: libnss3.so.
      npm test installs it itself only when it runs as root. Install it as root, then run npm test again:
        sudo apt-get update && sudo apt-get install -y chromium
      Or set CHROMIUM_PATH to a Chromium or Chrome you already have.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
    expect(stopMessage(input({ chromium: starts('/usr/bin/chromium'), java: absent }, { isRoot: false }))).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      npm test installs it itself only when it runs as root. Install it as root, then run npm test again:
        sudo apt-get update && sudo apt-get install -y default-jre-headless
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
  });

  it('names what to install on a machine without apt-get, root or not', () => {
    expect(stopMessage(input({ chromium: absent, java: absent }, { hasAptGet: false }))).toMatchInlineSnapshot(`
      "npm test needs programs this machine lacks:
        Chromium, to run pages in a browser: no \`chromium\` on PATH.
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      There is no apt-get here to install them with. Install with this system's package manager, then run npm test again:
        Chromium or Google Chrome; set CHROMIUM_PATH to it unless it is \`chromium\` on PATH.
        A Java runtime (JRE), so that \`java\` is on PATH.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
    expect(stopMessage(input({ chromium: starts('/usr/bin/chromium'), java: absent }, { isRoot: false, hasAptGet: false }))).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      There is no apt-get here to install it with. Install with this system's package manager, then run npm test again:
        A Java runtime (JRE), so that \`java\` is on PATH.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
  });

  it('never installs over CHROMIUM_PATH: it names the variable instead', () => {
    expect(stopMessage(input({ chromium: { path: '/nonexistent', problem: 'does not exist' }, java: starts('/usr/bin/java') }, { chromiumPath: '/nonexistent' }))).toMatchInlineSnapshot(`
      "npm test needs a program this machine lacks:
        Chromium, to run pages in a browser: CHROMIUM_PATH=/nonexistent does not exist.
      Point CHROMIUM_PATH at a Chromium or Chrome that starts, or unset it to use \`chromium\` from PATH.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
    expect(stopMessage(input({ chromium: { path: '/opt/chrome', problem: 'is not executable' }, java: absent }, { chromiumPath: '/opt/chrome' }))).toMatchInlineSnapshot(`
      "npm test needs programs this machine lacks:
        Chromium, to run pages in a browser: CHROMIUM_PATH=/opt/chrome is not executable.
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      Point CHROMIUM_PATH at a Chromium or Chrome that starts, or unset it to use \`chromium\` from PATH.
      Install it, then run npm test again:
        apt-get update && apt-get install -y default-jre-headless
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
  });

  it('stops when apt-get installed the packages but a program still does not start', () => {
    expect(
      stopMessage(input({ chromium: { path: '/usr/bin/chromium', problem: 'fails (exit 1): Trace/breakpoint trap' }, java: starts('/usr/bin/java') }, { installed: ['chromium', 'default-jre-headless'] })),
    ).toMatchInlineSnapshot(`
      "apt-get installed chromium and default-jre-headless, but npm test still lacks Chromium:
        Chromium, to run pages in a browser: \`/usr/bin/chromium --version\` fails (exit 1): Trace/breakpoint trap.
      Run \`apt-get update && apt-get install -y chromium\` by hand to see apt-get's messages, or set CHROMIUM_PATH to a Chromium or Chrome that starts.
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
  });

  it('speaks of the command it prepares, and offers no way around when there is none', () => {
    expect(stopMessage({ command: 'npm run audit', found: { java: absent }, isRoot: false, hasAptGet: true })).toMatchInlineSnapshot(`
      "npm run audit needs a program this machine lacks:
        Java, to run the HTML checker (vnu-jar): no \`java\` on PATH.
      npm run audit installs it itself only when it runs as root. Install it as root, then run npm run audit again:
        sudo apt-get update && sudo apt-get install -y default-jre-headless"
    `);
    expect(planSetup({ command: 'npm run audit', found: { java: absent }, isRoot: true, hasAptGet: true })).toMatchObject({ line: expect.stringMatching(/^npm run audit needs Java: /) });
  });
});

describe('describeInstallFailure', () => {
  it('names the apt-get step, its exit code and its last lines, then the command to try by hand', () => {
    const output = 'Reading package lists...\nBuilding dependency tree...\n\nE: Unable to locate package chromium\n';
    expect(describeInstallFailure({ command: 'npm test', packages: ['chromium'], step: 'install', code: 100, output, alternative: NPM_TEST_NEEDS.alternative })).toMatchInlineSnapshot(`
      "npm test could not install chromium: \`apt-get install\` failed (exit 100):
        Reading package lists...
        Building dependency tree...
        E: Unable to locate package chromium
      Install it by hand, then run npm test again:
        apt-get update && apt-get install -y chromium
      npm run test:unit runs the tests that need neither Chromium nor Java."
    `);
    expect(describeInstallFailure({ command: 'npm test', packages: ['chromium', 'default-jre-headless'], step: 'update', code: 100, output: '' })).toMatchInlineSnapshot(`
      "npm test could not install chromium and default-jre-headless: \`apt-get update\` failed (exit 100).
      Install them by hand, then run npm test again:
        apt-get update && apt-get install -y chromium default-jre-headless"
    `);
  });
});

describe('aptCommand', () => {
  it('adds sudo only when not root', () => {
    expect(aptCommand(['chromium'], true)).toBe('apt-get update && apt-get install -y chromium');
    expect(aptCommand(['chromium', 'default-jre-headless'], false)).toBe('sudo apt-get update && sudo apt-get install -y chromium default-jre-headless');
  });
});
