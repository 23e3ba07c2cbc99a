import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassadorSchema, imagePath, jobSchema, recognitionSchema, shareSchema, storySchema } from '../../src/schemas/index.ts';
import {
  ENTRY_KINDS,
  KIND_SPECS,
  ScaffoldError,
  describeNextSteps,
  findMissingTemplateFields,
  findUnansweredFields,
  parseNewArgs,
  planScaffold,
  renderYamlValue,
  type EntryKind,
  type RawValues,
} from '../../src/lib/scaffold.ts';
import { listTakenIds, readChoices, readTemplate, writeScaffold } from '../../src/lib/scaffold-fs.ts';
import { checkContentFolder } from '../../src/lib/check/check-fs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const today = '2026-03-01';

function frontMatter(text: string): unknown {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}

async function plan(kind: EntryKind, title: string, values: RawValues = {}, taken: string[] = [], slug?: string) {
  return planScaffold({ kind, title, values, slug, template: await readTemplate(kind), today, isTaken: (id) => taken.includes(id) });
}

/** Every flag of every kind set: the result must pass the collection's schema as it is. */
const ALL_FLAGS: Record<EntryKind, RawValues> = {
  ambassador: {
    pronouns: ['she/her'],
    role: ['Data engineer'],
    team: ['data'],
    location: ['ghent'],
    employment: ['employee'],
    seniority: ['senior'],
    since: ['2019-09-02'],
    left: ['2027-06-30'],
    languages: ['nl,en', 'fr'],
    photo: ['/tmp/sofie.JPEG'],
    'photo-alt': ['Sofie laughing at her desk'],
    quote: ['I came for the data, I stayed for the people: "coffee" included.'],
    themes: ['culture,tech'],
    github: ['@SofieP'],
    'links-linkedin': ['https://www.linkedin.com/in/sofiepeeters'],
    'links-x': ['https://x.com/sofiep'],
    'links-mastodon': ['https://mastodon.social/@sofiep'],
    'links-bluesky': ['https://bsky.app/profile/sofiep.bsky.social'],
    'links-github': ['https://github.com/sofiep'],
    'links-website': ['https://sofie.example'],
    contact: ['https://cal.com/sofiep/15min'],
    'consent-given': ['today'],
    'consent-wall': ['no'],
    'consent-after-leaving': ['keep'],
    status: ['paused'],
    bio: ['I build **data pipelines**.'],
  },
  story: {
    summary: ['What a day in the data team looks like: stand-up, pairing, and waffles on Friday.'],
    date: ['2026-02-20'],
    updated: ['2026-02-21'],
    ambassadors: ['sofie-peeters,jan-janssens'],
    themes: ['tech'],
    cover: ['./cover.png'],
    'cover-alt': ['The team around a table'],
    video: ['https://www.youtube.com/watch?v=abc'],
    jobs: ['data-engineer'],
    'share-text': ['A day with us: yes, there are waffles.'],
    'share-hashtags': ['lifeatacme,data'],
    lang: ['nl'],
    draft: ['false'],
    featured: ['yes'],
    body: ['It starts at nine.'],
  },
  job: {
    team: ['data'],
    locations: ['ghent,brussels'],
    'work-mode': ['remote'],
    'remote-countries': ['be,nl'],
    'employment-type': ['full-time'],
    posted: ['2026-02-01'],
    'valid-through': ['2026-04-30'],
    'salary-min': ['45 000'],
    'salary-max': ['60000'],
    'salary-currency': ['EUR'],
    'salary-unit': ['year'],
    'salary-note': ['Reviewed every January.'],
    apply: ['jobs@example.com'],
    'direct-apply': ['true'],
    ambassadors: ['sofie-peeters'],
    lang: ['fr'],
    body: ['You will build pipelines.'],
  },
  thanks: {
    ambassadors: ['sofie-peeters'],
    date: ['2026-02-14'],
    kind: ['award'],
    from: ['The comms team'],
    message: ['Thank you for the meetup!'],
  },
  share: {
    themes: ['culture'],
    url: ['https://example.com/news'],
    variant: ['We moved to Ghent!', 'New office, same people, better coffee.'],
    hashtags: ['ghent'],
    image: ['/tmp/office.png'],
    'image-alt': ['The new office'],
    from: ['2026-03-01'],
    until: ['2026-03-31'],
    networks: ['linkedin,bluesky'],
  },
};

