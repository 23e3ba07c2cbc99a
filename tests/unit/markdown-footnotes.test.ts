/**
 * Footnotes speak the language of the file they are written in: the section's hidden heading and
 * the names of the links back to the text, with the site's own class for hidden text.
 */
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { fileLanguage, footnotesInLanguage } from '../../src/lib/markdown/footnotes.ts';
import { resolveLanguages } from '../../src/lib/languages.ts';

const languages = resolveLanguages({ languages: ['fr', 'nl', 'en'] });
const TEXT = 'Beans[^1] and boxes[^1].\n\n[^1]: With the cooperative.\n';

/** Renders Markdown as the file `file` with front matter `frontmatter`, as Astro would. */
function render(file: string, frontmatter: Record<string, unknown> = {}, markdown = TEXT): string {
  const options = { hastPlugins: [footnotesInLanguage(languages)], fileURL: new URL(`file:///site/content/${file}`), data: { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } } };
  return (markdownToHtml(markdown, options) as MarkdownToHtmlResult).html;
}

/** The hidden heading and the back links' names of the footnotes section. */
function labels(html: string): { heading: string | undefined; back: string[] } {
  return {
    heading: /<h2 class="visually-hidden" id="footnote-label">([^<]*)<\/h2>/.exec(html)?.[1],
    back: [...html.matchAll(/aria-label="([^"]*)"[^>]*class="data-footnote-backref"/g)].map((m) => m[1]!),
  };
}

describe('footnotes', () => {
  it('are labelled in the language of a translation file, whatever the site default', () => {
    expect(labels(render('stories/beans/index.en.md'))).toEqual({ heading: 'Footnotes', back: ['Back to reference 1', 'Back to reference 1-2'] });
    expect(labels(render('stories/beans/index.nl.md'))).toEqual({ heading: 'Voetnoten', back: ['Terug naar verwijzing 1', 'Terug naar verwijzing 1-2'] });
    expect(labels(render('jobs/baker.nl.md'))).toEqual({ heading: 'Voetnoten', back: ['Terug naar verwijzing 1', 'Terug naar verwijzing 1-2'] });
  });

  it('in a main file, follow its lang, else the site default', () => {
    expect(labels(render('stories/beans/index.md', { lang: 'nl' })).heading).toBe('Voetnoten');
    expect(labels(render('stories/beans/index.mdx'))).toEqual({ heading: 'Notes', back: ['Retour à l’appel de note 1', 'Retour à l’appel de note 1-2'] });
  });

  it('leave no English label and no unstyled class behind', () => {
    const html = render('stories/beans/index.md');
    expect(html).not.toMatch(/Footnotes|Back to reference|sr-only/);
  });

  it('leave a file without footnotes as it is', () => {
    const plain = 'No notes here, only [a link](https://example.com).\n';
    expect(render('stories/beans/index.nl.md', {}, plain)).toBe((markdownToHtml(plain) as MarkdownToHtmlResult).html);
  });
});

describe('fileLanguage', () => {
  it('reads a language only when the site has it', () => {
    const at = (file: string, lang?: string) => fileLanguage({ fileURL: new URL(`file:///c/${file}`), frontmatter: lang ? { lang } : {} }, languages);
    expect(at('stories/x/index.nl.md')).toBe('nl');
    expect(at('stories/x/index.de.md')).toBe('fr');
    expect(at('jobs/v1.2-release.md')).toBe('fr');
    expect(at('stories/x/index.md', 'en')).toBe('en');
    expect(at('stories/x/index.md', 'de')).toBe('fr');
  });
});
