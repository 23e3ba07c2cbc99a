/**
 * `npm run guard -- --author <handle> --base <git-ref>` (or `--files <list>`): may a pull
 * request's author make these changes alone? Exit 0 allowed, 1 refused, 2 usage or setup error.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decideGuard, findTouchedProfiles, formatGuardVerdict, normaliseHandle, parseFileList, type ChangedFile } from '../src/lib/guard.ts';
import { GuardSetupError, readChangedFiles, readComms, readProfileOwners, verifyRef, type Source } from '../src/lib/guard-fs.ts';

const HELP = `Usage:
  npm run guard -- --author <github-handle> --base <git-ref>
  npm run guard -- --author <github-handle> --files <list> [--base <git-ref>]
  git diff --name-only main | npm run guard -- --author <github-handle> --base main --files-from -

Decides whether a pull request's author may make its changes without the comms team:
  - an ambassador may change only their own profile folder, content/ambassadors/<folder>/;
  - that folder's github field must be the author's handle before the change and after it
    (no taking over someone else's profile, no adding a profile for someone else);
  - a new profile with the author's own handle is allowed, and so is deleting one's own folder;
  - renamed files need both the old and the new path to be allowed;
  - the comms team (comms in content/site.yaml, read at the base) may change anything.
Anything else is refused, naming who must review it: the profile's owner as the base has it
(never a handle the change writes), and the comms team.

Options:
  --author <handle>     the pull request's author (GitHub handle, @ optional)            required
  --base <git-ref>      changed files are those of \`git diff --name-status <ref>...HEAD\`;
                        profiles and the comms team "before" are read at this ref
  --files <list>        the changed files instead, comma- or newline-separated; "before" is
                        read at --base, or at HEAD when --base is not given (right only for
                        changes not committed yet: on a pull request's branch, give --base)
  --files-from <file>   read the list from a file, or from standard input with -
  --repo <folder>       the git repository (default: the current folder)
  --content <folder>    the content folder inside the repository (default: content)
  --help                this text

Exit codes:
  0  allowed: the author may make every change alone
  1  refused: the output says which files and who must review them
  2  usage or setup error (missing option, unknown ref, no comms team in site.yaml)`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        author: { type: 'string' },
        base: { type: 'string' },
        files: { type: 'string' },
        'files-from': { type: 'string' },
        repo: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new GuardSetupError(`${(error as Error).message}\n\n${HELP}`);
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const author = normaliseHandle(String(values.author ?? ''));
  if (!author) throw new GuardSetupError(`--author is missing: give the pull request author's GitHub handle.\n\n${HELP}`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(author)) throw new GuardSetupError(`--author "${values.author}" is not a GitHub handle.`);
  const base = values.base as string | undefined;
  const fileList = values.files as string | undefined;
  const filesFrom = values['files-from'] as string | undefined;
  if (fileList !== undefined && filesFrom !== undefined) throw new GuardSetupError('Give --files or --files-from, not both.');
  if (!base && fileList === undefined && filesFrom === undefined) throw new GuardSetupError(`Give --base <git-ref> or --files <list>.\n\n${HELP}`);

  const repo = path.resolve(String(values.repo ?? '.'));
  const contentDir = String(values.content ?? 'content').replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  const ambassadorsDir = `${contentDir}/ambassadors`;

  let changes: ChangedFile[];
  let before: Source;
  if (fileList !== undefined || filesFrom !== undefined) {
    const text = fileList ?? (filesFrom === '-' ? await readStdin() : await fs.readFile(filesFrom!, 'utf8'));
    changes = parseFileList(text);
    const ref = base ?? 'HEAD';
    verifyRef(repo, ref);
    before = { ref };
  } else {
    changes = readChangedFiles(repo, base!);
    before = { ref: base! };
  }

  const comms = await readComms(repo, before, contentDir);
  const slugs = findTouchedProfiles(changes, ambassadorsDir);
  const verdict = decideGuard({
    author,
    changes,
    comms,
    ambassadorsDir,
    ownersBefore: await readProfileOwners(repo, before, ambassadorsDir, slugs),
    ownersAfter: await readProfileOwners(repo, 'worktree', ambassadorsDir, slugs),
  });
  const lines = formatGuardVerdict(verdict, comms);
  console.log(lines.join('\n'));
  return verdict.allowed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof GuardSetupError ? error.message : `The guard could not decide: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
