/**
 * Footnotes in the language of the file they are written in. Sätteri names the footnotes section
 * with a hidden heading, "Footnotes", and each link back to the text "Back to reference 1", in
 * English whatever the page's language, with a `sr-only` class this site does not style (so the
 * heading showed). This plugin gives them the file's language and the site's `visually-hidden`
 * class. The file's language is a translation's (`index.fr.md`, `job.nl.md`), else its front
 * matter's `lang`, else the site's default language.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { useStrings } from '../../i18n/index.ts';
import type { SiteLanguages } from '../languages.ts';

/** The language a Markdown or MDX file is written in (see the module comment). */
export function fileLanguage(file: { fileURL: URL | undefined; frontmatter: Record<string, unknown> | undefined }, languages: SiteLanguages): string {
  const name = file.fileURL ? decodeURIComponent(file.fileURL.pathname).split('/').pop()! : '';
  const fromName = /\.([^./]+)\.mdx?$/.exec(name)?.[1];
  if (fromName && languages.codes.includes(fromName)) return fromName;
  const lang = file.frontmatter?.lang;
  return typeof lang === 'string' && languages.codes.includes(lang) ? lang : languages.defaultLang;
}

/** The hast plugin, for `satteri({ hastPlugins })`; it runs only on files with a footnote. */
export function footnotesInLanguage(languages: SiteLanguages): HastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    if (!ctx.source.includes('[^')) return null;
    const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    const t = useStrings(fileLanguage({ fileURL: ctx.fileURL, frontmatter: astro?.frontmatter }, languages)).footnotes;
    return {
      name: 'vaandel-footnotes',
      element: {
        filter: ['h2', 'a'],
        visit(node, visitor) {
          const props = node.properties ?? {};
          if (node.tagName === 'h2' && typeof props.id === 'string' && props.id.endsWith('footnote-label')) {
            return { ...node, properties: { ...props, className: ['visually-hidden'] }, children: [{ type: 'text', value: t.heading }] };
          }
          if (node.tagName === 'a' && props.dataFootnoteBackref !== undefined) {
            // Sätteri's label ends with the reference: "1", or "1-2" for the second use of note 1.
            const reference = /(\d+(?:-\d+)?)$/.exec(String(props.ariaLabel ?? ''))?.[1];
            if (reference) visitor.setProperty(node, 'ariaLabel', t.back(reference));
          }
          return undefined;
        },
      },
    };
  };
}
