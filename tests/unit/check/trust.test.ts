/**
 * The checker's trust rules, each on a copy of the minimal valid tree (tests/fixtures/check/base)
 * with one change: one profile per person and one entry per address, bounded fields, clean bytes,
 * pay transparency, and colleagues who leave. Messages are pinned; the three output formats are
 * checked on one run of each rule.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { formatGithub, formatHuman, formatJson } from '../../../src/lib/check/format.ts';
import { entryPaths } from '../../../src/lib/check/identity.ts';
import { resolveLanguages } from '../../../src/lib/languages.ts';
import { findGenderMarker } from '../../../src/lib/check/pay-transparency.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { BASE, BASE_FILES, checkTree, png, replace, show } from './tree.ts';

const { sofie, jan, story, job, thanks, shareStory, shareJob } = BASE_FILES;

/** Sentences of ordinary words, exactly `n` characters long. */
function words(n: number): string {
  const text = 'Every bridge we measure tells a story about the people who cross it each day. '.repeat(Math.ceil(n / 70) + 1);
  return text.slice(0, n - 1).trimEnd().padEnd(n - 1, 'e') + '.';
}

describe('one profile per person, one entry per address', () => {
  test('two profiles owned by the same GitHub handle, in any capitals: an error on each, naming the other', async () => {
    expect(show(await checkTree({ [jan]: replace('github: janjanssens', 'github: SofiePeeters') }))).toMatchInlineSnapshot(`
      "content/ambassadors/jan-janssens/index.md:10 error github: "SofiePeeters" also owns content/ambassadors/sofie-peeters/index.md (as "sofiepeeters"): one person would have two profiles (GitHub ignores capitals in handles). ⇒ Keep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.
      content/ambassadors/sofie-peeters/index.md:13 error github: "sofiepeeters" also owns content/ambassadors/jan-janssens/index.md (as "SofiePeeters"): one person would have two profiles (GitHub ignores capitals in handles). ⇒ Keep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else."
    `);
  });

  test('entries whose addresses differ only in capitals, accents, spaces or punctuation, in every collection', async () => {
    const read = (file: string) => fs.readFile(path.join(BASE, file), 'utf8');
    const problems = await checkTree({
      'ambassadors/Sofie Peeters/index.md': (await read(sofie)).replace('sofiepeeters', 'sofie-again'),
      'stories/First_Day/index.md': await read(story),
      'jobs/Data-Engineer.md': await read(job),
      'share/first–day.md': await read(shareStory),
      'recognition/2025-06-02-Thanks-Sofie.md': await read(thanks),
    });
    expect(show(problems.filter((p) => p.field === ''))).toMatchInlineSnapshot(`
      "content/ambassadors/Sofie Peeters/index.md:- error has the id "Sofie Peeters", the same address as content/ambassadors/sofie-peeters/index.md (/ambassadors/sofie-peeters/) once capitals, accents, spaces and punctuation are set aside. ⇒ Keep one profile per person: if both are the same person, merge them into one folder; otherwise rename this folder to "sofie-peeters-2".
      content/jobs/Data-Engineer.md:- error has the id "Data-Engineer", the same address as content/jobs/data-engineer.md (/jobs/data-engineer/) once capitals, accents, spaces and punctuation are set aside. ⇒ Give each job its own name: rename this file to "data-engineer-2.md", or remove one of the two.
      content/recognition/2025-06-02-Thanks-Sofie.md:- error has the id "2025-06-02-Thanks-Sofie", the same name as content/recognition/2025-06-02-thanks-sofie.md once capitals, accents, spaces and punctuation are set aside. ⇒ Give each thank-you its own name: rename this file to "2025-06-02-thanks-sofie-2.md", or remove one of the two.
      content/share/first–day.md:- error has the id "first–day", the same address as content/share/first-day.md (/og/share/first-day.png) once capitals, accents, spaces and punctuation are set aside. ⇒ Give each share post its own name: rename this file to "first-day-2.md", or remove one of the two.
      content/stories/First_Day/index.md:- error has the id "First_Day", the same address as content/stories/first-day/index.md (/stories/first-day/) once capitals, accents, spaces and punctuation are set aside. ⇒ Give each story its own name: rename this folder to "first-day-2", or remove one of the two."
    `);
  });

  test('in a site of several languages, the address in each language is compared', async () => {
    const problems = await checkTree({
      'site.yaml': replace('url: https://careers.testwerk.be', 'url: https://careers.testwerk.be\nlanguages: [en, nl]'),
      'jobs/Data-Engineer.md': await fs.readFile(path.join(BASE, job), 'utf8'),
    });
    expect(show(problems.filter((p) => p.file.endsWith('Data-Engineer.md')))).toMatchInlineSnapshot(`"content/jobs/Data-Engineer.md:- error has the id "Data-Engineer", the same address as content/jobs/data-engineer.md (/en/jobs/data-engineer/) once capitals, accents, spaces and punctuation are set aside. ⇒ Give each job its own name: rename this file to "data-engineer-2.md", or remove one of the two."`);
  });

  test('the addresses of an entry, in every language of a multilingual site', () => {
    expect(entryPaths('ambassadors', 'sofie-peeters')).toEqual(['/ambassadors/sofie-peeters/', '/share/sofie-peeters/', '/og/ambassadors/sofie-peeters.png']);
    const two = resolveLanguages({ languages: ['en', 'nl'] });
    expect(entryPaths('stories', 'first-day', two)).toEqual(['/en/stories/first-day/', '/og/en/stories/first-day.png', '/nl/stories/first-day/', '/og/nl/stories/first-day.png']);
    expect(entryPaths('recognition', '2025-06-02-thanks', two)).toEqual([]);
  });
});

