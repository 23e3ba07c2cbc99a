import { describe, expect, it } from 'vitest';
import { comparePagesUrl } from '../../scripts/pages/compare.ts';

describe('site.yaml url against the GitHub Pages address', () => {
  it('agrees with or without a trailing slash, at a project path or a custom domain', () => {
    expect(comparePagesUrl('https://brugwerk.github.io/careers', 'https://brugwerk.github.io/careers/')).toBeUndefined();
    expect(comparePagesUrl('https://careers.brugwerk.be', 'https://careers.brugwerk.be/')).toBeUndefined();
  });

  it('says how to fix a url Pages does not serve', () => {
    expect(comparePagesUrl('https://careers.brugwerk.be', 'https://brugwerk.github.io/careers/')).toMatchInlineSnapshot(`"site.yaml says url: https://careers.brugwerk.be, but GitHub Pages publishes this site at https://brugwerk.github.io/careers, so its links would point to the wrong place. To use careers.brugwerk.be, set it as the custom domain in the repository's Pages settings (or add public/CNAME with "careers.brugwerk.be") and point its DNS at GitHub; otherwise write url: https://brugwerk.github.io/careers."`);
    expect(comparePagesUrl('https://brugwerk.github.io', 'https://brugwerk.github.io/careers/')).toMatchInlineSnapshot(`"site.yaml says url: https://brugwerk.github.io, but GitHub Pages publishes this site at https://brugwerk.github.io/careers, so its links would point to the wrong place. Write url: https://brugwerk.github.io/careers in site.yaml."`);
    expect(comparePagesUrl(undefined, 'https://brugwerk.github.io/careers/')).toMatch(/^site.yaml has no valid url/);
  });
});
