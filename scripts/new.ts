/**
 * `npm run new -- <kind> "<name or title>" [--field value …]`: creates an ambassador, story, job,
 * thank-you or share post from its commented template. Exit 0 created, 1 refused (it would
 * overwrite), 2 usage error.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { isoDay, resolveToday } from '../src/lib/dates.ts';
import { makeUniqueSlug } from '../src/lib/slug.ts';
import {
  ENTRY_KINDS,
  KIND_SPECS,
  ScaffoldError,
  describeNextSteps,
  findUnansweredFields,
  parseNewArgs,
  planScaffold,
  proposeSlug,
  readFieldValue,
  type Choices,
  type EntryKind,
  type FieldSpec,
  type KindSpec,
  type RawValues,
} from '../src/lib/scaffold.ts';
import { listTakenIds, readChoices, readTemplate, writeScaffold } from '../src/lib/scaffold-fs.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

function usage(spec?: KindSpec): string {
  const head = [
    'Usage: npm run new -- <kind> "<name or title>" [--field value …]',
    '',
    `Kinds: ${ENTRY_KINDS.join(', ')}.`,
    '',
    'Examples (on the demo content; each makes an entry that passes `npm run check`):',
    '  npm run new -- ambassador "Lotte Maes" --role "Field technician" --team field-ops --location ghent --employment employee --since 2024-03-04 --languages nl,en --github lottemaes --consent today --themes culture,tech',
    '  npm run new -- story "A day in the data team" --summary "Stand-up, pairing and waffles on Friday." --ambassadors sofie-peeters --themes culture',
    '  npm run new -- job "Data analyst" --team data-ai --locations ghent --work-mode hybrid --employment-type full-time --valid-through 2027-06-30 --salary-min 42000 --salary-max 52000 --apply https://apply.brugwerk.be/data-analyst',
    '  npm run new -- thanks "Thank you for the meetup" --to sofie-peeters --from "The comms team"',
    '  npm run new -- share "Why Sofie moved to Ghent" --themes culture --story moving-to-ghent-for-the-data --variant "Sofie moved to Ghent for the data. Read why:"',
    '',
    'The file name comes from the name or title (accents folded); --slug sets it. When that name is taken, a story, job,',
    'thank-you or share post gets -2, -3 …, and a profile is refused (in a terminal: you are asked) until --slug gives it its own.',
    'Nothing is ever overwritten. In a terminal it asks for required fields you did not give (--no-input: never ask);',
    'otherwise they stay empty in the file and `npm run check` lists them.',
    'Lists: comma-separated (--themes culture,tech) or the flag repeated. Dates: YYYY-MM-DD or "today". Yes/no: true/false.',
    '',
    'Exit codes: 0 created, 1 refused (it would overwrite something), 2 usage error.',
  ];
  if (!spec) return [...head, '', 'Run `npm run new -- <kind> --help` to see the fields of a kind.'].join('\n');
  const rows = spec.fields.map((f) => {
    const names = [f.flag, ...(f.aliases ?? [])].map((n) => `--${n}`).join(', ');
    const choices = Array.isArray(f.choices) ? ` (${f.choices.join(', ')})` : '';
    return `  ${names.padEnd(34)} ${f.path.join('.')}${f.required ? ', required' : ''}${f.defaultToday ? ', default today' : ''}${choices}`;
  });
  if (spec.bodyFlag) rows.push(`  ${`--${spec.bodyFlag}`.padEnd(34)} ${spec.bodyLabel}`);
  rows.push(`  ${'--slug'.padEnd(34)} the ${spec.layout === 'folder' ? 'folder' : 'file'} name instead of one made from the ${spec.titleField}`);
  return [...head, '', `Fields of a ${spec.kind}:`, ...rows].join('\n');
}

/** Questions in a terminal, one answer per line. */
function createPrompter() {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  // An iterator buffers lines typed ahead (or pasted), which rl.question() would drop.
  const lines = rl[Symbol.asyncIterator]();
  return {
    async question(prompt: string): Promise<string> {
      process.stdout.write(prompt);
      const next = await lines.next();
      return next.done ? '' : String(next.value).trim();
    },
    close: () => rl.close(),
  };
}
type Prompter = ReturnType<typeof createPrompter>;