describe('templates', () => {
  it.each(ENTRY_KINDS)('%s: has a line for every field the flags can set', async (kind) => {
    expect(findMissingTemplateFields(await readTemplate(kind), KIND_SPECS[kind])).toEqual([]);
  });

  it('ambassador: left unfilled, every required field is flagged with the fix', async () => {
    const result = await plan('ambassador', 'Sofie Peeters');
    expect(result.todo.map((t) => `${t.field}: ${t.message}`)).toMatchInlineSnapshot(`
      [
        "role: is empty",
        "team: is empty: it must be an id in lowercase letters, digits and dashes, like "sofie-peeters"",
        "location: is empty: it must be an id in lowercase letters, digits and dashes, like "sofie-peeters"",
        "employment: is empty: it must be one of employee, intern, freelancer, retiree, alumni",
        "since: is empty: it must be a date written as YYYY-MM-DD, like 2025-03-14",
        "languages: is empty: it must list at least one language",
        "github: is empty: it must be a GitHub handle without @, like "sofiepeeters"",
        "consent.given: is empty: it must be a date written as YYYY-MM-DD, like 2025-03-14",
      ]
    `);
    // The same problems come out of the schema the checker uses.
    const parsed = ambassadorSchema(imagePath).safeParse(frontMatter(result.text));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(result.todo.map((t) => t.field));
  });

  it.each([
    ['story', ['summary', 'ambassadors']],
    ['job', ['team', 'locations', 'workMode', 'employmentType', 'validThrough', 'apply']],
    ['thanks', ['ambassadors', 'from']],
    ['share', ['themes', 'variants', 'story']],
  ] as const)('%s: left unfilled, the checker flags %j', async (kind, fields) => {
    expect((await plan(kind, 'Something new')).todo.map((t) => t.field)).toEqual(fields);
  });
});

