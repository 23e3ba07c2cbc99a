/**
 * `npm run guard` against a real temporary git repository: changed files from
 * `git diff <base>...HEAD` (renames included), owners at the base and in the working tree.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let repo: string;

const profile = (name: string, github: string) => `---\nname: ${name}\nrole: Engineer\ngithub: ${github}\n---\nBio.\n`;

function git(...args: string[]) {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}
async function write(file: string, text: string) {
  await fs.mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await fs.writeFile(path.join(repo, file), text);
}

/** Runs the guard; process.execPath is the project's Node 24 and --import tsx avoids npx's start-up. */
function guard(args: string[], input?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/guard.ts'), '--repo', repo, ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
    child.stdin.end(input ?? '');
  });
}

/** Starts a branch from main for one scenario. */
function branch(name: string) {
  git('checkout', '-q', '-B', name, 'main');
}
function commit(message: string) {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeAll(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-guard-'));
  git('init', '-q', '-b', 'main');
  await write('content/site.yaml', 'name: Acme\ncomms: [anne-comms, bert]\n');
  await write('content/ambassadors/sofie-peeters/index.md', profile('Sofie Peeters', 'SofieP'));
  await write('content/ambassadors/sofie-peeters/photo.jpg', 'jpeg');
  await write('content/ambassadors/jan-janssens/index.md', profile('Jan Janssens', 'janj'));
  await write('content/stories/hello/index.md', '---\ntitle: Hello\n---\n');
  commit('base');
});
afterAll(() => fs.rm(repo, { recursive: true, force: true }));

describe('npm run guard --base', () => {
  it('exit 0: an ambassador edits their own profile', { timeout: 60_000 }, async () => {
    branch('own');
    await write('content/ambassadors/sofie-peeters/index.md', profile('Sofie Peeters', 'SofieP') + 'More bio.\n');
    commit('edit');
    const result = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.output).toContain('ok  content/ambassadors/sofie-peeters/index.md: your own profile folder');
  });

  it("exit 1: taking over someone else's profile, with who must review", { timeout: 60_000 }, async () => {
    branch('takeover');
    await write('content/ambassadors/jan-janssens/index.md', profile('Jan Janssens', 'sofiep'));
    commit('mine now');
    const result = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Who must review: @janj (whose profile it is), and the comms team: @anne-comms, @bert.');
  });

  it("exit 1: handing one's profile to another handle names the owner at the base, never the handle written", { timeout: 60_000 }, async () => {
    branch('handover');
    await write('content/ambassadors/jan-janssens/index.md', profile('Jan Janssens', 'mallory'));
    commit('handover');
    const byOwner = await guard(['--author', 'janj', '--base', 'main']);
    expect(byOwner.code).toBe(1);
    expect(byOwner.output).toContain('Who must review: the comms team: @anne-comms, @bert.');
    const byOther = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(byOther.output).toContain('Who must review: @janj (whose profile it is), and the comms team: @anne-comms, @bert.');
    for (const result of [byOwner, byOther]) expect(result.output).not.toContain('@mallory (whose');
  });

  it('exit 0: a newcomer adds their own profile; exit 1 when it names another handle', { timeout: 60_000 }, async () => {
    branch('newcomer');
    await write('content/ambassadors/lotte-maes/index.md', profile('Lotte Maes', 'lottem'));
    await write('content/ambassadors/lotte-maes/photo.png', 'png');
    commit('join');
    expect((await guard(['--author', 'LotteM', '--base', 'main'])).code).toBe(0);
    expect((await guard(['--author', 'someone', '--base', 'main'])).code).toBe(1);
  });

  it('renamed folder: both paths are checked; deleting your own folder is allowed', { timeout: 60_000 }, async () => {
    branch('rename');
    git('mv', 'content/ambassadors/sofie-peeters', 'content/ambassadors/sofie');
    commit('rename');
    const renamed = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(renamed.code).toBe(0);
    expect(renamed.output).toContain('content/ambassadors/sofie-peeters/index.md: removes your own profile (withdrawing)');
    expect(renamed.output).toContain('content/ambassadors/sofie/index.md: your new profile');

    branch('rename-into-jan');
    git('mv', 'content/ambassadors/sofie-peeters/photo.jpg', 'content/ambassadors/jan-janssens/photo.jpg');
    commit('move photo');
    const moved = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(moved.code).toBe(1);
    expect(moved.output).toContain('ok  content/ambassadors/sofie-peeters/photo.jpg');
    expect(moved.output).toContain('NO  content/ambassadors/jan-janssens/photo.jpg');

    branch('withdraw');
    git('rm', '-q', '-r', 'content/ambassadors/sofie-peeters');
    commit('withdraw');
    expect((await guard(['--author', 'sofiep', '--base', 'main'])).code).toBe(0);
    expect((await guard(['--author', 'janj', '--base', 'main'])).code).toBe(1);
  });

  it('reads the comms team at the base: adding yourself to it does not let you in', { timeout: 60_000 }, async () => {
    branch('self-promotion');
    await write('content/site.yaml', 'name: Acme\ncomms: [anne-comms, bert, sofiep]\n');
    await write('content/stories/hello/index.md', '---\ntitle: Hello, mine\n---\n');
    commit('promote');
    const result = await guard(['--author', 'sofiep', '--base', 'main']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('NO  content/site.yaml');
    expect((await guard(['--author', 'Bert', '--base', 'main'])).code).toBe(0);
  });

  it('exit 2: a base that is not a commit, or no --author', { timeout: 60_000 }, async () => {
    const unknown = await guard(['--author', 'sofiep', '--base', 'origin/nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toMatchInlineSnapshot(`
      ""origin/nope" is not a commit of this repository. Fetch it first (e.g. git fetch origin main) and pass --base origin/main or a commit SHA.
      "
    `);
    expect((await guard(['--base', 'main'])).code).toBe(2);
    expect((await guard(['--author', 'sofiep'])).code).toBe(2);
    expect((await guard(['--author', 'sofiep', '--base', 'main', '--bogus'])).code).toBe(2);
  });
});

describe('npm run guard --files', () => {
  it('checks a list of files against HEAD, from the option or from standard input', { timeout: 60_000 }, async () => {
    branch('files');
    // Uncommitted changes: "before" is HEAD, "after" the working tree.
    await write('content/ambassadors/jan-janssens/index.md', profile('Jan Janssens', 'sofiep'));
    const takeover = await guard(['--author', 'sofiep', '--files', 'content/ambassadors/jan-janssens/index.md']);
    expect(takeover.code).toBe(1);
    const own = await guard(['--author', 'sofiep', '--files-from', '-'], 'content/ambassadors/sofie-peeters/index.md\ncontent/ambassadors/sofie-peeters/photo.jpg\n');
    expect(own.code).toBe(0);
    const mixed = await guard(['--author', 'sofiep', '--files', 'content/ambassadors/sofie-peeters/index.md,content/stories/hello/index.md']);
    expect(mixed.code).toBe(1);
    git('checkout', '-q', '--', '.');
  });
});
