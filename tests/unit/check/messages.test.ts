/**
 * The wording of the checker's messages where people met confusing ones: YAML errors on the line to
 * fix, empty fields, languages written as names. Each starts from the demo content or a template,
 * as people do.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../../src/lib/check/check-fs.ts';
import { planScaffold } from '../../../src/lib/scaffold.ts';
import { readTemplate } from '../../../src/lib/scaffold-fs.ts';
import { show } from './tree.ts';

const DEMO = path.resolve(import.meta.dirname, '../../../content');
const TODAY = '2026-11-30';
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** Copies the demo content, writes or edits files in it and returns the problems of those files. */
async function checkDemo(changes: Record<string, string | ((text: string) => string)>) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-messages-'));
  made.push(root);
  const content = path.join(root, 'content');
  await fs.cp(DEMO, content, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(content, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const text = typeof change === 'string' ? change : change(await fs.readFile(target, 'utf8'));
    if (typeof change !== 'string' && text === (await fs.readFile(target, 'utf8'))) throw new Error(`The edit of ${file} changed nothing: fix the test.`);
    await fs.writeFile(target, text);
  }
  const { problems } = await checkContentFolder({ contentDir: content, cwd: root, today: new Date(TODAY) });
  return problems.filter((p) => Object.keys(changes).some((file) => p.file === `content/${file}`));
}

/** A new entry as `npm run new` writes it. */
async function scaffold(kind: 'ambassador' | 'job', title: string, values: Record<string, string[]> = {}) {
  return planScaffold({ kind, title, values, template: await readTemplate(kind), today: TODAY, isTaken: () => false });
}

describe('YAML syntax errors', () => {
  test('point at the indented line under a commented-out parent, not at the blank line above it', async () => {
    const profile = await scaffold('ambassador', 'Lotte Maes');
    const text = profile.text.replace('#   linkedin: https://www.linkedin.com/in/your-name', '  linkedin: https://www.linkedin.com/in/lottemaes');
    const lines = text.split('\n');
    const parent = lines.indexOf('# links:');
    expect(parent).toBeGreaterThan(0);
    expect(lines[parent + 1]).toBe('  linkedin: https://www.linkedin.com/in/lottemaes');
    expect(show(await checkDemo({ [profile.file]: text }))).toMatchInlineSnapshot(`"content/ambassadors/lotte-maes/index.md:68 error has a YAML syntax error: All mapping items must start at the same column. ⇒ The "# links:" line above is still commented out: remove its "# " too, so that this indented line belongs to links:."`);
  });

  test('in a demo profile, the line after a commented-out links: is the one reported', async () => {
    const problems = await checkDemo({ 'ambassadors/sofie-peeters/index.md': (t) => t.replace('\nlinks:\n', '\n# links:\n') });
    expect(show(problems)).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:17 error has a YAML syntax error: All mapping items must start at the same column. ⇒ The "# links:" line above is still commented out: remove its "# " too, so that this indented line belongs to links:."`);
  });

  test('an indentation slip elsewhere keeps the general hint', async () => {
    const problems = await checkDemo({ 'ambassadors/sofie-peeters/index.md': (t) => t.replace('\nrole: Data engineer\n', '\n\n# the role\n   role: Data engineer\n') });
    expect(show(problems)).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:6 error has a YAML syntax error: All mapping items must start at the same column. ⇒ Check the indentation, and that every [ and { is closed."`);
  });
});

describe('empty fields', () => {
  test('say "is empty", with what belongs there', async () => {
    const profile = await scaffold('ambassador', 'Lotte Maes');
    const job = await scaffold('job', 'Data analyst');
    const problems = await checkDemo({ [profile.file]: profile.text, [job.file]: job.text.replace('# lang: fr', 'lang: ""') });
    expect(show(problems)).toMatchInlineSnapshot(`
      "content/ambassadors/lotte-maes/index.md:19 error role: is empty. ⇒ Write a value after "role:": it is required.
      content/ambassadors/lotte-maes/index.md:22 error team: is empty. ⇒ Write the id of a team. Teams are listed in content/site.yaml.
      content/ambassadors/lotte-maes/index.md:25 error location: is empty. ⇒ Write the id of a location. Locations are listed in content/site.yaml.
      content/ambassadors/lotte-maes/index.md:28 error employment: is empty. ⇒ It must be one of employee, intern, freelancer, retiree, alumni.
      content/ambassadors/lotte-maes/index.md:34 error since: is empty. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      content/ambassadors/lotte-maes/index.md:43 error languages: is empty. ⇒ It must list at least one language.
      content/ambassadors/lotte-maes/index.md:63 error github: is empty. ⇒ It must be a GitHub handle without @, like "sofiepeeters".
      content/ambassadors/lotte-maes/index.md:84 error consent.given: is empty. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      content/jobs/data-analyst.md:11 error team: is empty. ⇒ Write the id of a team. Teams are listed in content/site.yaml.
      content/jobs/data-analyst.md:15 error locations: is empty. ⇒ It must name at least one location.
      content/jobs/data-analyst.md:18 error workMode: is empty. ⇒ It must be one of onsite, hybrid, remote.
      content/jobs/data-analyst.md:24 error employmentType: is empty. ⇒ It must be one of full-time, part-time, contract, temporary, internship, volunteer.
      content/jobs/data-analyst.md:30 error validThrough: is empty. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      content/jobs/data-analyst.md:46 error apply: is empty. ⇒ It must be an https URL or an e-mail address.
      content/jobs/data-analyst.md:55 error lang: is empty. ⇒ It must be a language code like "en", "nl" or "fr-BE". Or remove the line: it is optional."
    `);
  });
});

describe('languages written as names', () => {
  test('get the code they mean, from their name in English, Dutch, French or German', async () => {
    const problems = await checkDemo({
      'ambassadors/sofie-peeters/index.md': (t) => t.replace('languages: [nl, en, fr]', 'languages: [German, Nederlands, français, Engels, NL, Klingon]'),
      'jobs/data-engineer.md': (t) => t.replace('ambassadors:', 'lang: Dutch\nambassadors:'),
    });
    expect(show(problems)).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:10 error languages[0]: "German" is not a language code. ⇒ Did you mean "de"? It must be a language code like "en", "nl" or "fr-BE".
      content/ambassadors/sofie-peeters/index.md:10 error languages[1]: "Nederlands" is not a language code. ⇒ Did you mean "nl"? It must be a language code like "en", "nl" or "fr-BE".
      content/ambassadors/sofie-peeters/index.md:10 error languages[2]: "français" is not a language code. ⇒ Did you mean "fr"? It must be a language code like "en", "nl" or "fr-BE".
      content/ambassadors/sofie-peeters/index.md:10 error languages[3]: "Engels" is not a language code. ⇒ Did you mean "en"? It must be a language code like "en", "nl" or "fr-BE".
      content/ambassadors/sofie-peeters/index.md:10 error languages[4]: "NL" is not a language code. ⇒ Did you mean "nl"? It must be a language code like "en", "nl" or "fr-BE".
      content/ambassadors/sofie-peeters/index.md:10 error languages[5]: "Klingon" is not a language code. ⇒ It must be a language code like "en", "nl" or "fr-BE".
      content/jobs/data-engineer.md:15 error lang: "Dutch" is not a language code. ⇒ Did you mean "nl"? It must be a language code like "en", "nl" or "fr-BE"."
    `);
  });
});