describe('planScaffold with every flag set', () => {
  const schemas = {
    ambassador: ambassadorSchema(imagePath),
    story: storySchema(imagePath),
    job: jobSchema,
    thanks: recognitionSchema,
    share: shareSchema(imagePath),
  };

  it.each(ENTRY_KINDS)('%s: passes the schema as written', async (kind) => {
    const result = await plan(kind, kind === 'ambassador' ? 'Sofie Peeters' : 'A day in the data team', ALL_FLAGS[kind]);
    expect(result.todo).toEqual([]);
    const parsed = schemas[kind].safeParse(frontMatter(result.text));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('writes every value where the template has it, uncommenting optional blocks', async () => {
    const result = await plan('ambassador', 'Sofie Peeters', ALL_FLAGS.ambassador);
    expect(frontMatter(result.text)).toEqual({
      name: 'Sofie Peeters',
      pronouns: 'she/her',
      role: 'Data engineer',
      team: 'data',
      location: 'ghent',
      employment: 'employee',
      seniority: 'senior',
      since: '2019-09-02',
      left: '2027-06-30',
      languages: ['nl', 'en', 'fr'],
      photo: './photo.jpg',
      photoAlt: 'Sofie laughing at her desk',
      quote: 'I came for the data, I stayed for the people: "coffee" included.',
      themes: ['culture', 'tech'],
      github: 'SofieP',
      links: {
        linkedin: 'https://www.linkedin.com/in/sofiepeeters',
        x: 'https://x.com/sofiep',
        mastodon: 'https://mastodon.social/@sofiep',
        bluesky: 'https://bsky.app/profile/sofiep.bsky.social',
        github: 'https://github.com/sofiep',
        website: 'https://sofie.example',
      },
      contact: 'https://cal.com/sofiep/15min',
      consent: { given: today, wall: false, afterLeaving: 'keep' },
      status: 'paused',
    });
    expect(result.text.endsWith('---\nI build **data pipelines**.\n')).toBe(true);
    expect(result.copies).toEqual([{ from: '/tmp/sofie.JPEG', to: 'ambassadors/sofie-peeters/photo.jpg' }]);
  });

  it('fills the job salary block and upper-cases country codes', async () => {
    const data = frontMatter((await plan('job', 'Data engineer', ALL_FLAGS.job)).text) as Record<string, unknown>;
    expect(data.salary).toEqual({ min: 45000, max: 60000, currency: 'EUR', unit: 'year' });
    expect(data.remoteCountries).toEqual(['BE', 'NL']);
  });

  it('keeps text variants whole, commas included', async () => {
    const result = await plan('share', 'New office', { ...ALL_FLAGS.share, variant: ['Hello, Ghent!', 'Yes, we moved.'] });
    expect((frontMatter(result.text) as { variants: string[] }).variants).toEqual(['Hello, Ghent!', 'Yes, we moved.']);
  });

  it('quotes what YAML would misread', () => {
    expect(renderYamlValue('yes')).toBe('"yes"');
    expect(renderYamlValue('12')).toBe('"12"');
    expect(renderYamlValue('a: b')).toBe('"a: b"');
    expect(renderYamlValue('#1 fan')).toBe('"#1 fan"');
    expect(renderYamlValue('two\nlines')).toBe('"two\\nlines"');
    expect(renderYamlValue(['nl', 'en'])).toBe('[nl, en]');
  });
});

describe('the checker on scaffolded entries', () => {
  let content: string;
  beforeAll(async () => {
    content = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-new-check-'));
    await fs.cp(path.join(root, 'tests/fixtures/consent'), content, { recursive: true });
  });
  afterAll(() => fs.rm(content, { recursive: true, force: true }));

  it('accepts every kind written with all flags, and flags every placeholder left empty', { timeout: 60_000 }, async () => {
    const photo = path.join(content, 'ambassadors/astrid-lemaire/photo.jpg');
    const values: Record<EntryKind, RawValues> = {
      ambassador: { ...ALL_FLAGS.ambassador, team: ['engineering'], location: ['ghent'], photo: [photo], status: ['active'] },
      story: { ...ALL_FLAGS.story, ambassadors: ['astrid-lemaire'], jobs: ['platform-engineer'], cover: [photo], lang: ['en'] },
      job: { ...ALL_FLAGS.job, team: ['engineering'], locations: ['ghent'], ambassadors: ['astrid-lemaire'], lang: ['en'] },
      thanks: { ...ALL_FLAGS.thanks, ambassadors: ['astrid-lemaire'] },
      share: { ...ALL_FLAGS.share, themes: ['tech'], image: [photo] },
    };
    const today = new Date('2026-03-01T00:00:00Z');
    const { problems: baseline, entries: baselineEntries } = await checkContentFolder({ contentDir: content, cwd: content, today });
    for (const kind of ENTRY_KINDS) {
      const taken = await listTakenIds(content, kind);
      const name = kind === 'ambassador' ? 'Sofie Peeters' : `A new ${kind}`;
      await writeScaffold(content, planScaffold({ kind, title: name, values: values[kind], template: await readTemplate(kind), today: '2026-03-01', isTaken: (id) => taken.has(id) }));
    }
    const result = await checkContentFolder({ contentDir: content, cwd: content, today });
    expect(result.entries).toBe(baselineEntries + ENTRY_KINDS.length);
    const problems = result.problems.filter((p) => !baseline.some((b) => b.file === p.file && b.message === p.message));
    // Covers narrower than 1200 pixels are only a warning; nothing else may be reported.
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);

    const empty = planScaffold({ kind: 'ambassador', title: 'Lotte Maes', values: {}, template: await readTemplate('ambassador'), today: '2026-03-01', isTaken: () => false });
    await writeScaffold(content, empty);
    const flagged = (await checkContentFolder({ contentDir: content, cwd: content, today })).problems.filter((p) => p.file.includes('lotte-maes') && p.severity === 'error');
    expect(flagged.map((p) => p.field)).toEqual(empty.todo.map((t) => t.field));
  });
});

describe('names and slugs', () => {
  it('folds diacritics and makes the slug unique against existing entries, saying so', async () => {
    expect((await plan('ambassador', 'Élodie Dubois')).file).toBe('ambassadors/elodie-dubois/index.md');
    const second = await plan('job', 'Data engineer (m/f/x)', {}, ['data-engineer-m-f-x']);
    expect(second.file).toBe('jobs/data-engineer-m-f-x-2.md');
    expect(describeNextSteps(second, 'content/').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Created content/jobs/data-engineer-m-f-x-2.md",
        "(content/jobs/data-engineer-m-f-x.md already exists, so the new one is data-engineer-m-f-x-2; --slug names it otherwise.)",
      ]
    `);
    expect((await plan('story', 'Straße & Łódź')).folder).toBe('stories/strasse-lodz');
    expect((await plan('share', 'Æble')).file).toBe('share/aeble.md');
  });

  it('refuses a profile whose name has a folder already, unless --slug names the new one', async () => {
    await expect(plan('ambassador', 'Élodie Dubois', {}, ['elodie-dubois', 'elodie-dubois-2'])).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: A profile with this name exists: ambassadors/elodie-dubois/. Nothing was written.
      To change that profile, edit ambassadors/elodie-dubois/index.md. If "Élodie Dubois" is another person, give the new profile its own folder: --slug elodie-dubois-3]
    `);
    expect((await plan('ambassador', 'Élodie Dubois', {}, ['elodie-dubois', 'elodie-dubois-2'], 'elodie-dubois-3')).id).toBe('elodie-dubois-3');
  });

  it('never names a story with a bare number, which a page of the story list would take', async () => {
    expect((await plan('story', '2025')).folder).toBe('stories/story-2025');
    expect((await plan('job', '2025')).file).toBe('jobs/2025.md');
    await expect(plan('story', 'Our year', {}, [], '2025')).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: --slug "2025" is a number, and /stories/2025/ is a page of the story list: add a word, like --slug story-2025.]`);
  });

  it('names thank-yous <date>-<slug>.md, from --date or today', async () => {
    expect((await plan('thanks', 'Thank you for the meetup')).file).toBe('recognition/2026-03-01-thank-you-for-the-meetup.md');
    expect((await plan('thanks', 'Thank you', { date: ['2026-02-14'] }, ['2026-02-14-thank-you'])).file).toBe('recognition/2026-02-14-thank-you-2.md');
  });

  it('refuses a taken --slug instead of overwriting, and a name without letters', async () => {
    await expect(plan('ambassador', 'Sofie', {}, ['sofie-peeters'], 'sofie-peeters')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: ambassadors/sofie-peeters already exists. Nothing was written: pick another --slug, or edit the existing entry.]`,
    );
    await expect(plan('ambassador', '🎉')).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: "🎉" has no letters or digits to make a file name from: add --slug, like --slug sofie-peeters.]`);
    expect((await plan('ambassador', '🎉', {}, [], 'party')).id).toBe('party');
  });

  it('refuses values it cannot write, saying how to write them', async () => {
    await expect(plan('ambassador', 'Sofie', { since: ['14/03/2025'] })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: --since "14/03/2025" is not a date: write it as YYYY-MM-DD (or "today").]`);
    await expect(plan('story', 'S', { draft: ['maybe'] })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: --draft "maybe" must be yes or no.]`);
    await expect(plan('job', 'J', { 'salary-min': ['lots'] })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: --salary-min "lots" must be a number, like 45000.]`);
    await expect(plan('ambassador', 'S', { photo: ['me.heic'] })).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: --photo "me.heic" is not an image: use a .jpg, .png, .webp or .avif file.]`);
  });

  it('hints the allowed ids next to empty fields', async () => {
    const result = planScaffold({
      kind: 'ambassador',
      title: 'Sofie Peeters',
      values: {},
      template: await readTemplate('ambassador'),
      today,
      isTaken: () => false,
      choices: { teams: ['data', 'design'], locations: ['ghent'] },
    });
    expect(result.text).toContain('team: ""  # one of: data, design\n');
    expect(result.text).toContain('location: ""  # one of: ghent\n');
    expect(result.text).toContain('employment: ""  # one of: employee, intern, freelancer, retiree, alumni\n');
  });
});

describe('parseNewArgs', () => {
  it('reads --flag value, --flag=value, repeated flags, aliases and bare yes/no flags', () => {
    const args = parseNewArgs(['Sofie Peeters', '--team=data', '--themes', 'culture', '--themes', 'tech', '--consent', 'today', '--wall', '--linkedin', 'https://l.example', '--slug', 'sofie'], KIND_SPECS.ambassador);
    expect(args).toEqual({
      positionals: ['Sofie Peeters'],
      values: { team: ['data'], themes: ['culture', 'tech'], 'consent-given': ['today'], 'consent-wall': ['true'], 'links-linkedin': ['https://l.example'] },
      slug: 'sofie',
      help: false,
      noInput: false,
    });
  });

  it('names the valid options when one is unknown', () => {
    expect(() => parseNewArgs(['--colour', 'red'], KIND_SPECS.thanks)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown option --colour for a thanks. Options: --ambassadors, --date, --from, --kind, --message, --slug, --title, --to.]`,
    );
  });

  it('lists the required fields still to ask for', () => {
    expect(findUnansweredFields('ambassador', { team: ['data'] }).map((f) => f.flag)).toEqual(['role', 'location', 'employment', 'since', 'languages', 'github', 'consent-given']);
    expect(findUnansweredFields('thanks', {}).map((f) => f.flag)).toEqual(['ambassadors', 'from']);
  });
});

