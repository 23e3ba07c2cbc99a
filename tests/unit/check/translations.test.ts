/**
 * The checker's rules for sites in several languages: translation files, per-language texts of
 * site.yaml and themes.yaml, and the coverage line; on copies of tests/fixtures/check/base.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../../src/lib/check/check-fs.ts';
import { checkTree, makeTree, replace, show, TODAY } from './tree.ts';

const story = 'stories/first-day/index.md';
const job = 'jobs/data-engineer.md';
const URL_LINE = 'url: https://careers.testwerk.be';
const withLanguages = (list: string) => replace(URL_LINE, `${URL_LINE}\nlanguages: [${list}]`);
const multilingual = { 'site.yaml': withLanguages('en, nl, fr') };

describe('translation files', () => {
  test('a story, a job, a profile, a share post and a thank-you in another language pass', async () => {
    expect(
      await checkTree({
        ...multilingual,
        'stories/first-day/index.nl.md': '---\ntitle: Mijn eerste dag\nsummary: Hoe het begon.\nshare:\n  text: Lees het verhaal\n---\nDe tekst.\n',
        'jobs/data-engineer.fr.md': '---\ntitle: Ingénieur ou ingénieure data\n---\nLe texte.\n',
        'ambassadors/sofie-peeters/index.fr.md': '---\nrole: Ingénieure data\nquote: Les données racontent une histoire.\n---\nSa bio.\n',
        'share/first-day.nl.md': '---\ntitle: Mijn eerste dag\nvariants:\n  - Lees mijn verhaal.\n---\n',
        'recognition/2025-06-02-thanks-sofie.fr.md': '---\ntitle: Merci pour la journée portes ouvertes\n---\nMerci !\n',
      }),
    ).toEqual([]);
  });

  test('a translation without a main file, in a language the site does not have, or in the main file\'s own language', async () => {
    expect(
      show(
        await checkTree({
          ...multilingual,
          'stories/no-such-story/index.fr.md': '---\ntitle: Titre\nsummary: Résumé.\n---\nTexte.\n',
          'jobs/data-engineer.de.md': '---\ntitle: Dateningenieur\n---\nText.\n',
          'jobs/data-engineer.en.md': '---\ntitle: Data engineer\n---\nText.\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.de.md:- error is in "de", which is not a language of this site. ⇒ The site's languages are listed in site.yaml (languages: [en, nl, fr]): add de there, or rename the file.
      content/jobs/data-engineer.en.md:- error is in en, the language of content/jobs/data-engineer.md itself. ⇒ A translation is in another language: put this text in content/jobs/data-engineer.md, or rename the file to the language it is written in.
      content/stories/no-such-story/index.fr.md:- error is a translation, but its story has no main file content/stories/no-such-story/index.md. ⇒ Add content/stories/no-such-story/index.md with the story's own fields (npm run new makes one), or move this file beside the story it translates."
    `);
  });

  test('on a one-language site, a translation says how to add languages', async () => {
    expect(show(await checkTree({ 'jobs/data-engineer.fr.md': '---\ntitle: Ingénieur data\n---\nTexte.\n' }))).toMatchInlineSnapshot(`"content/jobs/data-engineer.fr.md:- error is in "fr", which is not a language of this site. ⇒ This site has one language (en). To publish translations, list the languages in site.yaml, e.g. languages: [en, fr]."`);
  });

  test('a field that belongs in the main file, an unknown field, a missing title', async () => {
    expect(
      show(
        await checkTree({
          ...multilingual,
          'ambassadors/sofie-peeters/index.nl.md': '---\nrole: Data-ingenieur\ngithub: sofiepeeters\nqoute: Data vertelt een verhaal.\n---\nBio.\n',
          'stories/first-day/index.fr.md': '---\nsummary: Le début.\n---\nTexte.\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.nl.md:3 error github: belongs in content/ambassadors/sofie-peeters/index.md: a translation holds only role, pronouns, quote and photoAlt. ⇒ Remove it from this file; content/ambassadors/sofie-peeters/index.md gives it for every language.
      content/ambassadors/sofie-peeters/index.nl.md:4 error qoute: is not a known field. ⇒ Did you mean "quote"? Fix the spelling.
      content/stories/first-day/index.fr.md:2 error title: is missing. ⇒ Add "title: …" to the front matter. It must be a title."
    `);
  });

  test('two files for the same language', async () => {
    expect(
      show(
        await checkTree({
          ...multilingual,
          'stories/first-day/index.nl.md': '---\ntitle: Mijn eerste dag\nsummary: Hoe het begon.\n---\nTekst.\n',
          'stories/first-day/index.nl.mdx': '---\ntitle: Mijn eerste dag\nsummary: Hoe het begon.\n---\nTekst.\n',
        }),
      ),
    ).toMatchInlineSnapshot(`"content/stories/first-day/index.nl.mdx:- error is a second nl translation of the same story, beside content/stories/first-day/index.nl.md. ⇒ Keep one of the two files."`);
  });

  test('HTML in a profile translation is refused, as in the profile itself', async () => {
    expect(show(await checkTree({ ...multilingual, 'ambassadors/sofie-peeters/index.nl.md': '---\nrole: Data-ingenieur\n---\nIk ben <b>blij</b>.\n' }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.nl.md:4 error body: contains raw HTML: <b> … </b> ⇒ Ambassador profiles are plain Markdown: remove the HTML and write **bold**, *italic* or [a link](https://…) instead."`);
  });
});

describe('texts per language in site.yaml and themes.yaml', () => {
  test('a language the site does not have, and a missing default', async () => {
    expect(
      show(
        await checkTree({
          ...multilingual,
          'site.yaml': (text) => text.replace(URL_LINE, `${URL_LINE}\nlanguages: [en, nl, fr]`).replace(/^tagline: .*$/m, 'tagline: { en: Tests, nl: Testen, de: Prüfungen }').replace(/^description: .*$/m, 'description: { nl: Een bedrijf., fr: Une entreprise. }'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/site.yaml:5 error tagline: has a text in "de", which is not a language of this site. ⇒ The site's languages are en, nl, fr (languages in site.yaml).
      content/site.yaml:6 error description: has no text in en, the default language. ⇒ Add en: … — it is shown wherever a language has no text of its own."
    `);
  });

  test('a language without interface text is a warning', async () => {
    expect(show(await checkTree({ 'site.yaml': withLanguages('en, de') }))).toMatchInlineSnapshot(`"content/site.yaml:4 warning languages: "de" has no interface text yet: its pages show the buttons, menus and labels in English. ⇒ Pages in this language still work; to translate the interface, add a file for it in src/i18n/ (copy en.ts)."`);
  });
});

describe('coverage', () => {
  test('one line per language: stories, jobs and profiles with their own text in it', async () => {
    const content = await makeTree({
      ...multilingual,
      'stories/first-day/index.nl.md': '---\ntitle: Mijn eerste dag\nsummary: Hoe het begon.\n---\nTekst.\n',
      'jobs/data-engineer.fr.md': '---\ntitle: Ingénieur data\n---\nTexte.\n',
    });
    const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY) });
    expect(result.notes).toMatchInlineSnapshot(`
      [
        "English: 1 of 1 stories, 1 of 1 jobs, 2 of 2 profiles",
        "Dutch: 1 of 1 stories, 0 of 1 jobs, 0 of 2 profiles",
        "French: 0 of 1 stories, 1 of 1 jobs, 0 of 2 profiles",
      ]
    `);
  });

  test('counts only what candidates can read: no withdrawn profile, no draft story, no closed job', async () => {
    const content = await makeTree({
      ...multilingual,
      'ambassadors/jan-janssens/index.md': (text: string) => text.replace('role: Field technician', 'role: Field technician\nstatus: withdrawn'),
      'stories/first-day/index.md': (text: string) => text.replace('jobs: [data-engineer]', 'jobs: [data-engineer]\ndraft: true'),
      'jobs/data-engineer.md': (text: string) => text.replace('validThrough: 2026-06-30', 'validThrough: 2026-01-20'),
      'jobs/data-engineer.fr.md': '---\ntitle: Ingénieur data\n---\nTexte.\n',
    });
    const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date('2026-02-01') });
    expect(result.notes).toEqual(['English: 0 of 0 stories, 0 of 0 jobs, 1 of 1 profiles', 'Dutch: 0 of 0 stories, 0 of 0 jobs, 0 of 1 profiles', 'French: 0 of 0 stories, 0 of 0 jobs, 0 of 1 profiles']);
  });

  test('a one-language site has no coverage line', async () => {
    const content = await makeTree();
    const result = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY) });
    expect(result.notes).toBeUndefined();
  });
});

describe('the production URL', () => {
  test('a trailing slash or a query is a warning that says what the path means', async () => {
    expect(show(await checkTree({ 'site.yaml': replace(URL_LINE, 'url: https://testwerk.github.io/careers/') }))).toMatchInlineSnapshot(`"content/site.yaml:3 warning url: "https://testwerk.github.io/careers/" ends with a slash. ⇒ Write it without the last slash: https://testwerk.github.io/careers. The path /careers is the folder the site lives in: every page is under https://testwerk.github.io/careers/…, as on a GitHub Pages project site."`);
    expect(show(await checkTree({ 'site.yaml': replace(URL_LINE, 'url: https://careers.testwerk.be/?utm_source=x') }))).toMatchInlineSnapshot(`"content/site.yaml:3 warning url: "https://careers.testwerk.be/?utm_source=x" has a query or fragment (?utm_source=x), which no page address of the site keeps. ⇒ Write only the address where the site lives: https://careers.testwerk.be. The site lives at the root of its host."`);
    expect(await checkTree({ 'site.yaml': replace(URL_LINE, 'url: https://testwerk.github.io/careers') })).toEqual([]);
  });
});
