/**
 * MDX that would stop the build is an error of the checker, with its line and its fix: text that
 * is not MDX, a component stories do not have, a name in braces that names nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMdxProblems, STORY_COMPONENTS } from '../../../src/lib/check/mdx.ts';

describe('findMdxProblems', () => {
  it('accepts the components stories have, HTML, front matter fields, imports, exports and comments', () => {
    const text = [
      'import Chart from "./chart.astro";',
      'export const year = 2026;',
      '',
      '<PullQuote by="Wim">Open every day.</PullQuote>',
      '',
      '<Callout title="Good to know">We bake at four.</Callout>',
      '',
      'In {year}, <Chart /> shows {frontmatter.title} {/* a comment */} and <video controls src="a.mp4"></video> {Math.max(1, 2)} {1 + 2}.',
    ].join('\n');
    expect(findMdxProblems(text)).toEqual([]);
  });

  it('reports an unclosed component on its line, in plain words', () => {
    expect(findMdxProblems('Text.\n\n<PullQuote by="Wim">Now open\n\nMore text.\n')).toEqual([
      {
        line: 3,
        message: 'is not valid MDX: Expected a closing tag for "<PullQuote>" before the end of "paragraph".',
        hint: 'Close every component you open (<PullQuote by="…">…</PullQuote>, or <Callout title="…" /> on its own), and write \\{ and \\} for braces meant as text.',
      },
    ]);
    expect(findMdxProblems('One.\n\nTwo {unclosed\n\nThree.\n')[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^is not valid MDX: Unexpected end of file in expression/) });
  });

  it('reports a component stories do not have, and a name in braces that names nothing', () => {
    expect(findMdxProblems('A <Video src="x" /> and {budget}.\n\n<Gallery.Item />\n')).toEqual([
      { line: 1, message: 'uses the component <Video>, which stories do not have.', hint: 'Stories may use <PullQuote> and <Callout>; remove <Video>, or import it at the top of the file.' },
      { line: 1, message: 'shows {budget}, but "budget" is not defined in this file.', hint: 'To show the braces as text, write \\{budget\\}; otherwise remove them.' },
      { line: 3, message: 'uses the component <Gallery.Item>, which stories do not have.', hint: 'Stories may use <PullQuote> and <Callout>; remove <Gallery.Item>, or import it at the top of the file.' },
    ]);
  });

  it('knows the components the story page gives its MDX', () => {
    const page = fs.readFileSync(path.resolve(import.meta.dirname, '../../../src/pages/[...lang]/stories/[slug].astro'), 'utf8');
    const given = /<Content components=\{\{([^}]*)\}\}/.exec(page)?.[1]?.split(',').map((name) => name.trim());
    expect(given).toEqual([...STORY_COMPONENTS]);
  });
});
