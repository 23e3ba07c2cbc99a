import { describe, expect, it } from 'vitest';
import { containsHtml, findRawHtml, findScriptLinks, isScriptUrl } from '../../../src/lib/check/markdown-safety.ts';

describe('findRawHtml', () => {
  it('finds tags, comments and HTML blocks, with their lines', () => {
    expect(findRawHtml('Hello <b>bold</b>.\n\n<div class="x">\nblock\n</div>\n\n<!-- note -->\n\n<?php echo 1 ?>\n')).toEqual([
      { line: 1, snippet: '<b> … </b>' },
      { line: 3, snippet: '<div class="x">' },
      { line: 5, snippet: '</div>' },
      { line: 7, snippet: '<!-- note -->' },
      { line: 9, snippet: '<?' },
    ]);
  });

  it('finds HTML inside a list item, a quote and a table', () => {
    expect(findRawHtml('- one\n- <div>two</div>\n\n> <i>quoted</i>\n\n| a |\n| - |\n| <u>x</u> |\n').map((f) => f.line)).toEqual([2, 4, 8]);
  });

  it('leaves code alone: spans, fenced and indented blocks', () => {
    expect(findRawHtml('Use `<b>` for bold.\n\n```html\n<b>fenced</b>\n```\n\n    <b>indented</b>\n\n~~~\n<i>\n~~~\n')).toEqual([]);
  });

  it('takes autolinks and lone angle brackets for what they are', () => {
    expect(findRawHtml('See <https://example.com> or <ana@example.com>; 3 < 4 and 5 > 2, <3.')).toEqual([]);
  });

  it('reads MDX as MDX: JSX is no raw HTML, and there is no indented code', () => {
    expect(findRawHtml('<PullQuote by="Ana">Hi</PullQuote>\n', { mdx: true })).toEqual([]);
    expect(findRawHtml('    <b>indented</b>\n')).toEqual([]);
  });

  it('tells whether a front matter value holds HTML', () => {
    expect(containsHtml('I like <b>data</b>.')).toBe(true);
    expect(containsHtml('Tom & Jerry <3, and a < b')).toBe(false);
  });
});

describe('findScriptLinks', () => {
  it('finds links, images, definitions, autolinks and HTML attributes with an unsafe scheme', () => {
    const found = findScriptLinks(
      '[a](javascript:alert(1))\n\n![i](data:image/png;base64,AA)\n\n<javascript:alert(2)>\n\n<a href="VBScript:x">v</a>\n\n[r][x]\n\n[x]: &#106;avascript:void(0)\n\n<img src=java&#x09;script:alert(3)>\n',
    );
    expect(found.map((f) => [f.line, f.scheme])).toEqual([
      [1, 'javascript:'],
      [3, 'data:'],
      [5, 'javascript:'],
      [7, 'vbscript:'],
      [11, 'javascript:'],
      [13, 'javascript:'],
    ]);
    expect(found[0]!.snippet).toBe('[a](javascript:alert(1))');
  });

  it('leaves safe links and code alone', () => {
    expect(findScriptLinks('[ok](https://example.com) [mail](mailto:a@example.com) [rel](/jobs/) `[x](javascript:no)`\n\n    <a href="javascript:no">code</a>\n\n```\n[x](javascript:no)\n```\n\njavascript: is a word here.\n')).toEqual([]);
  });

  it('finds JSX attributes in MDX, indented or not, and literals in braces', () => {
    const mdx = 'Hi <a href="javascript:alert(1)">x</a>\n\n<Callout title="t">\n    <a href={"javascript:alert(2)"}>y</a>\n</Callout>\n\n<img src={`data:image/png;base64,AA`} />\n';
    expect(findScriptLinks(mdx, { mdx: true }).map((f) => [f.line, f.scheme])).toEqual([
      [1, 'javascript:'],
      [4, 'javascript:'],
      [7, 'data:'],
    ]);
  });

  it('still scans a body that is not valid MDX, as Markdown', () => {
    expect(findScriptLinks('Broken <a href=\n\n[x](javascript:alert(1))\n', { mdx: true }).map((f) => f.line)).toEqual([3]);
  });
});

describe('isScriptUrl', () => {
  it('sees through case, blanks and character references', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:x', 'java\tscript:x', '&#106;avascript:x']) expect(isScriptUrl(url), url).toBe(true);
    for (const url of ['https://example.com', 'javascript-tips.html']) expect(isScriptUrl(url), url).toBe(false);
  });
});
