/**
 * `npm run codeowners` writes .github/CODEOWNERS from content/site.yaml and the profiles;
 * `--check` only compares. Exit 0 written or up to date, 1 stale (with --check), 2 usage or setup error.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CODEOWNERS_PATH } from '../src/lib/codeowners.ts';
import { GuardSetupError, generateCodeowners } from '../src/lib/guard-fs.ts';

const HELP = `Usage: npm run codeowners [-- --check] [--repo <folder>] [--content <folder>]

Writes ${CODEOWNERS_PATH}: the comms team (comms in content/site.yaml) owns everything, and each
folder content/ambassadors/<folder>/ is also owned by the GitHub handle in its index.md.
  --check             write nothing; exit 1 when the committed file is out of date
  --repo <folder>     the repository root (default: the current folder)
  --content <folder>  the content folder inside the repository (default: content)

Exit codes: 0 written or up to date, 1 out of date (--check), 2 usage or setup error.`;

async function main(argv: string[]): Promise<number> {
  let values: { check?: boolean; help?: boolean; repo?: string; content?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, help: { type: 'boolean' }, repo: { type: 'string' }, content: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new GuardSetupError(`${(error as Error).message}\n\n${HELP}`);
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const repo = path.resolve(values.repo ?? '.');
  const contentDir = (values.content ?? 'content').replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  const text = await generateCodeowners(repo, contentDir);
  const file = path.join(repo, CODEOWNERS_PATH);
  const current = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (values.check) {
    if (current === text) {
      console.log(`${CODEOWNERS_PATH} is up to date.`);
      return 0;
    }
    console.error(`${CODEOWNERS_PATH} is ${current === undefined ? 'missing' : 'out of date'}: run \`npm run codeowners\` and commit the result.`);
    return 1;
  }
  if (current === text) {
    console.log(`${CODEOWNERS_PATH} is already up to date.`);
    return 0;
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  console.log(`Wrote ${CODEOWNERS_PATH}: ${text.split('\n').filter((l) => l.startsWith('/')).length} ambassador folders.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof GuardSetupError ? error.message : String(error instanceof Error ? error.message : error));
    process.exit(2);
  },
);
