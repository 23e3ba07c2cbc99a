/** The published SVG logo: hostile SVGs in, their cleaned form pinned (src/lib/images/sanitise-svg.ts). */
import { describe, expect, test } from 'vitest';
import { neutraliseCss, sanitiseSvg } from '../../../src/lib/images/sanitise-svg.ts';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('hostile SVGs', () => {
  test('scripts and event attributes', () => {
    expect(sanitiseSvg(svg('<script>alert(1)</script><script xlink:href="https://evil.example/x.js"/><rect width="10" height="10" onclick="alert(2)" ONMOUSEOVER="alert(3)"/><handler type="text/javascript">alert(4)</handler>', ' onload="alert(0)"'))).toMatchInlineSnapshot(`
      {
        "removed": [
          "onload",
          "<script>",
          "ONMOUSEOVER",
          "onclick",
          "<handler>",
        ],
        "svg": "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
      ",
      }
    `);
  });

  test('foreign objects carrying HTML', () => {
    expect(sanitiseSvg(svg('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"></iframe><img src="x" onerror="alert(1)"/></div></foreignObject><rect width="1" height="1"/>'))).toMatchInlineSnapshot(`
      {
        "removed": [
          "<foreignObject>",
        ],
        "svg": "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><rect width="1" height="1"/></svg>
      ",
      }
    `);
  });

  test('external references: href and xlink:href to http(s), <use> of another file, data: SVG, javascript: links, filter images', () => {
    expect(
      sanitiseSvg(
        svg(
          '<image href="https://tracker.example/pixel.png" width="1" height="1"/>' +
            '<image xlink:href="http://tracker.example/pixel.png" width="1" height="1"/>' +
            '<use href="other.svg#shape"/><use xlink:href="https://evil.example/sprite.svg#icon"/>' +
            '<use href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+"/>' +
            '<a href="javascript:alert(1)"><text y="5">x</text></a><a xlink:href="https://example.com/"><text y="9">y</text></a>' +
            '<filter id="f"><feImage href="https://evil.example/i.png"/></filter>',
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "removed": [
          "href="https://tracker.example/pixel.png"",
          "xlink:href="http://tracker.example/pixel.png"",
          "href="other.svg#shape"",
          "xlink:href="https://evil.example/sprite.svg#icon"",
          "href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+"",
          "href="javascript:alert(1)"",
          "xlink:href="https://example.com/"",
          "href="https://evil.example/i.png"",
        ],
        "svg": "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image width="1" height="1"/><image width="1" height="1"/><use/><use/><use/><a><text y="5">x</text></a><a><text y="9">y</text></a><filter id="f"><feImage/></filter></svg>
      ",
      }
    `);
  });

  test('CSS that loads files: @import, url() in rules, style attributes and presentation attributes, image-set(), escapes', () => {
    expect(
      sanitiseSvg(
        svg(
          '<style>@import url(https://evil.example/a.css); @import "https://evil.example/b.css"; .a { fill: url(https://evil.example/p.svg#g); stroke: #000 } .b { fill: url(#g) } .c { background: image-set("https://evil.example/x.png" 1x) }</style>' +
            '<style>.d { fill: \\75rl(https://evil.example/p.svg#g) }</style>' +
            '<rect class="a" width="5" height="5" style="fill: URL( \'http://evil.example/x.svg#p\' )"/>' +
            '<rect x="5" width="5" height="5" filter="url(https://evil.example/f.svg#blur)" fill="url(#g)"/>' +
            '<rect y="5" width="5" height="5" cursor="url(https://evil.example/c.cur), auto"/>',
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "removed": [
          "filter="url(https://evil.example/f.svg#blur)"",
          "cursor="url(https://evil.example/c.cur), auto"",
          "<style> rules that load files",
          "<style> (it could load files)",
          "style="fill: URL( 'http://evil.example/x.svg#p' )"",
        ],
        "svg": "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><style>  .a { fill: none; stroke: #000 } .b { fill: url(#g) } .c { background: none }</style><style/><rect class="a" width="5" height="5" style="fill: none"/><rect x="5" width="5" height="5" fill="url(#g)"/><rect y="5" width="5" height="5"/></svg>
      ",
      }
    `);
  });

  test('animations that would rewrite a link, processing instructions, external entities', () => {
    expect(sanitiseSvg(svg('<a href="#r"><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="xlink:href" values="javascript:alert(2)"/><rect id="r" width="1" height="1"/></a><?xml-stylesheet href="https://evil.example/s.css"?>'))).toMatchInlineSnapshot(`
      {
        "removed": [
          "<set>",
          "<animate>",
          "<?xml-stylesheet?>",
        ],
        "svg": "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><a href="#r"><rect id="r" width="1" height="1"/></a></svg>
      ",
      }
    `);
    expect(() => sanitiseSvg(`<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${svg('<text>&secret;</text>')}`)).toThrowErrorMatchingInlineSnapshot(`[Error: it is not well-formed XML (line 1, column 178: undefined entity)]`);
  });

  test('what is not an SVG is refused', () => {
    expect(() => sanitiseSvg('<html><body><svg></svg></body></html>')).toThrowErrorMatchingInlineSnapshot(`[Error: its root element is <html>, not an <svg> with xmlns="http://www.w3.org/2000/svg"]`);
    expect(() => sanitiseSvg('<svg><rect/></svg>')).toThrowErrorMatchingInlineSnapshot(`[Error: its root element is <svg>, not an <svg> with xmlns="http://www.w3.org/2000/svg"]`);
    expect(() => sanitiseSvg(svg('<rect>'))).toThrowErrorMatchingInlineSnapshot(`[Error: it is not well-formed XML (line 1, column 115: unexpected close tag)]`);
    expect(() => sanitiseSvg('\x89PNG\r\n')).toThrowErrorMatchingInlineSnapshot(`[Error: it is not well-formed XML (line 2, column 0: text data outside of root node)]`);
  });
});

describe('an ordinary logo', () => {
  const logo = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="80" viewBox="0 0 240 80" role="img" aria-labelledby="title">
  <title id="title">Brugwerk</title>
  <defs>
    <style><![CDATA[.cls-1{fill:url(#gradient)}.cls-2{fill:#0b5560;font-family:Inter, sans-serif}]]></style>
    <linearGradient id="gradient" x1="0" x2="1"><stop offset="0" stop-color="#0b5560"/><stop offset="1" stop-color="#e8a33d"/></linearGradient>
    <clipPath id="clip"><rect width="80" height="80" rx="16"/></clipPath>
    <filter id="shadow"><feGaussianBlur stdDeviation="2"/></filter>
    <path id="arch" d="M8 56 Q40 8 72 56"/>
  </defs>
  <g clip-path="url(#clip)"><rect class="cls-1" width="80" height="80"/></g>
  <use href="#arch" stroke="#fff" fill="none" stroke-width="6"/>
  <use xlink:href="#arch" transform="translate(0 8)" stroke="#fff" fill="none" filter="url(#shadow)"/>
  <image x="200" y="20" width="40" height="40" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>
  <text class="cls-2" x="92" y="50" font-size="28" style="letter-spacing:1px">Brugwerk</text>
</svg>
`;

  test('keeps its shapes, gradients, clip paths, filters, styles, <use> of its own parts and embedded pictures', () => {
    const { svg: published, removed } = sanitiseSvg(logo);
    expect(removed).toEqual([]);
    expect(published).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="80" viewBox="0 0 240 80" role="img" aria-labelledby="title">
        <title id="title">Brugwerk</title>
        <defs>
          <style>.cls-1{fill:url(#gradient)}.cls-2{fill:#0b5560;font-family:Inter, sans-serif}</style>
          <linearGradient id="gradient" x1="0" x2="1"><stop offset="0" stop-color="#0b5560"/><stop offset="1" stop-color="#e8a33d"/></linearGradient>
          <clipPath id="clip"><rect width="80" height="80" rx="16"/></clipPath>
          <filter id="shadow"><feGaussianBlur stdDeviation="2"/></filter>
          <path id="arch" d="M8 56 Q40 8 72 56"/>
        </defs>
        <g clip-path="url(#clip)"><rect class="cls-1" width="80" height="80"/></g>
        <use href="#arch" stroke="#fff" fill="none" stroke-width="6"/>
        <use xlink:href="#arch" transform="translate(0 8)" stroke="#fff" fill="none" filter="url(#shadow)"/>
        <image x="200" y="20" width="40" height="40" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>
        <text class="cls-2" x="92" y="50" font-size="28" style="letter-spacing:1px">Brugwerk</text>
      </svg>
      "
    `);
  });

  test('sanitising is stable: the published logo comes out unchanged', () => {
    const once = sanitiseSvg(logo).svg;
    expect(sanitiseSvg(once)).toEqual({ svg: once, removed: [] });
  });
});

describe("editors' exports", () => {
  test("Inkscape's metadata is dropped without a word; Illustrator's and Figma's exports come out as they were", () => {
    const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="210mm" height="105mm" viewBox="0 0 210 105" version="1.1" id="svg5" inkscape:version="1.2.2" sodipodi:docname="logo.svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.7"/>
  <metadata><rdf:RDF/></metadata>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:#0b5560" width="100" height="50" x="10" y="10"/></g>
</svg>`;
    const published = sanitiseSvg(inkscape);
    expect(published.removed).toEqual([]);
    expect(published.svg).toContain('<svg width="210mm" height="105mm" viewBox="0 0 210 105" version="1.1" id="svg5" xmlns="http://www.w3.org/2000/svg">');
    expect(published.svg).toContain('<g id="layer1"><rect style="fill:#0b5560" width="100" height="50" x="10" y="10"/></g>');
    expect(published.svg).not.toMatch(/inkscape|sodipodi|rdf/);
    const illustrator = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" viewBox="0 0 200 80" style="enable-background:new 0 0 200 80;" xml:space="preserve">
<style type="text/css">
	.st0{fill:#0B5560;}
	.st1{font-family:'Inter-Bold';}
</style>
<g><rect class="st0" width="80" height="80"/><text transform="matrix(1 0 0 1 90 50)" class="st1" data-name="word">Brugwerk</text></g>
</svg>
`;
    const figma = `<svg width="120" height="40" viewBox="0 0 120 40" fill="none" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<rect width="120" height="40" fill="url(#pattern0)"/>
<defs>
<pattern id="pattern0" patternContentUnits="objectBoundingBox" width="1" height="1"><use xlink:href="#image0_1_2" transform="scale(0.01)"/></pattern>
<image id="image0_1_2" width="100" height="100" xlink:href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>
</defs>
</svg>
`;
    expect(sanitiseSvg(illustrator)).toEqual({ svg: illustrator.slice(illustrator.indexOf('<svg')), removed: [] });
    expect(sanitiseSvg(figma)).toEqual({ svg: figma, removed: [] });
  });
});

describe('neutraliseCss', () => {
  test('leaves references inside the file and plain rules alone', () => {
    expect(neutraliseCss('.a{fill:url(#g)} .b{fill:url("#h");stroke:#000}')).toBe('.a{fill:url(#g)} .b{fill:url("#h");stroke:#000}');
  });

  test('takes out every way to load a file, or gives up on CSS it cannot judge', () => {
    expect(neutraliseCss('@import "x.css"; .a{fill:url(x.svg#g)} .b{background:src("y.png")}')).toMatchInlineSnapshot(`" .a{fill:none} .b{background:none}"`);
    expect(neutraliseCss('.a{fill:u\\72l(x.svg)}')).toBeUndefined();
    expect(neutraliseCss('.a{fill:url("a)b.svg")}')).toBeUndefined();
  });
});
