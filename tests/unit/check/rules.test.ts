/**
 * One test per rule of the content checker (DESIGN §3, issue 2 "Bad input"), each on a copy of the
 * minimal valid tree in tests/fixtures/check/base with one change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BASE, BASE_FILES, checkTree, png, replace, show } from './tree.ts';

const { sofie, jan, story, job, thanks, shareStory, shareJob } = BASE_FILES;

describe('the base tree', () => {
  test('has no problems', async () => {
    expect(await checkTree()).toEqual([]);
  });
});

describe('syntax and schemas', () => {
  test('a YAML syntax error is reported on its line', async () => {
    expect(show(await checkTree({ [job]: replace('title: Data engineer', 'title: Data: engineer') }))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:2 error has a YAML syntax error: Nested mappings are not allowed in compact mappings. ⇒ A value that contains ": " must be in quotes, like title: "Data: the new oil"."`);
  });

  test('a broken site.yaml is reported with its line', async () => {
    expect(show(await checkTree({ 'site.yaml': replace('askCap: 2', 'askCap: 2\naskCap: 3') }))).toMatchInlineSnapshot(`"content/site.yaml:31 error has a YAML syntax error: Map keys must be unique. ⇒ Each field may appear only once: remove or merge the repeated line."`);
  });

  test('a missing required field', async () => {
    expect(show(await checkTree({ [sofie]: replace('role: Data engineer\n', '') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:2 error role: is missing. ⇒ Add "role: …" to the front matter. It must be the role."`);
  });

  test('a wrong type', async () => {
    expect(show(await checkTree({ [sofie]: replace('languages: [nl, en]', 'languages: nl') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:8 error languages: "nl" is text, not a list. ⇒ Write it as a list, like [nl, fr], or one "- item" per line below the field."`);
  });

  test('an unknown field, with a did-you-mean', async () => {
    expect(show(await checkTree({ [sofie]: replace('quote:', 'qoute:') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:11 error qoute: is not a known field. ⇒ Did you mean "quote"? Fix the spelling."`);
  });

  test('an unknown nested field', async () => {
    expect(show(await checkTree({ [sofie]: replace('  given: 2025-01-10', '  given: 2025-01-10\n  wal: false') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:16 error consent.wal: is not a known field. ⇒ Did you mean "wall"? Fix the spelling."`);
  });

  test('dates that do not parse, or do not exist', async () => {
    expect(show(await checkTree({ [sofie]: replace('since: 2021-09-01', 'since: last spring'), [job]: replace('posted: 2026-01-15', 'posted: 2026-02-30') }))).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:7 error since: "last spring" is not a date. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14.
      content/jobs/data-engineer.md:7 error posted: 2026-02-30 is not a real date. ⇒ It must be a date written as YYYY-MM-DD, like 2025-03-14."
    `);
  });

  test('an unquoted date where text is expected fails, as it does in the build', async () => {
    expect(show(await checkTree({ [thanks]: replace('title: Thank you for the open day', 'title: 2025-06-02') }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:4 error title: 2025-06-02 is a date, not text. ⇒ Put it in quotes to keep it as text: title: "2025-06-02"."`);
  });

  test('a value outside a list of choices, with a did-you-mean', async () => {
    expect(show(await checkTree({ [sofie]: replace('employment: employee', 'employment: employe') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:6 error employment: "employe" is not accepted. ⇒ Did you mean "employee"? It must be one of employee, intern, freelancer, retiree, alumni."`);
  });

  test('a file without front matter', async () => {
    expect(show(await checkTree({ [thanks]: 'Thanks for everything.\n' }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:1 error has no front matter. ⇒ Start the file with its fields between two lines of ---, like a thank-you made with npm run new."`);
  });

  test('a front matter that is never closed, and an empty file', async () => {
    expect(show(await checkTree({ [thanks]: (text) => text.replace(/\n---\n/, '\n\n') }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:1 error opens its front matter with --- on line 1, but no --- line closes it. ⇒ Add a line with only --- after the last field, before the text."`);
    expect(show(await checkTree({ [thanks]: '' }))).toMatchInlineSnapshot(`"content/recognition/2025-06-02-thanks-sofie.md:1 error is empty. ⇒ Write its fields between two lines of ---, like a thank-you made with npm run new, or remove the file."`);
  });

  test('a quote never closed is reported where it opens, and the cover beside the unreadable file is not called unused', async () => {
    expect(show(await checkTree({ [story]: replace('title: ', 'title: "') }))).toMatchInlineSnapshot(`"content/stories/first-day/index.md:2 error has a YAML syntax error: the " that opens the value on this line is never closed. ⇒ Close the quote or bracket that was opened on this line or just above it."`);
  });

  test('a text per language in a language the site does not have names its field as the other messages do', async () => {
    expect(show(await checkTree({ 'themes.yaml': replace('description: What we build and how.', 'description: { en: What we build and how., de: Was wir bauen. }') }))).toMatchInlineSnapshot(`"content/themes.yaml:6 error [1].description: has a text in "de", which is not a language of this site. ⇒ The site's languages are en (languages in site.yaml)."`);
  });

  test('every problem of a file in one run', async () => {
    const problems = await checkTree({
      [sofie]: (text) => text.replace('role: Data engineer\n', '').replace('team: data-ai', 'team: data-ia').replace('qoute', 'quote').replace('photoAlt: Sofie smiling in front of a whiteboard\n', '').replace('since: 2021-09-01', 'since: soon'),
    });
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual(['photoAlt', 'role', 'team', 'since'].map((field) => `content/${sofie}:${field}`));
  });
});

describe('references', () => {
  test('an unknown team, with the did-you-mean matching the team name', async () => {
    expect(show(await checkTree({ [sofie]: replace('team: data-ai', 'team: "Data&AI"') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:4 error team: "Data&AI" is not a team of this site. ⇒ Did you mean "data-ai"? Teams are listed in content/site.yaml."`);
  });

  test('an unknown location and theme', async () => {
    expect(show(await checkTree({ [job]: replace('locations: [ghent]', 'locations: [ghent, gent, antwerp]'), [shareJob]: replace('themes: [tech]', 'themes: [tehc]') }))).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:4 error locations: "antwerp" is not a location of this site. ⇒ Locations are listed in content/site.yaml.
      content/jobs/data-engineer.md:4 error locations: "gent" is not a location of this site. ⇒ Did you mean "ghent"? Locations are listed in content/site.yaml.
      content/share/join-data.md:3 error themes: "tehc" is not a theme of this site. ⇒ Did you mean "tech"? Themes are listed in content/themes.yaml."
    `);
  });

  test('references to missing ambassadors from stories, jobs and thank-yous', async () => {
    expect(
      show(
        await checkTree({
          [story]: replace('ambassadors: [sofie-peeters]', 'ambassadors: [sofie-peeters, sofie-peters]'),
          [job]: replace('ambassadors: [sofie-peeters]', 'ambassadors: [nobody-here]'),
          [thanks]: replace('ambassadors: [sofie-peeters]', 'ambassadors: Sofie Peeters'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:10 error ambassadors: "nobody-here" is not an ambassador of this site. ⇒ Ambassadors are the folders in content/ambassadors/.
      content/recognition/2025-06-02-thanks-sofie.md:2 error ambassadors: "Sofie Peeters" is not an ambassador of this site. ⇒ Did you mean "sofie-peeters"? Ambassadors are the folders in content/ambassadors/.
      content/stories/first-day/index.md:5 error ambassadors: "sofie-peters" is not an ambassador of this site. ⇒ Did you mean "sofie-peeters"? Ambassadors are the folders in content/ambassadors/."
    `);
  });

  test('references to missing jobs and stories', async () => {
    expect(
      show(
        await checkTree({
          [story]: replace('jobs: [data-engineer]', 'jobs: [data-enginer]'),
          [shareJob]: replace('job: data-engineer', 'job: platform-engineer'),
          [shareStory]: replace('story: first-day', 'story: first-days'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/share/first-day.md:4 error story: "first-days" is not a story of this site. ⇒ Did you mean "first-day"? Stories are the folders in content/stories/.
      content/share/join-data.md:4 error job: "platform-engineer" is not a job of this site. ⇒ Jobs are the files in content/jobs/ (the id is the file name without .md).
      content/stories/first-day/index.md:9 error jobs: "data-enginer" is not a job of this site. ⇒ Did you mean "data-engineer"? Jobs are the files in content/jobs/ (the id is the file name without .md)."
    `);
  });

  test('a reference to an entry that fails its schema is not reported as missing', async () => {
    expect(show(await checkTree({ [jan]: replace('role: Field technician\n', ''), [story]: replace('[sofie-peeters]', '[jan-janssens]') }))).toMatchInlineSnapshot(`"content/ambassadors/jan-janssens/index.md:2 error role: is missing. ⇒ Add "role: …" to the front matter. It must be the role."`);
  });
});

describe('ids and files', () => {
  test('a story written as both index.md and index.mdx', async () => {
    expect(show(await checkTree({ 'stories/first-day/index.mdx': fs.readFileSync(path.join(BASE, story), 'utf8') }))).toMatchInlineSnapshot(`"content/stories/first-day/index.mdx:- error has the same id "first-day" as content/stories/first-day/index.md. ⇒ Keep one of the two files: a story is either index.md or index.mdx."`);
  });

  test('ids that differ only by case, and ids that are not usable', async () => {
    const problems = await checkTree({
      'ambassadors/Sofie-Peeters/index.md': '---\nname: Sofie Again\n---\n',
      'jobs/Senior Engineer.md': '---\ntitle: x\n---\n',
    });
    expect(show(problems.filter((p) => p.field === ''))).toMatchInlineSnapshot(`
      "content/ambassadors/Sofie-Peeters/index.md:- error has the id "Sofie-Peeters", the same address as content/ambassadors/sofie-peeters/index.md (/ambassadors/sofie-peeters/) once capitals, accents, spaces and punctuation are set aside. ⇒ Keep one profile per person: if both are the same person, merge them into one folder; otherwise rename this folder to "sofie-peeters-2".
      content/jobs/Senior Engineer.md:- error has the id "Senior Engineer", which is not usable in web addresses and references. ⇒ Rename the file to "senior-engineer.md": lowercase letters, digits and dashes only."
    `);
  });

  test('a story id that is a number, which the story list uses for its pages', async () => {
    const problems = await checkTree({ 'stories/2/index.md': fs.readFileSync(path.join(BASE, story), 'utf8'), 'stories/2/cover.png': fs.readFileSync(path.join(BASE, path.dirname(story), 'cover.png')) });
    expect(show(problems.filter((p) => p.file.startsWith('content/stories/2/')))).toMatchInlineSnapshot(`"content/stories/2/index.md:- error has the id "2", a number: /stories/2/ is a page of the story list, so the story would not get its own page. ⇒ Rename the folder to a name with a word in it, like "story-2"."`);
  });

  test('stray files that no collection reads are reported, never dropped', async () => {
    expect(
      show(
        await checkTree({
          'jobs/platform/index.md': '---\ntitle: Platform engineer\n---\n',
          'ambassadors/pieter.md': '---\nname: Pieter\n---\n',
          'ambassadors/marie-dubois/photo.png': await png(400, 400),
          'ambassadors/ana/index.mdx': '---\nname: Ana\n---\n',
          'recognition/2025-07-01-thanks-jan.markdown': '---\ntitle: Thanks\n---\n',
          'blog/hello.md': '# Hello\n',
          'notes.pdf': 'not really a pdf',
          'site.yml': 'name: Testwerk\n',
          'README.md': '# How to edit this folder\n',
          'ambassadors/README.md': '# How to add yourself\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/ana/index.mdx:- error is not read: ambassador profiles are plain Markdown, not MDX. ⇒ Rename it to index.md and remove any components or imports from it.
      content/ambassadors/marie-dubois/:- error has no index.md, so this ambassador is not on the site. ⇒ Add content/ambassadors/marie-dubois/index.md (npm run new makes one), or remove the folder.
      content/ambassadors/marie-dubois/photo.png:- warning is not used by any entry. ⇒ Remove it, or point an entry at it.
      content/ambassadors/pieter.md:- error is not read: each ambassador is a folder with an index file. ⇒ Move it to content/ambassadors/pieter/index.md.
      content/blog/hello.md:- error is not read: no collection reads the folder "blog/". ⇒ Move it into ambassadors/, stories/, jobs/, recognition/, share/, or remove it.
      content/jobs/platform/index.md:- error is not read: each job is one file directly in jobs/. ⇒ Move it to content/jobs/platform.md.
      content/notes.pdf:- warning is not used by the site. ⇒ Remove it, or move it out of the content folder.
      content/recognition/2025-07-01-thanks-jan.markdown:- error is not read: recognition/ only reads .md files. ⇒ Rename it to 2025-07-01-thanks-jan.md.
      content/site.yml:- error is not read: the file must be called exactly site.yaml. ⇒ Rename it to site.yaml."
    `);
  });

  test('missing site.yaml and themes.yaml', async () => {
    const problems = await checkTree({ 'site.yaml': null, 'themes.yaml': null });
    expect(show(problems.filter((p) => p.file.endsWith('.yaml')))).toMatchInlineSnapshot(`
      "content/site.yaml:- error is missing. ⇒ Every site needs site.yaml: the company name, URL, colours, teams and locations. Copy the one from the demo content and edit it.
      content/themes.yaml:- error is missing. ⇒ Create themes.yaml with the share themes, one "- id: …" item with a label and a description each (e.g. culture, tech, hiring)."
    `);
  });

  test('a duplicate theme id', async () => {
    expect(show(await checkTree({ 'themes.yaml': (text) => `${text}- id: culture\n  label: Culture again\n  description: Twice.\n` }))).toMatchInlineSnapshot(`"content/themes.yaml:7 error id: "culture" is listed twice (first as item 1). ⇒ Give each theme its own id, or merge the two."`);
  });
});

describe('images', () => {
  test('a missing image file, with a did-you-mean', async () => {
    expect(show(await checkTree({ [sofie]: replace('photo: ./photo.png', 'photo: ./foto.png') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:9 error photo: "./foto.png" does not exist. ⇒ Did you mean "./photo.png"? Put the image file beside content/ambassadors/sofie-peeters/index.md, or correct the name."`);
  });

  test('an image path that leaves the content folder', async () => {
    expect(
      show(
        await checkTree({
          [sofie]: replace('photo: ./photo.png', 'photo: ../../../secret.png'),
          [story]: replace('cover: ./cover.png', 'cover: /etc/cover.png'),
          'site.yaml': replace('askCap: 2', 'askCap: 2\nlogo: https://example.com/logo.png\nlogoAlt: Testwerk'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:9 error photo: "../../../secret.png" leaves the content folder. ⇒ Put the image in the content folder beside content/ambassadors/sofie-peeters/index.md and write its file name, like ./photo.jpg.
      content/site.yaml:31 error logo: "https://example.com/logo.png" is a web address, not an image file. ⇒ Put the image in the content folder beside content/site.yaml and write its file name, like ./logo.svg.
      content/stories/first-day/index.md:7 error cover: "/etc/cover.png" is an absolute path, which leaves the content folder. ⇒ Put the image in the content folder beside content/stories/first-day/index.md and write its file name, like ./cover.jpg."
    `);
  });

  test('a photo smaller than 400×400 is an error, a narrow cover a warning', async () => {
    expect(show(await checkTree({ 'ambassadors/sofie-peeters/photo.png': await png(300, 500), 'stories/first-day/cover.png': await png(800, 420) }))).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:9 error photo: "./photo.png" is 300×500 pixels, smaller than 400×400. ⇒ Use a photo of at least 400×400 pixels, so that it stays sharp on profiles and cards.
      content/stories/first-day/index.md:7 warning cover: "./cover.png" is 800×420 pixels, narrower than 1200 pixels. ⇒ Use an image at least 1200 pixels wide, so that it stays sharp on wide screens and social cards."
    `);
  });

  test('an image written without ./ is found beside the file', async () => {
    expect(await checkTree({ [sofie]: replace('photo: ./photo.png', 'photo: photo.png') })).toEqual([]);
  });

  test('a file that is not an image', async () => {
    expect(show(await checkTree({ 'ambassadors/sofie-peeters/photo.png': 'this is text' }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:9 error photo: "./photo.png" cannot be read as an image. ⇒ Export it again as a JPEG, PNG or WebP file."`);
    // Larger than the header the checker reads first: the whole file is tried before giving up.
    const big = await checkTree({ 'ambassadors/sofie-peeters/photo.png': 'x'.repeat(300_000) });
    expect(big.map((p) => p.message)).toEqual(['"./photo.png" cannot be read as an image.']);
  });

  test('missing alt text, in front matter and in a Markdown body', async () => {
    expect(show(await checkTree({ [sofie]: replace('photoAlt: Sofie smiling in front of a whiteboard\n', ''), [story]: replace('coverAlt: A steel bridge at dawn', 'coverAlt: " "'), [job]: (text) => `${text}\n![](./team.png)\n` }))).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:2 error photoAlt: is missing. ⇒ Describe the photo for people who cannot see it.
      content/jobs/data-engineer.md:15 warning body: shows the image "./team.png" without alt text. ⇒ Describe the image between the brackets: ![what it shows](…).
      content/jobs/data-engineer.md:15 error body: shows the image "./team.png", which does not exist. ⇒ Put the image beside content/jobs/data-engineer.md, or correct the name.
      content/stories/first-day/index.md:8 error coverAlt: is missing. ⇒ Describe the cover image for people who cannot see it."
    `);
  });

  test('an image nobody uses is a warning', async () => {
    expect(show(await checkTree({ 'ambassadors/jan-janssens/portrait.png': await png(400, 400) }))).toMatchInlineSnapshot(`"content/ambassadors/jan-janssens/portrait.png:- warning is not used by any entry. ⇒ Point photo: in content/ambassadors/jan-janssens/index.md at it (photo: ./portrait.png), or remove the file."`);
  });
});

describe('unsafe content', () => {
  test('raw HTML or a script in an ambassador file', async () => {
    expect(
      show(
        await checkTree({
          [sofie]: (text) => text.replace('quote: I like data that tells the truth.', 'quote: I like <b>data</b>.') + '\n<script>alert(1)</script>\n\nHTML in `<code>` is fine, and so is <https://example.com>.\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:11 error quote: "I like <b>data</b>." contains HTML. ⇒ Ambassador profiles are plain text and Markdown: remove the HTML tags.
      content/ambassadors/sofie-peeters/index.md:19 error body: contains raw HTML: <script> … </script> ⇒ Ambassador profiles are plain Markdown: remove the HTML and write **bold**, *italic* or [a link](https://…) instead."
    `);
  });

  test('HTML as the build parses it: in a list item and a comment it is HTML, in an indented code block it is code', async () => {
    expect(
      show(
        await checkTree({
          [sofie]: (text) => `${text}\n\nMy favourite tag:\n\n    <b>bold</b> in a code block\n\n- Hobbies: <span class="big">cycling</span>\n- Cooking\n\n<!-- a note for the editors -->\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:24 error body: contains raw HTML: <span class="big"> … </span> ⇒ Ambassador profiles are plain Markdown: remove the HTML and write **bold**, *italic* or [a link](https://…) instead.
      content/ambassadors/sofie-peeters/index.md:27 error body: contains raw HTML: <!-- a note for the editors --> ⇒ Ambassador profiles are plain Markdown: remove the HTML and write **bold**, *italic* or [a link](https://…) instead."
    `);
  });

  test('javascript: links anywhere', async () => {
    expect(
      show(
        await checkTree({
          [job]: (text) => `${text}\n[Apply](javascript:alert(1)) or [here][x].\n\n[x]: JavaScript:void(0)\n`,
          [sofie]: replace('github: sofiepeeters', 'github: sofiepeeters\nlinks:\n  website: "javascript:alert(1)"'),
          'stories/first-day/index.md': (text) => `${text}\n<a href="javascript:alert(1)">click</a>\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/sofie-peeters/index.md:15 error links.website: "javascript:alert(1)" is a javascript: link. ⇒ Links must be web addresses starting with https://.
      content/jobs/data-engineer.md:15 error body: has a javascript: link: [Apply](javascript:alert(1)) or [here][x]. ⇒ Links must be web addresses starting with https://; remove the javascript: link.
      content/jobs/data-engineer.md:17 error body: has a javascript: link: [x]: JavaScript:void(0) ⇒ Links must be web addresses starting with https://; remove the javascript: link.
      content/stories/first-day/index.md:13 error body: has a javascript: link: <a href="javascript:alert(1)">click</a> ⇒ Links must be web addresses starting with https://; remove the javascript: link."
    `);
  });

  test('every link the build drops: vbscript: and data: too, in Markdown and HTML, but not in code', async () => {
    expect(
      show(
        await checkTree({
          [job]: (text) => `${text}\n![chart](data:image/png;base64,AAAA)\n\n\`[x](javascript:no)\` is code\n\n    <a href="javascript:no">indented code</a>\n`,
          [story]: (text) => `${text}\n<a href="VBScript:msgbox">old</a>\n`,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:15 error body: has a data: link: ![chart](data:image/png;base64,AAAA) ⇒ Links must be web addresses starting with https://; remove the data: link.
      content/stories/first-day/index.md:13 error body: has a vbscript: link: <a href="VBScript:msgbox">old</a> ⇒ Links must be web addresses starting with https://; remove the vbscript: link."
    `);
  });
});

describe('contact routes', () => {
  test("an ambassador's contact and the recruiting contact, on their lines, with the fix", async () => {
    expect(
      show(
        await checkTree({
          [sofie]: replace('github: sofiepeeters', 'github: sofiepeeters\ncontact: http://cal.com/sofie'),
          [jan]: replace('github: janjanssens', 'github: janjanssens\ncontact: "javascript:alert(1)"'),
          'site.yaml': replace('askCap: 2', 'askCap: 2\nrecruiting:\n  email: jobs-at-testwerk.be\nlegal:\n  name: ""\n  vat: BE 0123.456.789\nutm:\n  medium: share'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/ambassadors/jan-janssens/index.md:11 error contact: "javascript:alert(1)" is a javascript: link. ⇒ Links must be web addresses starting with https://.
      content/ambassadors/sofie-peeters/index.md:14 error contact: "http://cal.com/sofie" is not valid. ⇒ It must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com.
      content/site.yaml:32 error recruiting.email: "jobs-at-testwerk.be" is not valid. ⇒ It must be an e-mail address like jobs@example.com.
      content/site.yaml:34 error legal.name: is empty. ⇒ Write a value after "name:": it is required.
      content/site.yaml:36 error utm.publicMedium: is the same as medium. ⇒ Give the two different values, so that visits from ambassadors' shares and from visitors' shares can be told apart."
    `);
  });

  test('valid contact routes pass', async () => {
    expect(
      await checkTree({
        [sofie]: replace('github: sofiepeeters', 'github: sofiepeeters\ncontact: https://www.linkedin.com/in/sofiepeeters'),
        [jan]: replace('github: janjanssens', 'github: janjanssens\ncontact: jan.janssens@testwerk.be'),
        'site.yaml': replace('askCap: 2', 'askCap: 2\nrecruiting: { email: jobs@testwerk.be, url: https://testwerk.be/contact }\nlegal: { name: Testwerk NV, address: "Voorhavenlaan 1, 9000 Ghent", vat: BE 0123.456.789 }\nutm: { medium: ambassador, publicMedium: share }'),
      }),
    ).toEqual([]);
  });
});

describe('rules across fields', () => {
  test('a remote job without allowed countries', async () => {
    expect(show(await checkTree({ [job]: replace('workMode: hybrid', 'workMode: remote') }))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:2 error remoteCountries: is missing. ⇒ A remote job must list the countries applicants may live in, e.g. [BE, NL]."`);
  });

  test('a job whose validThrough is before its posted date', async () => {
    expect(show(await checkTree({ [job]: replace('validThrough: 2026-06-30', 'validThrough: 2025-12-31') }))).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:8 error validThrough: 2025-12-31 is before the posted date. ⇒ The job would close before it opens; set it on or after posted."`);
  });

  test('a share post whose window ends before it starts', async () => {
    expect(show(await checkTree({ [shareJob]: replace('until: 2026-06-30', 'until: 2026-02-01') }))).toMatchInlineSnapshot(`"content/share/join-data.md:8 error until: 2026-02-01 is before from. ⇒ The window would end before it starts; set until on or after from."`);
  });
});

describe('publication (warnings)', () => {
  test('expired and not-yet-posted jobs are warnings, not errors', async () => {
    const closed = await checkTree({}, '2026-07-01');
    expect(show(closed)).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:8 warning validThrough: 2026-06-30 has passed, so this job is closed: it is out of the listings, and its page says the position is closed. ⇒ Move validThrough to a later day to reopen it; otherwise nothing to do."`);
    const scheduled = await checkTree({}, '2026-01-14');
    expect(show(scheduled)).toMatchInlineSnapshot(`"content/jobs/data-engineer.md:7 warning posted: 2026-01-15 is in the future, so this job is not published yet. ⇒ It appears on 2026-01-15; move posted to an earlier day to publish it sooner."`);
  });

  test('a story whose only ambassador withdrew, and the share post that links to it', async () => {
    expect(show(await checkTree({ [sofie]: replace('github: sofiepeeters', 'github: sofiepeeters\nstatus: withdrawn') }))).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:10 warning ambassadors[0]: "sofie-peeters" has no published profile (status is withdrawn), so the job page does not name them as someone to ask. ⇒ Name a colleague whose profile is published, or remove them from ambassadors.
      content/share/first-day.md:4 warning story: "first-day" is not published (none of its ambassadors is published), so this post is not proposed. ⇒ Publish the story first, or link the post to a story that is published.
      content/stories/first-day/index.md:5 warning ambassadors: lists no published ambassador (sofie-peeters: status is withdrawn), so this story is not published. ⇒ Add an ambassador whose profile is published, or set draft: true to keep the story back on purpose."
    `);
  });

  test('an active ambassador without consent is not published', async () => {
    expect(show(await checkTree({ [jan]: replace('consent:\n  given: 2025-02-01\n', '') }))).toMatchInlineSnapshot(`"content/ambassadors/jan-janssens/index.md:2 warning consent: is missing, so this profile is not published. ⇒ Record the day the person agreed to be on the site: add "consent:" with "given: YYYY-MM-DD" indented below it."`);
  });

  test('a story and a job that name, beside a published colleague, someone whose profile is not published', async () => {
    const files = {
      [jan]: replace('consent:\n  given: 2025-02-01\n', ''),
      [story]: replace('ambassadors: [sofie-peeters]', 'ambassadors: [sofie-peeters, jan-janssens]'),
      [job]: replace('ambassadors: [sofie-peeters]', 'ambassadors: [sofie-peeters, jan-janssens]'),
    };
    expect(show(await checkTree(files)).split('\n').filter((line) => !line.includes('consent: is missing'))).toEqual([
      'content/jobs/data-engineer.md:10 warning ambassadors[1]: "jan-janssens" has no published profile (no consent recorded), so the job page does not name them as someone to ask. ⇒ Name a colleague whose profile is published, or remove them from ambassadors.',
      'content/stories/first-day/index.md:5 warning ambassadors[1]: "jan-janssens" has no published profile (no consent recorded), so the story does not name them. ⇒ Remove them from ambassadors, or publish their profile.',
    ]);
  });

  test('a share post whose story is a draft', async () => {
    expect(show(await checkTree({ [story]: replace('jobs: [data-engineer]', 'jobs: [data-engineer]\ndraft: true') }))).toMatchInlineSnapshot(`"content/share/first-day.md:4 warning story: "first-day" is not published (draft), so this post is not proposed. ⇒ Publish the story first, or link the post to a story that is published."`);
  });

  test('a share post whose job is closed', async () => {
    expect(show(await checkTree({ [shareJob]: replace('until: 2026-06-30', 'until: 2026-09-30') }, '2026-07-01'))).toMatchInlineSnapshot(`
      "content/jobs/data-engineer.md:8 warning validThrough: 2026-06-30 has passed, so this job is closed: it is out of the listings, and its page says the position is closed. ⇒ Move validThrough to a later day to reopen it; otherwise nothing to do.
      content/share/join-data.md:4 warning job: "data-engineer" is not open (closed since 2026-06-30), so this post is not proposed. ⇒ Link the post to an open job, or change its from/until window to match the job."
    `);
  });

  test('an ambassador asked more often in a week than the cap', async () => {
    const third = '---\ntitle: Our new lab\nthemes: [tech, culture]\nurl: https://testwerk.be/lab\nvariants: [We opened a lab.]\nfrom: 2026-03-01\n---\n';
    expect(show(await checkTree({ 'share/new-lab.md': third }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:12 warning themes: Sofie Peeters would get 3 share proposals in week 2026-W09 (first-day, join-data, new-lab), more than the weekly cap of 2. ⇒ Spread these posts' from dates over more weeks, or raise askCap in content/site.yaml."`);
  });
});