describe('bounded fields', () => {
  test('a field over its limit is an error giving the limit and the length', async () => {
    expect(
      show(
        await checkTree({
          [sofie]: replace('quote: I like data that tells the truth.', `quote: ${words(LIMITS.ambassadors.quote.max + 12)}`),
          [story]: replace('title: My first day on a bridge', `title: ${words(LIMITS.stories.title.max + 1)}`),
          'site.yaml': replace('tagline: A tiny company for tests.', `tagline: ${words(101)}`),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:11 error quote: "Every bridge we measure tells a story about the people wh…" is 162 characters long, over the limit of 150. ⇒ Shorten it by 12 characters, so that it shows whole on the profile card.
      content/site.yaml:4 error tagline: "Every bridge we measure tells a story about the people wh…" is 101 characters long, over the limit of 100. ⇒ Shorten it by 1 character, so that it shows whole in the home page hero and on the site card.
      content/stories/first-day/index.md:2 error title: "Every bridge we measure tells a story about the people wh…" is 101 characters long, over the limit of 100. ⇒ Shorten it by 1 character, so that it shows whole on the story card and in listings."
    `);
  });

  test('texts given per language, and translation files, have the same limits', async () => {
    expect(
      show(
        await checkTree({
          'site.yaml': (text) => text.replace('url: https://careers.testwerk.be', 'url: https://careers.testwerk.be\nlanguages: [en, nl]').replace('tagline: A tiny company for tests.', `tagline:\n  en: A tiny company for tests.\n  nl: ${words(104)}`),
          'stories/first-day/index.nl.md': `---\ntitle: ${words(LIMITS.stories.title.max + 5)}\nsummary: Hoe het begon.\n---\nDe tekst.\n`,
          'share/join-data.nl.md': `---\ntitle: Word data engineer\nvariants:\n  - "${words(270)}"\n---\n`,
          'recognition/2025-06-02-thanks-sofie.nl.md': `---\ntitle: Bedankt\n---\n${words(LIMITS.recognition.message.max + 2)}\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/recognition/2025-06-02-thanks-sofie.nl.md:4 error body: the message is 502 characters long, over the limit of 500. ⇒ Shorten it by 2 characters, so that it reads as a card on the thank-you wall.
      content/share/join-data.nl.md:4 error variants[0]: is too long for X (294 of 280 characters, the link counted as 23) and Bluesky (307 of 300 characters, the link shortened as Bluesky shows it), hashtags included. ⇒ Shorten it by 14 characters, or leave x and bluesky out of networks.
      content/site.yaml:7 error tagline.nl: "Every bridge we measure tells a story about the people wh…" is 104 characters long, over the limit of 100. ⇒ Shorten it by 4 characters, so that it shows whole in the home page hero and on the site card.
      content/stories/first-day/index.nl.md:2 error title: "Every bridge we measure tells a story about the people wh…" is 105 characters long, over the limit of 100. ⇒ Shorten it by 5 characters, so that it shows whole on the story card and in listings."
    `);
  });

  test('a thank-you message longer than a card on the wall', async () => {
    expect(show(await checkTree({ [thanks]: (text) => `${text}\n${words(LIMITS.recognition.message.max - 40)}\n` }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:7 error body: the message is 503 characters long, over the limit of 500. ⇒ Shorten it by 3 characters, so that it reads as a card on the thank-you wall."`);
  });

  test('characters are counted as people see them: an accented letter or an emoji is one', async () => {
    // 45 characters written with combining accents (e + U+0301) and emoji with their skin tone: 82 code units, 45 characters.
    const name = `${'Rene\u0301 '.repeat(7)}👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽`;
    expect(name.length).toBeGreaterThan(LIMITS.ambassadors.name.max);
    expect(await checkTree({ [sofie]: replace('name: Sofie Peeters', `name: "${name}"`) })).toEqual([]);
  });

  test('every limit accepts a text of its length and refuses one more character', async () => {
    const site = (field: string, value: string) => ({ 'site.yaml': replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: "${value}"`) });
    const cases: [keyof typeof LIMITS, string, (value: string) => Record<string, (text: string) => string>][] = [
      ['site', 'name', (v) => site('name', v)],
      ['site', 'tagline', (v) => site('tagline', v)],
      ['site', 'description', (v) => site('description', v)],
      ['site', 'teamName', (v) => ({ 'site.yaml': replace('name: Data & AI', `name: "${v}"`) })],
      ['site', 'locationName', (v) => ({ 'site.yaml': replace('name: Ghent', `name: "${v}"`) })],
      ['site', 'street', (v) => ({ 'site.yaml': replace('street: Voorhavenlaan 1', `street: "${v}"`) })],
      ['site', 'city', (v) => ({ 'site.yaml': replace('city: Ghent', `city: "${v}"`) })],
      ['themes', 'label', (v) => ({ 'themes.yaml': replace('label: Culture', `label: "${v}"`) })],
      ['themes', 'description', (v) => ({ 'themes.yaml': replace('description: How we work together.', `description: "${v}"`) })],
      ['ambassadors', 'name', (v) => ({ [sofie]: replace('name: Sofie Peeters', `name: "${v}"`) })],
      ['ambassadors', 'role', (v) => ({ [sofie]: replace('role: Data engineer', `role: "${v}"`) })],
      ['ambassadors', 'pronouns', (v) => ({ [sofie]: replace('role: Data engineer', `role: Data engineer\npronouns: "${v}"`) })],
      ['ambassadors', 'photoAlt', (v) => ({ [sofie]: replace('photoAlt: Sofie smiling in front of a whiteboard', `photoAlt: "${v}"`) })],
      ['ambassadors', 'quote', (v) => ({ [sofie]: replace('quote: I like data that tells the truth.', `quote: "${v}"`) })],
      ['stories', 'title', (v) => ({ [story]: replace('title: My first day on a bridge', `title: "${v}"`) })],
      ['stories', 'summary', (v) => ({ [story]: replace('summary: Sofie remembers her first day in the field.', `summary: "${v}"`) })],
      ['stories', 'coverAlt', (v) => ({ [story]: replace('coverAlt: A steel bridge at dawn', `coverAlt: "${v}"`) })],
      ['jobs', 'title', (v) => ({ [job]: replace('title: Data engineer', `title: "${v}"`) })],
      ['jobs', 'salaryNote', (v) => ({ [job]: replace('salary: { min: 50000, max: 62000 }', `salaryNote: "${v}"`) })],
      ['recognition', 'title', (v) => ({ [thanks]: replace('title: Thank you for the open day', `title: "${v}"`) })],
      ['recognition', 'from', (v) => ({ [thanks]: replace('from: The comms team', `from: "${v}"`) })],
      ['share', 'title', (v) => ({ [shareStory]: replace("title: Sofie's first day", `title: "${v}"`) })],
    ];
    for (const [collection, field, change] of cases) {
      const { max } = (LIMITS[collection] as Record<string, { max: number }>)[field]!;
      expect(await checkTree(change(words(max))), `${collection}.${field} at ${max}`).toEqual([]);
      const over = await checkTree(change(words(max + 1)));
      expect(over.map((p) => p.message), `${collection}.${field} at ${max + 1}`).toEqual([expect.stringMatching(new RegExp(`is ${max + 1} characters long, over the limit of ${max}\\.$`))]);
    }
  }, 60_000);

  test('a share variant too long for X (the link counted as 23), and one too long for Bluesky', async () => {
    // 256 characters + a space + 23 for the link: 280 on X, accepted; one more is refused.
    const fits = words(256);
    expect(await checkTree({ [shareJob]: replace("  - Join Sofie's team as a data engineer.", `  - "${fits}"`) })).toEqual([]);
    expect(show(await checkTree({ [shareJob]: replace("  - Join Sofie's team as a data engineer.", `  - "${fits}"\n  - "${words(290)}"`) }))).toMatchInlineSnapshot(`"content/share/join-data.md:7 error variants[1]: is too long for X (314 of 280 characters, the link counted as 23) and Bluesky (327 of 300 characters, the link shortened as Bluesky shows it), hashtags included. ⇒ Shorten it by 34 characters, or leave x and bluesky out of networks."`);
  });

  test('a variant is measured with its hashtags, and only for the networks of its post', async () => {
    const long = words(250);
    const post = (networks: string) => ({ [shareJob]: replace("  - Join Sofie's team as a data engineer.", `  - "${long}"\nhashtags: [dataengineering, ghent, jobs]${networks}`) });
    expect(show(await checkTree(post('')))).toMatchInlineSnapshot(`"content/share/join-data.md:6 error variants[0]: is too long for X (305 of 280 characters, the link counted as 23) and Bluesky (318 of 300 characters, the link shortened as Bluesky shows it), hashtags included. ⇒ Shorten it by 25 characters, or leave x and bluesky out of networks."`);
    expect(await checkTree(post('\nnetworks: [linkedin, mastodon, email]'))).toEqual([]);
  });

  test("a story's share text is offered on every network", async () => {
    expect(show(await checkTree({ [story]: replace('jobs: [data-engineer]', `jobs: [data-engineer]\nshare:\n  text: "${words(300)}"`) }))).toMatchInlineSnapshot(`"content/stories/first-day/index.md:11 error share.text: is too long for X (324 of 280 characters, the link counted as 23) and Bluesky (337 of 300 characters, the link shortened as Bluesky shows it), hashtags included. ⇒ Shorten it by 44 characters (or use fewer hashtags): the story page offers it on every network."`);
  });
});

describe('clean bytes', () => {
  test('a file that is not UTF-8 is an error on the line of its first bad byte', async () => {
    const latin1 = Buffer.from('---\nambassadors: [sofie-peeters]\ndate: 2025-06-02\ntitle: Merci pour la journée portes ouvertes\nfrom: Léa\n---\nMerci!\n', 'latin1');
    expect(show(await checkTree({ [thanks]: latin1 }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:4 error is not saved as UTF-8: the site would show "�" in place of a character near "title: Merci pour la journée portes ouvertes". ⇒ Save the file as UTF-8 (in most editors: Save with encoding → UTF-8), then check again."`);
  });

  test('a byte-order mark and Windows line endings are accepted', async () => {
    const withBom = async (file: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from((await fs.readFile(path.join(BASE, file), 'utf8')).replace(/\n/g, '\r\n'))]);
    const changes = Object.fromEntries(await Promise.all([sofie, story, job, thanks, shareStory, 'site.yaml', 'themes.yaml'].map(async (f) => [f, await withBom(f)] as const)));
    expect(changes[sofie]!.subarray(0, 8)).toEqual(Buffer.from('\ufeff---\r\n'));
    expect(await checkTree(changes)).toEqual([]);
    // Line numbers still count from the first line: a mistake on the 4th line is reported there.
    expect(show(await checkTree({ [sofie]: Buffer.from(changes[sofie]!.toString('utf8').replace('team: data-ai', 'team: data')) })).split(' ')[0]).toBe('content/ambassadors/sofie-peeters/index.md:4');
  });

  test('an image carrying EXIF data with a GPS position, or XMP data, is a warning with the command that strips it', async () => {
    const gps = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#336699' } })
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '3/1 43/1 0/1' } })
      .png()
      .toBuffer();
    const xmp = await sharp(await png(1200, 630)).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>').png().toBuffer();
    expect(show(await checkTree({ 'ambassadors/sofie-peeters/photo.png': gps, 'stories/first-day/cover.png': xmp, 'stories/first-day/unused.png': gps }))).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/photo.png:- warning carries EXIF data with a GPS position, which tells where it was taken. The site never publishes it, but anyone who can open the repository can read it. ⇒ Remove it: npm run strip-exif -- content/ambassadors/sofie-peeters/photo.png
      content/stories/first-day/cover.png:- warning carries XMP data. The site never publishes it, but anyone who can open the repository can read it. ⇒ Remove it: npm run strip-exif -- content/stories/first-day/cover.png
      content/stories/first-day/unused.png:- warning carries EXIF data with a GPS position, which tells where it was taken. The site never publishes it, but anyone who can open the repository can read it. ⇒ Remove it: npm run strip-exif -- content/stories/first-day/unused.png
      content/stories/first-day/unused.png:- warning is not used by any entry. ⇒ Point cover: in content/stories/first-day/index.md at it (cover: ./unused.png), or remove the file."
    `);
  });
});

describe('pay transparency (EU Directive 2023/970)', () => {
  const noPay = { [job]: replace('salary: { min: 50000, max: 62000 }\n', '') };
  const level = (value: string) => ({ 'site.yaml': replace('askCap: 2', `askCap: 2\npayTransparency: ${value}`) });

  test('an open job in the EU without salary or salaryNote is reported at the level of site.yaml (warn by default)', async () => {
    expect(show(await checkTree(noPay))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:2 warning salary: is missing, and so is salaryNote, for a job in Belgium: the EU Pay Transparency Directive (2023/970, art. 5) gives candidates the pay range in the vacancy or before the interview. ⇒ Add salary: with min and max (shown on the job page and in its JobPosting), or salaryNote: saying where candidates get the range, like "Shared in the first call, before any interview". payTransparency in content/site.yaml sets how this is reported (warn, error or off)."`);
    expect((await checkTree({ ...noPay, ...level('error') })).map((p) => p.severity)).toEqual(['error']);
    expect(await checkTree({ ...noPay, ...level('off') })).toEqual([]);
  });

  test('a salaryNote is enough; a closed job and a job based outside the EU are not reported', async () => {
    expect(await checkTree({ [job]: replace('salary: { min: 50000, max: 62000 }', 'salaryNote: Shared in the first call, before any interview.') })).toEqual([]);
    expect((await checkTree(noPay, '2026-07-01')).map((p) => p.field)).toEqual(['validThrough']);
    const outside = await checkTree({
      ...noPay,
      'site.yaml': replace('comms:', '  - id: zurich\n    name: Zürich\n    address:\n      street: Bahnhofstrasse 1\n      postalCode: "8001"\n      city: Zürich\n      country: CH\ncomms:'),
      [job]: (text) => text.replace('salary: { min: 50000, max: 62000 }\n', '').replace('locations: [ghent]', 'locations: [zurich]'),
    });
    expect(outside).toEqual([]);
  });

  test('a job title that marks gender without the inclusive form is a warning', async () => {
    expect(show(await checkTree({ [job]: replace('title: Data engineer', 'title: Data engineer (m/v)') }))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:2 warning title: "Data engineer (m/v)" marks gender with "(m/v)": job titles should be gender-neutral (EU Directive 2023/970, art. 5(3)). ⇒ Use a gender-neutral title, or the inclusive form "(m/v/x)"."`);
    expect(await checkTree({ [job]: replace('title: Data engineer', 'title: Data engineer (m/v/x)') })).toEqual([]);
  });

  test('gender markers in Dutch, French, German and English, and their inclusive forms', () => {
    expect(findGenderMarker('Data engineer (m/v)')).toEqual({ marker: '(m/v)', inclusive: '(m/v/x)' });
    expect(findGenderMarker('Ingénieur H/F – Liège')).toEqual({ marker: 'H/F', inclusive: 'H/F/X' });
    expect(findGenderMarker('Techniker (m/w)')).toEqual({ marker: '(m/w)', inclusive: '(m/w/d)' });
    expect(findGenderMarker('Engineer (f / m)')).toEqual({ marker: '(f / m)', inclusive: '(f/m/x)' });
    for (const neutral of ['Data engineer', 'Techniker (m/w/d)', 'Ingénieur (H/F/X)', 'Data engineer (m/v/x)', 'Client engineer B2B/B2G', 'Werkstudent (w/m/d)', 'Nurse (f/m/*)', 'Designer UX/UI', 'Medewerker 24/7']) {
      expect(findGenderMarker(neutral), neutral).toBeUndefined();
    }
  });
});

