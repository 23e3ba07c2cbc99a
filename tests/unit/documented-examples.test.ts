/**
 * Every example people are shown must work on the demo content: the `npm run new` commands of the
 * README, the ambassadors' guide and `npm run new -- --help`, and the examples in the templates'
 * comments ("for example data-ai", "# seniority: medior"). Each is read from the text itself, so an
 * edited or added example is tested too, made in a scratch copy of the demo, and checked.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/check/check-fs.ts';
import { ENTRY_KINDS, KIND_SPECS, planScaffold, type EntryKind, type RawValues } from '../../src/lib/scaffold.ts';
import { readTemplate, writeScaffold } from '../../src/lib/scaffold-fs.ts';
import { show } from './check/tree.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(root, 'content');
const TODAY = '2026-11-30';
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

/** A fresh copy of the demo content. */
async function copyDemo(): Promise<{ dir: string; content: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-examples-'));
  scratch.push(dir);
  const content = path.join(dir, 'content');
  await fs.cp(DEMO, content, { recursive: true });
  return { dir, content };
}

/** Every problem the checker finds in a content copy (the demo alone has none, even with --strict). */
async function check(dir: string, content: string) {
  return (await checkContentFolder({ contentDir: content, cwd: dir, today: new Date(`${TODAY}T00:00:00Z`) })).problems;
}

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // process.execPath is the project's Node 24; --import tsx skips npx's start-up.
    execFile(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], { cwd: root, env: { ...process.env, VAANDEL_NOW: TODAY, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** The words of a command line as a shell splits them (quotes kept together, a # comment dropped). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    if (m[3]?.startsWith('#')) break;
    words.push(m[1] ?? m[2] ?? m[3]!);
  }
  return words;
}

/** The `npm run new` examples of a text: a kind and a name or title, at least (mentions like `npm run new -- story` are not examples). */
function findNewCommands(text: string): string[][] {
  const commands: string[][] = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf('npm run new -- ');
    if (at === -1) continue;
    let command = line.slice(at + 'npm run new -- '.length);
    const tick = command.indexOf('`');
    if (tick !== -1) command = command.slice(0, tick); // inline code in Markdown
    const words = shellWords(command);
    if (!(ENTRY_KINDS as readonly string[]).includes(words[0]!) || !words[1] || words[1].startsWith('-') || /[<…]/.test(command)) continue;
    commands.push(words);
  }
  return commands;
}

describe('npm run new examples', () => {
  const sources: Record<string, string> = {};
  beforeAll(async () => {
    sources['README.md'] = await fs.readFile(path.join(root, 'README.md'), 'utf8');
    sources['docs/ambassadors.md'] = await fs.readFile(path.join(root, 'docs/ambassadors.md'), 'utf8');
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    sources['npm run new -- --help'] = help.stdout;
  });

  it('are found: one of each kind in --help, and the README and the guide have their own', () => {
    const found = Object.fromEntries(Object.entries(sources).map(([name, text]) => [name, findNewCommands(text).map((words) => words[0])]));
    expect(found['npm run new -- --help']).toEqual([...ENTRY_KINDS]);
    expect(found['README.md']!.length).toBeGreaterThan(0);
    expect(found['docs/ambassadors.md']).toEqual(['ambassador']);
  });

  it('each make an entry that passes npm run check on the demo', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const [source, text] of Object.entries(sources)) {
      for (const words of findNewCommands(text)) {
        const { dir, content } = await copyDemo();
        const made = await run(words, { VAANDEL_CONTENT: content });
        const problems = made.code === 0 ? await check(dir, content) : [];
        if (made.code !== 0 || problems.length > 0) failures.push(`${source}: npm run new -- ${words.join(' ')}\n${made.stderr}${show(problems)}`);
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });
});

/** A complete, valid entry of each kind on the demo, that a template's example is written into. */
const VALID: Record<EntryKind, { title: string; values: RawValues }> = {
  ambassador: {
    title: 'Lotte Maes',
    values: { role: ['Field technician'], team: ['field-ops'], location: ['ghent'], employment: ['employee'], since: ['2024-03-04'], languages: ['nl'], github: ['lottemaes'], 'consent-given': [TODAY] },
  },
  story: { title: 'A night at the lock', values: { summary: ['The night shift at a lock.'], ambassadors: ['sofie-peeters'], body: ['It starts at nine.'] } },
  job: {
    title: 'Data analyst',
    values: { team: ['data-ai'], locations: ['ghent'], 'work-mode': ['remote'], 'remote-countries': ['BE'], 'employment-type': ['full-time'], 'valid-through': ['2027-06-30'], 'salary-min': ['42000'], 'salary-max': ['52000'], apply: ['https://apply.brugwerk.be/data-analyst'] },
  },
  thanks: { title: 'Thank you for the open day', values: { ambassadors: ['sofie-peeters'], from: ['The comms team'] } },
  share: { title: 'Why Sofie moved to Ghent', values: { themes: ['culture'], story: ['moving-to-ghent-for-the-data'], variant: ['Sofie moved to Ghent for the data.'] } },
};