describe('next steps', () => {
  it('says which file, which fields, how to preview and to run the checker', async () => {
    const result = await plan('ambassador', 'Sofie Peeters', { team: ['data'], location: ['ghent'], employment: ['employee'], languages: ['nl'], since: ['2020-01-01'], github: ['sofiep'] });
    expect(describeNextSteps(result, 'content/').join('\n')).toMatchInlineSnapshot(`
      "Created content/ambassadors/sofie-peeters/index.md

      Next:
        1. Open content/ambassadors/sofie-peeters/index.md and fill in:
             role: is empty
             consent.given: is empty: it must be a date written as YYYY-MM-DD, like 2025-03-14
        2. Below the last --- line, write a short bio in plain Markdown.
        3. Optional: put a photo (at least 400×400 pixels) in content/ambassadors/sofie-peeters/ and set photo and photoAlt.
        4. Run \`npm run check\`: it names every field still missing, with the fix.
        5. Preview: \`npm run dev\`, then open http://localhost:4321/ambassadors/sofie-peeters/
           (the profile shows once consent.given is filled in and status is active).
           If you leave the company one day, write your last day in left: and choose under consent: what happens
           then: afterLeaving: end (the default) takes your profile off the site, keep leaves it up as a former colleague.
        6. Open a pull request. Guide for ambassadors: docs/ambassadors.md"
    `);
  });
});

