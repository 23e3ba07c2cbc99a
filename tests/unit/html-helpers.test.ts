import { describe, expect, it } from 'vitest';
import { elementHtml, findScripts, findTags, jsonLd, linkHref, linkPaths, meta, pageTitle, textOf } from '../helpers/html.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Jobs &amp; people</title>
<meta property="og:image" content="https://x.example/og/a.jpg"><meta name="description" content='Say "hi" &lt;3'>
<link rel="alternate stylesheet" href="/a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"A &amp; B <b>"}]}</script>
<!-- <a href="/commented/">no</a> -->
</head><body><main><h1>Open <em>jobs</em></h1><p data-x="<a href='/in-attribute/'>">Two&nbsp;words</p><a href="https://x.example/jobs/?a=1#top">Jobs</a><a href="https://elsewhere.example/">Out</a>
<script>if (a < b) document.write('<a href="/in-script/">')</script><style>p::after { content: "<i>" }</style></main></body></html>`;

describe('the HTML helpers', () => {
  it('find elements with decoded attributes, not inside comments, attributes or scripts', () => {
    expect(findTags(PAGE, 'a').map((a) => a.href)).toEqual(['https://x.example/jobs/?a=1#top', 'https://elsewhere.example/']);
    expect(linkPaths(PAGE, 'https://x.example')).toEqual(['/jobs/?a=1#top', 'https://elsewhere.example/']);
    expect(meta(PAGE, 'og:image')).toBe('https://x.example/og/a.jpg');
    expect(meta(PAGE, 'description')).toBe('Say "hi" <3');
    expect(linkHref(PAGE, 'stylesheet')).toBe('/a.css');
    expect(findTags(PAGE, 'html')[0]?.lang).toBe('en');
  });

  it('read the title, the visible text with elements apart, and an element’s inner HTML', () => {
    expect(pageTitle(PAGE)).toBe('Jobs & people');
    expect(textOf(PAGE)).toBe('Jobs & people Open jobs Two words Jobs Out');
    expect(textOf('<li>one</li><li>two</li>')).toBe('one two');
    expect(textOf(elementHtml(PAGE, 'h1') ?? '')).toBe('Open jobs');
  });

  it('read scripts as raw text and JSON-LD as nodes', () => {
    expect(findScripts(PAGE).map((s) => s.text)).toEqual([expect.stringContaining('"@graph"'), `if (a < b) document.write('<a href="/in-script/">')`]);
    expect(jsonLd(PAGE)).toEqual([{ '@type': 'Organization', name: 'A &amp; B <b>' }]);
    expect(() => jsonLd('<script type="application/ld+json">{oops</script>')).toThrow(/JSON-LD block does not parse/);
  });
});