describe('when someone leaves', () => {
  const leaves = (day: string, extra = '') => ({ [sofie]: replace('consent:\n  given: 2025-01-10', `left: ${day}\nconsent:\n  given: 2025-01-10${extra}`) });

  test('from the day they leave: the job that names them is warned about, and their story follows the withdrawal rule', async () => {
    expect(show(await checkTree(leaves('2026-02-15')))).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:10 warning ambassadors[0]: "sofie-peeters" left the company on 2026-02-15, so the job page no longer names Sofie Peeters as someone to ask. ⇒ Remove them from ambassadors, or name a colleague who still works here.
      content/share/first-day.md:4 warning story: "first-day" is not published (none of its ambassadors is published), so this post is not proposed. ⇒ Publish the story first, or link the post to a story that is published.
      content/stories/first-day/index.md:5 warning ambassadors: lists no published ambassador (sofie-peeters: left on 2026-02-15, which ended their consent), so this story is not published. ⇒ Add an ambassador whose profile is published, or set draft: true to keep the story back on purpose."
    `);
  });

  test('with afterLeaving: keep, only the job is warned about; before the day, nothing', async () => {
    expect(show(await checkTree(leaves('2026-02-15', '\n  afterLeaving: keep')))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:10 warning ambassadors[0]: "sofie-peeters" left the company on 2026-02-15, so the job page no longer names Sofie Peeters as someone to ask. ⇒ Remove them from ambassadors, or name a colleague who still works here."`);
    expect(await checkTree(leaves('2026-03-02'))).toEqual([]);
  });

  test('a day of leaving before the day of joining', async () => {
    expect(show(await checkTree(leaves('2020-01-01')))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:14 error left: 2020-01-01 is before since. ⇒ A person leaves after joining; correct one of the two dates."`);
  });
});