describe('stories', () => {
  it('start as drafts, and the next steps say how to publish them', async () => {
    const result = await plan('story', 'A day in the data team', { summary: ['Stand-up, pairing and waffles.'], ambassadors: ['sofie-peeters'] });
    expect(frontMatter(result.text)).toMatchObject({ draft: true, date: today });
    expect(describeNextSteps(result, 'content/').join('\n')).toMatchInlineSnapshot(`
      "Created content/stories/a-day-in-the-data-team/index.md

      Next:
        1. Open content/stories/a-day-in-the-data-team/index.md and read it over; the lines starting with # explain each field.
        2. Below the last --- line, write the story in Markdown.
        3. Run \`npm run check\`: it names every field still missing, with the fix.
        4. The story is a draft (draft: true): it is not published, and \`npm run dev\` does not show it either.
           To publish it, set draft: false; it appears on its date (2026-03-01), and \`npm run dev\` shows it at http://localhost:4321/stories/a-day-in-the-data-team/
        5. Open a pull request. Guide for ambassadors: docs/ambassadors.md"
    `);
  });

  it('are published at once with --draft false, and then say where to preview them', async () => {
    const result = await plan('story', 'A day in the data team', { summary: ['Stand-up, pairing and waffles.'], ambassadors: ['sofie-peeters'], draft: ['false'] });
    expect(frontMatter(result.text)).toMatchObject({ draft: false });
    expect(describeNextSteps(result, 'content/')).toContain('  4. Preview: `npm run dev`, then open http://localhost:4321/stories/a-day-in-the-data-team/');
  });
});