/**
 * Commented-out lines that are blanks to fill in rather than examples: an image beside the file
 * (there is none in the scratch copy) and an id to replace.
 */
const PLACEHOLDERS = new Set(['photo: ./photo.jpg', 'cover: ./cover.jpg', 'image: ./image.jpg', 'story: story-id', 'job: job-id']);

interface TemplateExample {
  /** The flags that write the example, e.g. { seniority: ['medior'] }. */
  values: RawValues;
  /** The template lines it comes from. */
  lines: string[];
}

/**
 * The examples of a template: "for example …" and "e.g. …" in the comment above a field, and the
 * values of commented-out field lines; the commented-out lines of one block (salary: min, max …)
 * make one example.
 */
function findTemplateExamples(kind: EntryKind, template: string): TemplateExample[] {
  const spec = KIND_SPECS[kind];
  const lines = /^---\n([\s\S]*?)\n---/.exec(template)![1]!.split('\n');
  const examples: TemplateExample[] = [];
  const blocks = new Map<string, TemplateExample>();
  const parents: { indent: number; key: string }[] = [];
  lines.forEach((line, index) => {
    const match = /^(#\s)?(\s*)([A-Za-z]+):(?:\s+(.*))?$/.exec(line);
    if (!match) return;
    const [, commented, indent, key, value = ''] = match;
    while (parents.length && parents.at(-1)!.indent >= indent!.length) parents.pop();
    const at = [...parents.map((p) => p.key), key!].join('.');
    if (!value) parents.push({ indent: indent!.length, key: key! });
    const field = spec.fields.find((f) => f.path.join('.') === at);
    if (!field) return;
    const read = (example: string) => example.replace(/^\[|\]$/g, '').trim();
    if (commented && value && value !== '""' && !PLACEHOLDERS.has(`${key}: ${value}`)) {
      const parent = field.path.slice(0, -1).join('.');
      const block = parent ? blocks.get(parent) : undefined;
      if (block) {
        block.values[field.flag] = [read(value)];
        block.lines.push(line);
      } else {
        const example = { values: { [field.flag]: [read(value)] }, lines: [line] };
        examples.push(example);
        if (parent) blocks.set(parent, example);
      }
    }
    // The comment block right above the field line.
    const comment: string[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const above = lines[i]!.trimStart();
      if (!above.startsWith('#') || /^#\s+[A-Za-z]+:/.test(above)) break;
      comment.unshift(above.replace(/^#\s?/, ''));
    }
    const text = comment.join(' ');
    for (const m of text.matchAll(/\b(?:for example|e\.g\.),?:?\s+(\[[^\]]*\]|.+?)(?=\s+or\s|[,;)]|\.(?:\s|$)|$)/gi)) {
      examples.push({ values: { [field.flag]: [read(m[1]!)] }, lines: [`# … ${m[0]} (${at})`] });
    }
  });
  return examples;
}

describe('template examples', () => {
  it('are found in every template', async () => {
    const counts = await Promise.all(ENTRY_KINDS.map(async (kind) => [kind, findTemplateExamples(kind, await readTemplate(kind)).length] as const));
    for (const [kind, count] of counts) expect(count, kind).toBeGreaterThan(0);
  });

  it('each pass npm run check on the demo, written into a valid entry', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const kind of ENTRY_KINDS) {
      for (const example of findTemplateExamples(kind, await readTemplate(kind))) {
        const { dir, content } = await copyDemo();
        const { title, values } = VALID[kind];
        const base = { ...values };
        if (kind === 'share' && ['story', 'job', 'url'].some((flag) => flag in example.values)) delete base.story; // a post links to exactly one of them
        const plan = planScaffold({ kind, title, values: { ...base, ...example.values }, template: await readTemplate(kind), today: TODAY, isTaken: () => false });
        await writeScaffold(content, plan);
        const problems = await check(dir, content);
        if (problems.length > 0) failures.push(`src/templates/${kind}.md:\n${example.lines.join('\n')}\n${show(problems)}`);
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });
});
