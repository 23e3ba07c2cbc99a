import { describe, expect, it } from 'vitest';
import {
  decideGuard,
  findProfileSlug,
  findTouchedProfiles,
  formatGuardVerdict,
  parseFileList,
  parseNameStatus,
  readProfileOwner,
  type ChangedFile,
  type GuardInput,
} from '../../src/lib/guard.ts';

const comms = ['anne-comms', 'Bert'];
const A = 'content/ambassadors';

/** Sofie owns sofie-peeters, Jan owns jan-janssens; by default nothing changes ownership. */
function guard(author: string, changes: ChangedFile[], owners: { before?: Record<string, string | null>; after?: Record<string, string | null> } = {}) {
  const standard = { 'sofie-peeters': 'sofiep', 'jan-janssens': 'janj' };
  const input: GuardInput = {
    author,
    changes,
    comms,
    ownersBefore: new Map(Object.entries(owners.before ?? standard)),
    ownersAfter: new Map(Object.entries(owners.after ?? owners.before ?? standard)),
  };
  return decideGuard(input);
}
const M = (path: string): ChangedFile => ({ status: 'M', path });

describe('decideGuard', () => {
  it('allows an ambassador to change their own folder, any file in it, handle matched case-insensitively', () => {
    const verdict = guard('@SofieP', [M(`${A}/sofie-peeters/index.md`), { status: 'A', path: `${A}/sofie-peeters/photo.jpg` }]);
    expect(verdict.allowed).toBe(true);
    expect(verdict.reviewers).toEqual([]);
    expect(verdict.paths.map((p) => p.reason)).toEqual(['your own profile folder', 'your own profile folder']);
  });

  it("refuses someone else's folder and asks its owner and the comms team to review", () => {
    const verdict = guard('sofiep', [M(`${A}/jan-janssens/index.md`)]);
    expect(verdict.allowed).toBe(false);
    expect(verdict.reviewers).toEqual(['janj', 'anne-comms', 'Bert']);
    expect(formatGuardVerdict(verdict, comms)).toMatchInlineSnapshot(`
      [
        "Refused: @sofiep may not make these changes alone.",
        "  NO  content/ambassadors/jan-janssens/index.md: content/ambassadors/jan-janssens/ is the profile of @janj",
        "",
        "Who must review: @janj (whose profile it is), and the comms team: @anne-comms, @Bert.",
        "Ambassadors: change only the files in your own folder content/ambassadors/<your-folder>/ (guide: docs/ambassadors.md).",
      ]
    `);
  });

  it("refuses taking over a profile by writing one's own handle into it", () => {
    const verdict = guard('sofiep', [M(`${A}/jan-janssens/index.md`)], {
      before: { 'jan-janssens': 'janj' },
      after: { 'jan-janssens': 'sofiep' },
    });
    expect(verdict.allowed).toBe(false);
    expect(verdict.paths[0]!.reason).toBe('content/ambassadors/jan-janssens/ is the profile of @janj');
    expect(verdict.reviewers).toContain('janj');
  });

  it("refuses handing one's own profile to another handle", () => {
    const verdict = guard('sofiep', [M(`${A}/sofie-peeters/index.md`)], {
      before: { 'sofie-peeters': 'sofiep' },
      after: { 'sofie-peeters': 'someone-else' },
    });
    expect(verdict.allowed).toBe(false);
    expect(formatGuardVerdict(verdict, comms)[1]).toMatchInlineSnapshot(
      `"  NO  content/ambassadors/sofie-peeters/index.md: content/ambassadors/sofie-peeters/ would pass to @someone-else: the github field must stay your own handle (sofiep)"`,
    );
    // The handle the change writes is not the owner: it must not be asked to approve its own takeover.
    expect(verdict.reviewers).toEqual(['anne-comms', 'Bert']);
    expect(formatGuardVerdict(verdict, comms)[3]).toMatchInlineSnapshot(`"Who must review: the comms team: @anne-comms, @Bert."`);
  });

  it('allows a newcomer to add a profile with their own handle', () => {
    const verdict = guard('lottem', [{ status: 'A', path: `${A}/lotte-maes/index.md` }, { status: 'A', path: `${A}/lotte-maes/photo.jpg` }], {
      before: {},
      after: { 'lotte-maes': 'LotteM' },
    });
    expect(verdict.allowed).toBe(true);
    expect(verdict.paths[0]!.reason).toBe('your new profile');
    expect(formatGuardVerdict(verdict, comms)).toMatchInlineSnapshot(`
      [
        "Allowed: @lottem changes only their own profile.",
        "  ok  content/ambassadors/lotte-maes/index.md: your new profile",
        "  ok  content/ambassadors/lotte-maes/photo.jpg: your new profile",
      ]
    `);
  });

  it('refuses adding a profile owned by someone else', () => {
    const verdict = guard('lottem', [{ status: 'A', path: `${A}/wout-claes/index.md` }], { before: {}, after: { 'wout-claes': 'woutc' } });
    expect(verdict.allowed).toBe(false);
    expect(verdict.paths[0]!.reason).toBe('content/ambassadors/wout-claes/ would be a new profile owned by @woutc: only @woutc can add it');
    expect(verdict.reviewers).toEqual(['anne-comms', 'Bert']);
  });

  it('refuses files outside a profile folder, asking the comms team only', () => {
    const verdict = guard('sofiep', [M(`${A}/sofie-peeters/index.md`), M('content/stories/new-office/index.md'), M(`${A}/README.md`), M('.github/CODEOWNERS')]);
    expect(verdict.allowed).toBe(false);
    expect(verdict.paths.map((p) => p.allowed)).toEqual([true, false, false, false]);
    expect(verdict.reviewers).toEqual(['anne-comms', 'Bert']);
    expect(formatGuardVerdict(verdict, comms).slice(0, 4)).toMatchInlineSnapshot(`
      [
        "Refused: @sofiep may not make all of these changes alone.",
        "  ok  content/ambassadors/sofie-peeters/index.md: your own profile folder",
        "  NO  content/stories/new-office/index.md: outside your own profile folder (content/ambassadors/<your-folder>/): the comms team reviews it",
        "  NO  content/ambassadors/README.md: outside your own profile folder (content/ambassadors/<your-folder>/): the comms team reviews it",
      ]
    `);
  });

  it('allows a comms team member anything, case-insensitively', () => {
    const verdict = guard('bert', [M('content/site.yaml'), M(`${A}/jan-janssens/index.md`), { status: 'D', path: `${A}/sofie-peeters/index.md` }], {
      before: { 'jan-janssens': 'janj', 'sofie-peeters': 'sofiep' },
      after: { 'jan-janssens': 'someone' },
    });
    expect(verdict.allowed).toBe(true);
    expect(verdict.isComms).toBe(true);
    expect(formatGuardVerdict(verdict, comms)[0]).toBe('Allowed: @bert is on the comms team and may change anything.');
  });

  it('allows renaming within and out of your own folder when both paths are yours', () => {
    const verdict = guard('sofiep', [{ status: 'R', oldPath: `${A}/sofie/index.md`, path: `${A}/sofie-peeters/index.md` }], {
      before: { sofie: 'sofiep' },
      after: { 'sofie-peeters': 'sofiep' },
    });
    expect(verdict.allowed).toBe(true);
    expect(verdict.paths.map((p) => `${p.path}: ${p.reason}`)).toEqual([
      'content/ambassadors/sofie/index.md: removes your own profile (withdrawing)',
      'content/ambassadors/sofie-peeters/index.md: your new profile',
    ]);
  });

  it("refuses a rename when either path is someone else's or outside", () => {
    const intoJans = guard('sofiep', [{ status: 'R', oldPath: `${A}/sofie-peeters/photo.jpg`, path: `${A}/jan-janssens/photo.jpg` }]);
    expect(intoJans.allowed).toBe(false);
    expect(intoJans.paths.map((p) => p.allowed)).toEqual([true, false]);
    const fromStory = guard('sofiep', [{ status: 'R', oldPath: 'content/stories/x/cover.jpg', path: `${A}/sofie-peeters/cover.jpg` }]);
    expect(fromStory.allowed).toBe(false);
    expect(fromStory.paths.map((p) => p.allowed)).toEqual([false, true]);
  });

  it("allows deleting one's own folder (withdrawing), refuses deleting someone else's", () => {
    const own = guard('sofiep', [{ status: 'D', path: `${A}/sofie-peeters/index.md` }, { status: 'D', path: `${A}/sofie-peeters/photo.jpg` }], {
      before: { 'sofie-peeters': 'sofiep' },
      after: {},
    });
    expect(own.allowed).toBe(true);
    expect(own.paths[0]!.reason).toBe('removes your own profile (withdrawing)');
    const other = guard('sofiep', [{ status: 'D', path: `${A}/jan-janssens/index.md` }], { before: { 'jan-janssens': 'janj' }, after: {} });
    expect(other.allowed).toBe(false);
    expect(other.reviewers).toEqual(['janj', 'anne-comms', 'Bert']);
  });

  it('refuses when the handle cannot be read, or the folder has no profile at all', () => {
    const broken = guard('sofiep', [M(`${A}/sofie-peeters/index.md`)], { before: { 'sofie-peeters': 'sofiep' }, after: { 'sofie-peeters': null } });
    expect(broken.allowed).toBe(false);
    expect(broken.paths[0]!.reason).toBe('the github field of content/ambassadors/sofie-peeters/index.md cannot be read after this change: write your GitHub user name, like github: sofiep');
    const unreadableBefore = guard('sofiep', [M(`${A}/sofie-peeters/index.md`)], { before: { 'sofie-peeters': null }, after: { 'sofie-peeters': 'sofiep' } });
    expect(unreadableBefore.allowed).toBe(false);
    const orphan = guard('sofiep', [{ status: 'A', path: `${A}/nobody/photo.jpg` }], { before: {}, after: {} });
    expect(orphan.allowed).toBe(false);
    expect(orphan.paths[0]!.reason).toBe('content/ambassadors/nobody/ has no profile (index.md with a github field): the comms team reviews it');
  });

  it('allows an empty change', () => {
    const verdict = guard('sofiep', []);
    expect(verdict.allowed).toBe(true);
    expect(formatGuardVerdict(verdict, comms)).toEqual(['Allowed: this pull request by @sofiep changes no files.']);
  });
});

