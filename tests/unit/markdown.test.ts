import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createSafeMarkdownPlugins, isInsideFolders, isSafeUrl } from '../../src/lib/markdown/safe-markdown.ts';
import { alternatesOf, canonicalOf, isNoindexHtml, isSitemapPage, outputFileOf } from '../../src/lib/sitemap-filter.ts';
import { findAssetReferences } from '../../src/lib/asset-references.ts';

const plugins = createSafeMarkdownPlugins({ noHtmlFolders: ['/site/content/ambassadors'] });
// Our plugins are synchronous, so the result is too.
const render = (markdown: string, file: string) => (markdownToHtml(markdown, { ...plugins, fileURL: new URL(`file://${file}`) }) as MarkdownToHtmlResult).html;
const profile = (markdown: string) => render(markdown, '/site/content/ambassadors/ana/index.md');
const story = (markdown: string) => render(markdown, '/site/content/stories/first-day/index.md');

describe('isSafeUrl', () => {
  it('refuses javascript:, vbscript: and data: URLs however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'vbscript:msgbox', 'data:text/html,<script>alert(1)</script>']) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('accepts web, mail and relative links', () => {
    for (const url of ['https://example.com/a?b#c', 'mailto:ana@example.com', '/jobs/', '#top', 'java-script-tips.html', 'javascript-guide/']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });
});

describe('an ambassador profile', () => {
  it('keeps Markdown but drops inline tags, HTML blocks, scripts and comments', () => {
    const html = profile('Hello <b>bold</b> **strong** <script>alert(1)</script>\n\n<div onclick="steal()">block</div>\n\n<!-- note -->\n\n<iframe src="https://evil.test"></iframe>\n\nBye');
    expect(html).toMatchInlineSnapshot(`
      "<p>Hello bold <strong>strong</strong> alert(1)</p>
      <p>Bye</p>
      "
    `);
  });

  it('keeps safe links and turns javascript: links of every kind into plain text', () => {
    const html = profile('[site](https://ana.example) [x](javascript:alert(1)) <javascript:alert(2)> [ref][r] ![img](javascript:alert(3))\n\n[r]: JAVASCRIPT:alert(4)');
    expect(html).toMatchInlineSnapshot(`
      "<p><a href="https://ana.example">site</a> x javascript:alert(2) ref </p>
      "
    `);
  });
});

describe('a story of the comms team', () => {
  it('keeps its HTML, as the comms team writes it', () => {
    expect(story('<figure><img src="/a.png" alt="A"></figure>')).toContain('<figure><img src="/a.png" alt="A"></figure>');
  });

  it('still loses javascript: links', () => {
    expect(story('[x](javascript:alert(1)) [y](https://ok.example)')).toBe('<p>x <a href="https://ok.example">y</a></p>\n');
  });
});

describe('isInsideFolders', () => {
  it('matches files inside the folder only, not folders that merely start with its name', () => {
    expect(isInsideFolders(new URL('file:///site/content/ambassadors/ana/index.md'), ['/site/content/ambassadors'])).toBe(true);
    expect(isInsideFolders(new URL('file:///site/content/ambassadors-old/ana/index.md'), ['/site/content/ambassadors'])).toBe(false);
    expect(isInsideFolders(undefined, ['/site/content/ambassadors'])).toBe(false);
  });
});

describe('sitemap filter and unused images', () => {
  it('reads a noindex robots meta tag from a page head, in either attribute order', () => {
    expect(isNoindexHtml('<html><head><meta name="robots" content="noindex, follow"></head><body></body></html>')).toBe(true);
    expect(isNoindexHtml('<head><meta content="NOINDEX" name="robots"></head>')).toBe(true);
    expect(isNoindexHtml('<head><meta name="description" content="noindex in a description"></head>')).toBe(false);
    expect(isNoindexHtml('<head></head><body><meta name="robots" content="noindex"></body>')).toBe(false);
  });

  it('maps page URLs to the files of a directory-format build', () => {
    expect(outputFileOf('https://x.test/')).toBe('index.html');
    expect(outputFileOf('https://x.test/jobs/a/')).toBe('jobs/a/index.html');
    expect(outputFileOf('https://x.test/404.html')).toBe('404.html');
    expect(outputFileOf('https://x.test/careers/jobs/a/', '/careers')).toBe('jobs/a/index.html');
    expect(outputFileOf('https://x.test/careers/', '/careers/')).toBe('index.html');
  });

  it('finds the asset files a page, a feed or a srcset mentions', () => {
    const html = '<img src="/_astro/photo.Ab_1.webp" srcset="/_astro/photo.Ab_1.webp 160w, /_astro/photo.Ab_2.webp 320w"><iframe srcdoc="&lt;img src=&quot;/_astro/cover.X.webp&quot;&gt;"></iframe>';
    expect([...findAssetReferences(html)].sort()).toEqual(['cover.X.webp', 'photo.Ab_1.webp', 'photo.Ab_2.webp']);
  });
});

describe('what the sitemap reads of a page', () => {
  const page = 'https://x.test/fr/stories/a/';
  const head = (links: string) => `<html><head>${links}</head><body></body></html>`;
  it('a page is listed unless noindex or canonicalised to another page', () => {
    expect(isSitemapPage(page, head('<link rel="canonical" href="https://x.test/fr/stories/a/">'))).toBe(true);
    expect(isSitemapPage(page, head('<link rel="canonical" href="https://x.test/en/stories/a/">'))).toBe(false);
    expect(isSitemapPage(page, head('<meta name="robots" content="noindex">'))).toBe(false);
    expect(isSitemapPage(page, head(''))).toBe(true);
  });

  it('its language alternates come from its own hreflang links', () => {
    expect(canonicalOf(head('<link href="/a/" rel="canonical">'))).toBe('/a/');
    expect(alternatesOf(head('<link rel="alternate" hreflang="nl" href="https://x.test/nl/?a=1&amp;b=2"><link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="alternate" hreflang="x-default" href="https://x.test/">'))).toEqual([
      { lang: 'nl', url: 'https://x.test/nl/?a=1&b=2' },
      { lang: 'x-default', url: 'https://x.test/' },
    ]);
  });
});