async function askFields(prompter: Prompter, fields: FieldSpec[], values: RawValues, choices: Choices, today: string): Promise<void> {
  for (const field of fields) {
    const options = typeof field.choices === 'string' ? choices[field.choices] : field.choices;
    const hint = options && options.length > 0 ? ` [${options.join(', ')}]` : '';
    for (;;) {
      const answer = await prompter.question(`${field.label}${hint} (Enter to leave empty): `);
      if (!answer) break;
      try {
        readFieldValue(field, [answer], today);
        values[field.flag] = [answer];
        break;
      } catch (error) {
        console.log(`  ${(error as Error).message.replace(`--${field.flag} `, '')} Try again.`);
      }
    }
  }
}

/** A profile with the same name exists: asks whether this is another person, and the new folder's name. */
async function askOtherPerson(prompter: Prompter, name: string, existing: string, suggestion: string): Promise<string> {
  console.log(`A profile with this name exists: ${existing}/`);
  const other = await prompter.question(`Is "${name}" another person with the same name? (y/N): `);
  if (!/^y(es)?$/i.test(other)) throw new ScaffoldError('exists', `Nothing was written. To change that profile, edit ${existing}/index.md.`);
  return (await prompter.question(`Folder name for the new profile (Enter for ${suggestion}): `)) || suggestion;
}

async function main(argv: string[]): Promise<number> {
  const [kindArg, ...rest] = argv;
  if (!kindArg || kindArg === '--help' || kindArg === '-h') {
    (kindArg ? console.log : console.error)(usage());
    return kindArg ? 0 : 2;
  }
  if (!(ENTRY_KINDS as readonly string[]).includes(kindArg)) {
    console.error(`"${kindArg}" is not something \`npm run new\` can make. Choose one of: ${ENTRY_KINDS.join(', ')}.\n\n${usage()}`);
    return 2;
  }
  const kind = kindArg as EntryKind;
  const spec = KIND_SPECS[kind];
  const args = parseNewArgs(rest, spec);
  if (args.help) {
    console.log(usage(spec));
    return 0;
  }
  if (args.positionals.length > 1) {
    throw new ScaffoldError('usage', `Put the ${spec.titleField} in quotes: npm run new -- ${kind} "${args.positionals.join(' ')}"`);
  }
  const contentDir = resolveContentDir(process.env, process.cwd(), projectRoot);
  const today = isoDay(resolveToday(process.env, new Date()));
  const choices = await readChoices(contentDir);
  const values = args.values;
  let title = args.positionals[0] ?? values[spec.titleField]?.at(-1) ?? '';
  delete values[spec.titleField];

  const taken = await listTakenIds(contentDir, kind);
  const unanswered = findUnansweredFields(kind, values);
  let slug = args.slug;
  const clashes = (name: string) => kind === 'ambassador' && slug === undefined && name.trim() !== '' && taken.has(proposeSlug(kind, name));
  if (process.stdin.isTTY && !args.noInput && (!title || unanswered.length > 0 || clashes(title))) {
    const prompter = createPrompter();
    try {
      console.log(`New ${kind}. Answer what you know; anything left empty can be filled in later in the file.\n`);
      if (!title) title = await prompter.question(`${spec.titleField === 'name' ? 'Full name' : 'Title'}: `);
      if (clashes(title)) {
        const base = proposeSlug(kind, title);
        const prefix = path.relative(process.cwd(), contentDir).split(path.sep).join('/');
        slug = await askOtherPerson(prompter, title.trim(), `${prefix ? `${prefix}/` : ''}${spec.dir}/${base}`, makeUniqueSlug(base, (id) => taken.has(id)));
      }
      await askFields(prompter, unanswered, values, choices, today);
    } finally {
      prompter.close();
    }
  }

  const plan = planScaffold({ kind, title, values, slug, template: await readTemplate(kind), today, isTaken: (id) => taken.has(id), choices });
  await writeScaffold(contentDir, plan);
  const prefix = path.relative(process.cwd(), contentDir).split(path.sep).join('/');
  console.log(describeNextSteps(plan, prefix ? `${prefix}/` : '').join('\n'));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ScaffoldError) {
      console.error(error.message);
      process.exit(error.kind === 'usage' ? 2 : 1);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
