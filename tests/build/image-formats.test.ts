/**
 * Contributors' images in the build: a photo in every accepted format builds and is on the site;
 * a photo in any other format stops `astro build` with the checker's message, before anything is
 * copied; an SVG logo reaches dist/ only sanitised, at /logo.svg (src/lib/images/).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/check/check-fs.ts';
import { acceptedExtensions } from '../../src/lib/images/formats.ts';
import { sanitiseSvg } from '../../src/lib/images/sanitise-svg.ts';
import { buildSite } from '../helpers/build-site.ts';
import { makeTree, type Change } from '../unit/check/tree.ts';

const TODAY = '2026-03-01';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/images');
const sofie = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/check/base/ambassadors/sofie-peeters/index.md'), 'utf8');
const HOSTILE_LOGO = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" viewBox="0 0 120 40" onload="alert('logo')">
  <script>alert('script')</script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">foreign-marker</div></foreignObject>
  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
  <use xlink:href="https://tracker.example/sprite.svg#mark"/>
  <style>@import url(https://tracker.example/font.css); .mark { fill: #0b5560 }</style>
  <rect class="mark" width="120" height="40" rx="8"/>
</svg>
`;

/** One ambassador per photo file, each in their own folder; the file names say the format. */
function ambassadorsWith(files: Record<string, Buffer | string>): Record<string, Change> {
  const tree: Record<string, Change> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const slug = `p-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    tree[`ambassadors/${slug}/index.md`] = sofie.replace('name: Sofie Peeters', `name: Person ${slug}`).replace('photo: ./photo.png', `photo: ./${name}`).replace('github: sofiepeeters', `github: ${slug}`);
    tree[`ambassadors/${slug}/${name}`] = bytes;
  }
  return tree;
}

/** A 480×480 picture (a gradient, not a flat colour) in a format sharp writes. */
async function picture(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff'): Promise<Buffer> {
  const size = 480;
  const pixels = Buffer.alloc(size * size * 3);
  for (let i = 0; i < size * size; i++) pixels.set([(i % size) / 2, Math.floor(i / size) / 2, 128], i * 3);
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

const NO_STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe('astro build', () => {
  test('builds a photo in every accepted format, and publishes the SVG logo only sanitised', async () => {
    const files: Record<string, Buffer> = {};
    for (const ext of acceptedExtensions('photo')) files[`photo.${ext}`] = await picture(ext === 'jpg' || ext === 'jpeg' ? 'jpeg' : (ext as 'png' | 'webp' | 'avif'));
    expect(Object.keys(files)).toEqual(['photo.jpg', 'photo.jpeg', 'photo.png', 'photo.webp', 'photo.avif']);
    const content = await makeTree({ ...ambassadorsWith(files), 'logo.svg': HOSTILE_LOGO, 'site.yaml': (text) => `${text}logo: ./logo.svg\nlogoAlt: Testwerk\n` });
    const site = await buildSite(content, { now: TODAY });
    expect(site.code, site.output.slice(-3000)).toBe(0);
    // The checker warned about what the published logo leaves out, and the build went on.
    expect(site.output).toContain('logo: "./logo.svg" has parts that the published logo leaves out: onload, <script>, <foreignObject>,');

    const built = await site.files();
    for (const name of Object.keys(files)) {
      const slug = `p-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      const page = await site.read(`ambassadors/${slug}/index.html`);
      // The profile shows the photo, re-encoded by Astro's image service, from a file that is in dist/.
      const sources = [...page.matchAll(/<img[^>]+src="\/(_astro\/photo\.[^"]+)"/g)].map((m) => m[1]!);
      expect(sources.length, `${slug}: ${page.slice(0, 200)}`).toBeGreaterThan(0);
      for (const src of sources) expect(built, `${slug}: ${src}`).toContain(src);
      // A card with a photo panel is a JPEG.
      expect(built).toContain(`og/ambassadors/${slug}.jpg`);
    }

    // The logo: /logo.svg holds the sanitised SVG, which the header and the structured data use.
    const logo = await site.read('logo.svg');
    expect(logo).toBe(sanitiseSvg(HOSTILE_LOGO).svg);
    expect(logo).toContain('<rect class="mark" width="120" height="40" rx="8"/>');
    expect(logo).not.toMatch(/script|onload|foreignObject|href=|@import/);
    const home = await site.read('index.html');
    expect(home).toMatch(/<img src="\/logo\.svg" alt="" width="108" height="36"/);
    expect(home).toContain('"logo":"https://careers.testwerk.be/logo.svg"');
    // No other SVG was emitted, and nothing of what was removed reached any file.
    expect(built.filter((f) => f.endsWith('.svg')).sort()).toEqual(['favicon.svg', 'logo.svg']);
    for (const file of built.filter((f) => /\.(html|svg|xml|json|js|css|txt)$/.test(f))) {
      const text = await site.read(file);
      for (const marker of ['tracker.example', 'foreign-marker', "alert('"]) expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
  }, 600_000);

  test('stops on a photo in any other format with the checker\'s messages and no stack trace, before copying anything', async () => {
    const files: Record<string, Buffer | string> = {
      'photo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" onload="alert(1)"><rect width="400" height="400"/></svg>',
      'photo.heic': fs.readFileSync(path.join(FIXTURES, 'iphone-hevc.heic')),
      'photo.heif': fs.readFileSync(path.join(FIXTURES, 'av1.heif')),
      'photo.gif': await picture('gif'),
      'photo.tiff': await picture('tiff'),
      'photo.jfif': await picture('jpeg'),
      'photo.bmp': Buffer.from('BM'),
      'photo.psd': Buffer.from('8BPS'),
      'renamed.jpg': '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"/>',
    };
    const content = await makeTree(ambassadorsWith(files));
    const site = await buildSite(content, { now: TODAY });
    expect(site.code).not.toBe(0);
    const { problems } = await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY) });
    expect(problems.map((p) => `${p.field}: ${p.message.slice(0, 40)}`)).toHaveLength(Object.keys(files).length);
    for (const p of problems) expect(site.output).toContain(`${p.field}: ${p.message}`);
    expect(site.output).toContain('photo: "./photo.svg" is an SVG file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here.');
    expect(site.output).toContain('The build stopped because of the content errors above.');
    expect(site.output).not.toMatch(NO_STACK_TRACE);
    expect(site.output).not.toContain('UnsupportedImageFormat');
    // Nothing was written: no output folder at all, so no SVG in dist/_astro.
    expect(fs.existsSync(site.outDir)).toBe(false);
  }, 300_000);
});