describe('the three output formats', () => {
  test('each rule gives file, line, field and fix in human, JSON and GitHub form', async () => {
    const problems = await checkTree({
      [jan]: (text) => text.replace('github: janjanssens', 'github: sofiepeeters').replace('consent:', 'left: 2026-02-01\nconsent:'),
      [story]: replace('title: My first day on a bridge', `title: ${words(120)}`),
      [thanks]: Buffer.from('---\nambassadors: [sofie-peeters]\ndate: 2025-06-02\ntitle: Merci, Léa\nfrom: The comms team\n---\nMerci!\n', 'latin1'),
      [job]: (text) => text.replace('salary: { min: 50000, max: 62000 }\n', '').replace('title: Data engineer', 'title: Data engineer (m/v)').replace('ambassadors: [sofie-peeters]', 'ambassadors: [jan-janssens]'),
      'ambassadors/sofie-peeters/photo.png': await sharp(await png(400, 400)).withExif({ IFD0: { Make: 'Phone' } }).png().toBuffer(),
      'jobs/Data-Engineer.md': await fs.readFile(path.join(BASE, job)),
      [shareStory]: replace("  - Sofie's first day on a bridge, in her own words.", `  - "${words(270)}"\nnetworks: [x, linkedin]`),
    });
    expect(formatHuman(problems, { files: 12 })).toMatchInlineSnapshot(`
      "content/ambassadors/jan-janssens/index.md
        error    line 10    github: "sofiepeeters" also owns content/ambassadors/sofie-peeters/index.md: one person would have two profiles.
                            Keep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.

      content/ambassadors/sofie-peeters/index.md
        error    line 13    github: "sofiepeeters" also owns content/ambassadors/jan-janssens/index.md: one person would have two profiles.
                            Keep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.

      content/ambassadors/sofie-peeters/photo.png
        warning             carries EXIF data. The site never publishes it, but anyone who can open the repository can read it.
                            Remove it: npm run strip-exif -- content/ambassadors/sofie-peeters/photo.png

      content/jobs/data-engineer.md
        warning  line 2     salary: is missing, and so is salaryNote, for a job in Belgium: the EU Pay Transparency Directive (2023/970, art. 5) gives candidates the pay range in the vacancy or before the interview.
                            Add salary: with min and max (shown on the job page and in its JobPosting), or salaryNote: saying where candidates get the range, like "Shared in the first call, before any interview". payTransparency in content/site.yaml sets how this is reported (warn, error or off).
        warning  line 2     title: "Data engineer (m/v)" marks gender with "(m/v)": job titles should be gender-neutral (EU Directive 2023/970, art. 5(3)).
                            Use a gender-neutral title, or the inclusive form "(m/v/x)".
        warning  line 10    ambassadors[0]: "jan-janssens" left the company on 2026-02-01, so the job page no longer names Jan Janssens as someone to ask.
                            Remove them from ambassadors, or name a colleague who still works here.

      content/jobs/Data-Engineer.md
        error               has the id "Data-Engineer", the same address as content/jobs/data-engineer.md (/jobs/data-engineer/) once capitals, accents, spaces and punctuation are set aside.
                            Give each job its own name: rename this file to "data-engineer-2.md", or remove one of the two.

      content/recognition/2025-06-02-thanks-sofie.md
        error    line 4     is not saved as UTF-8: the site would show "�" in place of a character near "title: Merci, Léa".
                            Save the file as UTF-8 (in most editors: Save with encoding → UTF-8), then check again.

      content/share/first-day.md
        error    line 6     variants[0]: is too long for X (294 of 280 characters, the link counted as 23), hashtags included.
                            Shorten it by 14 characters, or leave x out of networks.

      content/stories/first-day/index.md
        error    line 2     title: "Every bridge we measure tells a story about the people wh…" is 120 characters long, over the limit of 100.
                            Shorten it by 20 characters, so that it shows whole on the story card and in listings.

      ✖ 6 errors and 4 warnings in 8 files (checked 12 files).
      "
    `);
    const json = JSON.parse(formatJson(problems)) as { file: string; line: number; field: string; hint: string }[];
    expect(json.length).toBe(problems.length);
    expect(json.every((p) => p.file && p.line >= 1 && p.hint)).toBe(true);
    expect(formatGithub(problems)).toMatchInlineSnapshot(`
      "::error file=content/ambassadors/jan-janssens/index.md,line=10,title=github::github: "sofiepeeters" also owns content/ambassadors/sofie-peeters/index.md: one person would have two profiles.%0AKeep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.
      ::error file=content/ambassadors/sofie-peeters/index.md,line=13,title=github::github: "sofiepeeters" also owns content/ambassadors/jan-janssens/index.md: one person would have two profiles.%0AKeep one profile per person: merge the two folders into one and delete the other, or correct the handle if one of them belongs to someone else.
      ::warning file=content/ambassadors/sofie-peeters/photo.png,line=1,title=content check::carries EXIF data. The site never publishes it, but anyone who can open the repository can read it.%0ARemove it: npm run strip-exif -- content/ambassadors/sofie-peeters/photo.png
      ::warning file=content/jobs/data-engineer.md,line=2,title=salary::salary: is missing, and so is salaryNote, for a job in Belgium: the EU Pay Transparency Directive (2023/970, art. 5) gives candidates the pay range in the vacancy or before the interview.%0AAdd salary: with min and max (shown on the job page and in its JobPosting), or salaryNote: saying where candidates get the range, like "Shared in the first call, before any interview". payTransparency in content/site.yaml sets how this is reported (warn, error or off).
      ::warning file=content/jobs/data-engineer.md,line=2,title=title::title: "Data engineer (m/v)" marks gender with "(m/v)": job titles should be gender-neutral (EU Directive 2023/970, art. 5(3)).%0AUse a gender-neutral title, or the inclusive form "(m/v/x)".
      ::warning file=content/jobs/data-engineer.md,line=10,title=ambassadors[0]::ambassadors[0]: "jan-janssens" left the company on 2026-02-01, so the job page no longer names Jan Janssens as someone to ask.%0ARemove them from ambassadors, or name a colleague who still works here.
      ::error file=content/jobs/Data-Engineer.md,line=1,title=content check::has the id "Data-Engineer", the same address as content/jobs/data-engineer.md (/jobs/data-engineer/) once capitals, accents, spaces and punctuation are set aside.%0AGive each job its own name: rename this file to "data-engineer-2.md", or remove one of the two.
      ::error file=content/recognition/2025-06-02-thanks-sofie.md,line=4,title=content check::is not saved as UTF-8: the site would show "�" in place of a character near "title: Merci, Léa".%0ASave the file as UTF-8 (in most editors: Save with encoding → UTF-8), then check again.
      ::error file=content/share/first-day.md,line=6,title=variants[0]::variants[0]: is too long for X (294 of 280 characters, the link counted as 23), hashtags included.%0AShorten it by 14 characters, or leave x out of networks.
      ::error file=content/stories/first-day/index.md,line=2,title=title::title: "Every bridge we measure tells a story about the people wh…" is 120 characters long, over the limit of 100.%0AShorten it by 20 characters, so that it shows whole on the story card and in listings.
      "
    `);
  });
});