describe('reading inputs', () => {
  it('parses git diff --name-status -z, renames and copies included', () => {
    const output = ['M', 'content/site.yaml', 'R100', 'content/ambassadors/a/index.md', 'content/ambassadors/b/index.md', 'D', 'x y/z.md', 'C075', 'a.md', 'b.md', 'A', 'new.md', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'M', path: 'content/site.yaml' },
      { status: 'R', oldPath: 'content/ambassadors/a/index.md', path: 'content/ambassadors/b/index.md' },
      { status: 'D', path: 'x y/z.md' },
      { status: 'C', oldPath: 'a.md', path: 'b.md' },
      { status: 'A', path: 'new.md' },
    ]);
  });

  it('reads --files lists separated by commas or new lines', () => {
    expect(parseFileList('content/a.md, ./content/b.md\ncontent/c.md\r\n\ncontent/a.md')).toEqual([
      { status: 'M', path: 'content/a.md' },
      { status: 'M', path: 'content/b.md' },
      { status: 'M', path: 'content/c.md' },
    ]);
  });

  it('finds the profile folder of a path and the folders a change touches', () => {
    expect(findProfileSlug(`${A}/sofie-peeters/index.md`)).toBe('sofie-peeters');
    expect(findProfileSlug(`${A}/sofie-peeters/photos/me.jpg`)).toBe('sofie-peeters');
    expect(findProfileSlug(`${A}/index.md`)).toBeUndefined();
    expect(findProfileSlug('content/ambassadors-old/x/index.md')).toBeUndefined();
    expect(findTouchedProfiles([{ status: 'R', oldPath: `${A}/b/index.md`, path: `${A}/a/index.md` }, M('content/site.yaml')])).toEqual(['a', 'b']);
  });

  it("reads a profile's github handle from its front matter", () => {
    expect(readProfileOwner('---\nname: Sofie\ngithub: "@SofieP"\n---\nBio')).toBe('SofieP');
    expect(readProfileOwner('---\nname: Sofie\n---\n')).toBeNull();
    expect(readProfileOwner('---\ngithub: [not, a, handle]\n---\n')).toBeNull();
    expect(readProfileOwner('---\ngithub: sofie p\n---\n')).toBeNull();
    expect(readProfileOwner('---\nname: : broken: yaml\n---\n')).toBeNull();
    expect(readProfileOwner('no front matter')).toBeNull();
  });
});
