import { describe, expect, it } from 'vitest';
import { fillIn, renderOnce, STAND_IN } from '../../src/components/render-once.ts';

describe('renderOnce', () => {
  it('renders a key once and gives the same HTML after', async () => {
    let calls = 0;
    const render = async () => `<p>${++calls}</p>`;
    const key = `test:${Math.random()}`;
    expect(await renderOnce(key, render)).toBe('<p>1</p>');
    expect(await renderOnce(key, render)).toBe('<p>1</p>');
    expect(await renderOnce(`${key}:other`, render)).toBe('<p>2</p>');
  });

  it('refuses HTML with a script, which it could not carry to other pages, and keeps nothing of it', async () => {
    const key = `test:${Math.random()}`;
    await expect(renderOnce(key, async () => '<div></div><script type="module" src="/_astro/x.js"></script>')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: RenderOnce: the content rendered a <script>, so its HTML cannot be reused on other pages. Leave the script out of the reused content and render it beside it (as ShareKit.astro does with ShareButtonsScript).]`,
    );
    expect(await renderOnce(key, async () => '<p>&lt;script&gt; is text here</p>')).toBe('<p>&lt;script&gt; is text here</p>');
  });
});

describe('fillIn', () => {
  it('puts each value in place of its stand-in, everywhere', () => {
    const html = `<a href="https://x.com/?url=https%3A%2F%2Fa.example%2F%3Futm_content%3D${STAND_IN}">x</a><div data-share="{&quot;content&quot;:&quot;${STAND_IN}&quot;}"></div>`;
    expect(fillIn(html, { [STAND_IN]: 'sofie-peeters' })).toBe(html.replaceAll(STAND_IN, 'sofie-peeters'));
    expect(fillIn(html, {})).toBe(html);
    expect(STAND_IN).toMatch(/^[a-z0-9]+$/);
  });
});