describe('on disk', () => {
  let content: string;
  beforeAll(async () => {
    content = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-new-'));
    await fs.writeFile(
      path.join(content, 'site.yaml'),
      'teams: [{ id: data, name: Data }]\nlocations: [{ id: ghent, name: Ghent }]\ncomms: [anne]\n',
    );
    await fs.writeFile(path.join(content, 'themes.yaml'), '- { id: culture, label: Culture, description: c }\n');
    await fs.mkdir(path.join(content, 'ambassadors/sofie-peeters'), { recursive: true });
    await fs.writeFile(path.join(content, 'ambassadors/sofie-peeters/index.md'), 'original');
    await fs.mkdir(path.join(content, 'jobs'));
    await fs.writeFile(path.join(content, 'jobs/data-engineer.md'), 'original');
  });
  afterAll(() => fs.rm(content, { recursive: true, force: true }));

  it('lists taken ids and the choices of the content folder', async () => {
    expect([...(await listTakenIds(content, 'ambassador'))]).toEqual(['sofie-peeters']);
    expect([...(await listTakenIds(content, 'job'))]).toEqual(['data-engineer']);
    expect(await readChoices(content)).toEqual({ teams: ['data'], locations: ['ghent'], themes: ['culture'], ambassadors: ['sofie-peeters'], stories: [], jobs: ['data-engineer'] });
  });

  it('never overwrites an existing folder or file, even when the plan is stale', async () => {
    const stale = await plan('ambassador', 'Sofie Peeters');
    await expect(writeScaffold(content, stale)).rejects.toBeInstanceOf(ScaffoldError);
    const staleJob = await plan('job', 'Data engineer');
    await expect(writeScaffold(content, staleJob)).rejects.toMatchObject({ kind: 'exists' });
    expect(await fs.readFile(path.join(content, 'ambassadors/sofie-peeters/index.md'), 'utf8')).toBe('original');
    expect(await fs.readFile(path.join(content, 'jobs/data-engineer.md'), 'utf8')).toBe('original');
  });

  it('creates the folder, the file and the photo copy without its GPS data; a missing photo writes nothing', async () => {
    const photo = path.join(content, 'me.JPEG');
    await sharp({ create: { width: 400, height: 400, channels: 3, background: '#0b5fff' } })
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1' } })
      .jpeg()
      .toFile(photo);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const taken = await listTakenIds(content, 'ambassador');
    const result = planScaffold({ kind: 'ambassador', title: 'Sofie Peeters', values: { photo: [photo] }, slug: 'sofie-peeters-2', template: await readTemplate('ambassador'), today, isTaken: (id) => taken.has(id) });
    await writeScaffold(content, result);
    expect(result.id).toBe('sofie-peeters-2');
    const copy = await sharp(path.join(content, 'ambassadors/sofie-peeters-2/photo.jpg')).metadata();
    expect(copy).toMatchObject({ format: 'jpeg', width: 400, height: 400 });
    expect(copy.exif).toBeUndefined();
    expect(await fs.readFile(path.join(content, 'ambassadors/sofie-peeters-2/index.md'), 'utf8')).toContain('photo: ./photo.jpg');

    const missing = planScaffold({ kind: 'ambassador', title: 'Jan', values: { photo: ['/nowhere/jan.jpg'] }, template: await readTemplate('ambassador'), today, isTaken: () => false });
    await expect(writeScaffold(content, missing)).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: /nowhere/jan.jpg does not exist: give the path of an image file.]`);
    await expect(fs.access(path.join(content, 'ambassadors/jan'))).rejects.toThrow();
  });
});

describe('npm run new', () => {
  const run = promisify(execFile);
  let content: string;
  beforeAll(async () => {
    content = await fs.mkdtemp(path.join(os.tmpdir(), 'vaandel-new-cli-'));
  });
  afterAll(() => fs.rm(content, { recursive: true, force: true }));

  async function npmNew(args: string[]) {
    try {
      // process.execPath is the project's Node 24 (vitest runs on it); --import tsx skips npx's start-up.
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], { cwd: root, env: { ...process.env, VAANDEL_CONTENT: content, VAANDEL_NOW: today } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('creates an entry (exit 0); the same name again is refused (exit 1) until --slug names the new profile', { timeout: 60_000 }, async () => {
    const first = await npmNew(['ambassador', 'Sofie Peeters', '--team', 'data', '--github', 'sofiep', '--themes', 'culture,tech']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ambassadors/sofie-peeters/index.md');
    const written = frontMatter(await fs.readFile(path.join(content, 'ambassadors/sofie-peeters/index.md'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ name: 'Sofie Peeters', team: 'data', github: 'sofiep', themes: ['culture', 'tech'] });
    const again = await npmNew(['ambassador', 'Sofie Peeters']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A profile with this name exists: ambassadors/sofie-peeters/. Nothing was written.');
    await expect(fs.access(path.join(content, 'ambassadors/sofie-peeters-2'))).rejects.toThrow();
    expect((await npmNew(['ambassador', 'Sofie Peeters', '--slug', 'sofie-peeters-2'])).stdout).toContain('ambassadors/sofie-peeters-2/index.md');
  });

  it('refuses a taken --slug with exit 1, and names thank-you files by date', { timeout: 60_000 }, async () => {
    await fs.mkdir(path.join(content, 'ambassadors/jan-janssens'), { recursive: true });
    const taken = await npmNew(['ambassador', 'Jan', '--slug', 'jan-janssens']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already exists. Nothing was written');
    const thanks = await npmNew(['thanks', 'Merci!', '--to', 'jan-janssens', '--from', 'The comms team']);
    expect(thanks.code).toBe(0);
    await expect(fs.access(path.join(content, 'recognition/2026-03-01-merci.md'))).resolves.toBeUndefined();
  });

  it('exits 2 on an unknown kind, a missing name or an unknown option', { timeout: 60_000 }, async () => {
    expect((await npmNew(['recipe', 'Waffles'])).code).toBe(2);
    expect((await npmNew(['ambassador', '--no-input'])).code).toBe(2);
    const unknown = await npmNew(['ambassador', 'X', '--teem', 'data']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --teem');
  });

  it.skipIf(spawnSync('which', ['script']).status !== 0)('asks in a terminal whether a name that has a profile is another person', { timeout: 60_000 }, async () => {
    await fs.mkdir(path.join(content, 'ambassadors/an-claes'), { recursive: true });
    const terminal = (answers: string) => {
      const command = `'${process.execPath}' --import tsx scripts/new.ts ambassador "An Claes" --team data`;
      return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, input: answers, encoding: 'utf8', env: { ...process.env, VAANDEL_CONTENT: content, VAANDEL_NOW: today } });
    };
    const same = terminal('n\n');
    expect(same.status).toBe(1);
    expect(same.stdout).toContain('A profile with this name exists: ');
    expect(same.stdout).toContain('Is "An Claes" another person with the same name? (y/N): ');
    await expect(fs.readdir(path.join(content, 'ambassadors'))).resolves.not.toContain('an-claes-2');
    const other = terminal('y\n\n' + '\n'.repeat(12));
    expect(other.status).toBe(0);
    expect(other.stdout).toContain('Folder name for the new profile (Enter for an-claes-2): ');
    expect(frontMatter(await fs.readFile(path.join(content, 'ambassadors/an-claes-2/index.md'), 'utf8'))).toMatchObject({ name: 'An Claes', team: 'data' });
  });

  it.skipIf(spawnSync('which', ['script']).status !== 0)('asks for missing required fields in a terminal, again after a bad date', { timeout: 60_000 }, async () => {
    // util-linux `script` gives the command a pseudo-terminal, as a person at a keyboard has.
    const answers = 'Lotte Maes\nDesigner\ndata\n\nintern\n14/03/2025\n2025-03-14\nnl\nlottem\n\n';
    const command = `'${process.execPath}' --import tsx scripts/new.ts ambassador`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, input: answers, encoding: 'utf8', env: { ...process.env, VAANDEL_CONTENT: content, VAANDEL_NOW: today } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is not a date: write it as YYYY-MM-DD');
    const written = frontMatter(await fs.readFile(path.join(content, 'ambassadors/lotte-maes/index.md'), 'utf8'));
    expect(written).toMatchObject({ name: 'Lotte Maes', role: 'Designer', team: 'data', location: '', employment: 'intern', since: '2025-03-14', languages: ['nl'], github: 'lottem', consent: { given: '' } });
  });
});
