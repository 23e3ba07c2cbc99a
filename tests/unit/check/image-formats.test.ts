/**
 * Contributors' images are untrusted: the checker takes JPEG, PNG, WebP and AVIF pictures for
 * photos, covers and share images, an SVG only as the site logo, and refuses every other file by
 * its name and by what it really is, with the fix (src/lib/images/formats.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContentFolder, IMAGE_FACTS_RECORD } from '../../../src/lib/check/check-fs.ts';
import { LOGO_CACHE_FILE } from '../../../src/lib/images/site-logo-fs.ts';
import { checkTree, makeTree, png, replace, show, TODAY, type Change } from './tree.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/images');
/** An iPhone photo: HEIF with HEVC compression, whose header sharp reads but whose picture it cannot decode. */
const IPHONE_HEIC = fs.readFileSync(path.join(FIXTURES, 'iphone-hevc.heic'));
/** A HEIF file with AV1 compression, which sharp decodes. */
const AV1_HEIF = fs.readFileSync(path.join(FIXTURES, 'av1.heif'));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="#369"/></svg>\n';

const sofie = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/check/base/ambassadors/sofie-peeters/index.md'), 'utf8');
const picture = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff') =>
  sharp({ create: { width: 400, height: 400, channels: 3, background: '#336699' } })
    .toFormat(format)
    .toBuffer();

/** One ambassador per file: their folder holds the file and their photo field names it. */
async function ambassadorsWith(files: Record<string, Buffer | string>): Promise<Record<string, Change>> {
  const tree: Record<string, Change> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const slug = `p-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    tree[`ambassadors/${slug}/index.md`] = sofie.replace('photo: ./photo.png', `photo: ./${name}`).replace('github: sofiepeeters', `github: ${slug}`);
    tree[`ambassadors/${slug}/${name}`] = bytes;
  }
  return tree;
}

describe('photos', () => {
  test('JPEG, PNG, WebP and AVIF photos are accepted', async () => {
    const files = { 'photo.jpg': await picture('jpeg'), 'photo.jpeg': await picture('jpeg'), 'photo.png': await picture('png'), 'photo.webp': await picture('webp'), 'photo.avif': await picture('avif') };
    expect(await checkTree(await ambassadorsWith(files))).toEqual([]);
  });

  test('every other format is refused, naming the file and the field, with the way to a picture file', async () => {
    const files: Record<string, Buffer | string> = {
      'photo.svg': SVG,
      'photo.heic': IPHONE_HEIC,
      'photo.heif': AV1_HEIF,
      'photo.gif': await picture('gif'),
      'photo.tiff': await picture('tiff'),
      'photo.jfif': await picture('jpeg'),
      'photo.bmp': Buffer.from('BM'),
      'photo.ico': Buffer.from([0, 0, 1, 0]),
      'photo.jxl': Buffer.from([0xff, 0x0a]),
      'photo.jp2': Buffer.from('jp2'),
      'photo.psd': Buffer.from('8BPS'),
      'photo.pdf': '%PDF-1.7',
      'photo.dng': Buffer.from('II*'),
      'photo.txt': 'not a photo',
    };
    expect(show(await checkTree(await ambassadorsWith(files))).replaceAll('content/ambassadors/', '')).toMatchInlineSnapshot(`
      "p-photo-bmp/index.md:9 error photo: "./photo.bmp" is a BMP file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-dng/index.md:9 error photo: "./photo.dng" is a camera raw file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-gif/index.md:9 error photo: "./photo.gif" is a GIF file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); a GIF has only 256 colours and may move. ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg. Or run npm run convert-photo -- p-photo-gif/photo.gif, which writes a copy it can use beside it.
      p-photo-heic/index.md:9 error photo: "./photo.heic" is a HEIC file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); HEIC, the iPhone camera's format, is not shown by most browsers. ⇒ On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG (e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG. Then write the JPEG's name here, like photo: ./photo.jpg.
      p-photo-heif/index.md:9 error photo: "./photo.heif" is a HEIC file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); HEIC, the iPhone camera's format, is not shown by most browsers. ⇒ On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG (e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG. Or run npm run convert-photo -- p-photo-heif/photo.heif, which writes a copy it can use beside it. Then write the JPEG's name here, like photo: ./photo.jpg.
      p-photo-ico/index.md:9 error photo: "./photo.ico" is an icon file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-jfif/index.md:9 error photo: "./photo.jfif" is a JFIF file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); the build reads JPEG files only when their name ends in .jpg or .jpeg. ⇒ It is a JPEG: rename the file to end in .jpg, and write the new name here, like photo: ./photo.jpg.
      p-photo-jp2/index.md:9 error photo: "./photo.jp2" is a JPEG 2000 file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-jxl/index.md:9 error photo: "./photo.jxl" is a JPEG XL file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-pdf/index.md:9 error photo: "./photo.pdf" is a PDF file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-psd/index.md:9 error photo: "./photo.psd" is a Photoshop file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-svg/index.md:9 error photo: "./photo.svg" is an SVG file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here. ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg. Or run npm run convert-photo -- p-photo-svg/photo.svg, which writes a copy it can use beside it.
      p-photo-tiff/index.md:9 error photo: "./photo.tiff" is a TIFF file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); TIFF is a print format that browsers do not show. ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg. Or run npm run convert-photo -- p-photo-tiff/photo.tiff, which writes a copy it can use beside it.
      p-photo-txt/index.md:9 error photo: "./photo.txt" is not a picture file: a photo must be a picture file (JPEG, PNG, WebP or AVIF). ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg.
      p-photo-txt/photo.txt:- error is not read: only index.md is read in p-photo-txt/. ⇒ Move its text into p-photo-txt/index.md, or remove it."
    `);
  });

  test('a file is judged by what it really is, not only by its name', async () => {
    const files = { 'renamed-svg.jpg': SVG, 'renamed-heic.jpg': IPHONE_HEIC, 'png-named.jpg': await picture('png') };
    expect(show(await checkTree(await ambassadorsWith(files))).replaceAll('content/ambassadors/', '')).toMatchInlineSnapshot(`
      "p-renamed-heic-jpg/index.md:9 error photo: "./renamed-heic.jpg" is really a HEIC file, whatever its name says: a photo must be a picture file (JPEG, PNG, WebP or AVIF); HEIC, the iPhone camera's format, is not shown by most browsers. ⇒ On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG (e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG. Then write the JPEG's name here, like photo: ./photo.jpg.
      p-renamed-svg-jpg/index.md:9 error photo: "./renamed-svg.jpg" is really an SVG file, whatever its name says: a photo must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here. ⇒ Save or export the photo as a JPEG or PNG file, put it beside this file and write its name here, like photo: ./photo.jpg. Or run npm run convert-photo -- p-renamed-svg-jpg/renamed-svg.jpg, which writes a copy it can use beside it."
    `);
  });

  test('a refused photo that does not exist is refused for its name', async () => {
    expect(show(await checkTree({ 'ambassadors/sofie-peeters/index.md': replace('photo: ./photo.png', 'photo: ./me.heic') }))).toMatchInlineSnapshot(`"content/ambassadors/sofie-peeters/index.md:9 error photo: "./me.heic" is a HEIC file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); HEIC, the iPhone camera's format, is not shown by most browsers. ⇒ On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG (e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG. Then write the JPEG's name here, like photo: ./photo.jpg."`);
  });
});

describe('covers, share images and images in bodies', () => {
  test('an SVG is refused in each, with the word for the field', async () => {
    const problems = await checkTree({
      'stories/first-day/cover.svg': SVG,
      'stories/first-day/index.md': (text) => text.replace('cover: ./cover.png', 'cover: ./cover.svg') + '\n![A diagram](./diagram.svg)\n',
      'stories/first-day/diagram.svg': SVG,
      'share/first-day.md': (text) => text.replace(/^title: .*$/m, (line) => `${line}\nimage: ../stories/first-day/cover.svg\nimageAlt: A bridge`),
    });
    expect(show(problems)).toMatchInlineSnapshot(`
      "content/share/first-day.md:3 error image: "../stories/first-day/cover.svg" is an SVG file: an image must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here. ⇒ Save or export the image as a JPEG or PNG file, put it beside this file and write its name here, like image: ./image.jpg. Or run npm run convert-photo -- content/stories/first-day/cover.svg, which writes a copy it can use beside it.
      content/stories/first-day/index.md:7 error cover: "./cover.svg" is an SVG file: a cover must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here. ⇒ Save or export the cover as a JPEG or PNG file, put it beside this file and write its name here, like cover: ./cover.jpg. Or run npm run convert-photo -- content/stories/first-day/cover.svg, which writes a copy it can use beside it.
      content/stories/first-day/index.md:13 error body: the image "./diagram.svg" is an SVG file: an image must be a picture file (JPEG, PNG, WebP or AVIF); SVG can carry scripts and is not accepted here. ⇒ Save or export the image as a JPEG or PNG file, put it beside this file and write its name here, like ![what it shows](./image.jpg). Or run npm run convert-photo -- content/stories/first-day/diagram.svg, which writes a copy it can use beside it."
    `);
  });

  test('an unused image in a refused format is to be removed, not pointed at', async () => {
    expect(show(await checkTree({ 'ambassadors/jan-janssens/portrait.heic': IPHONE_HEIC }))).toMatchInlineSnapshot(`"content/ambassadors/jan-janssens/portrait.heic:- warning is not used by any entry. ⇒ Remove it: a photo must be a picture file (JPEG, PNG, WebP or AVIF)."`);
  });
});

describe('the site logo', () => {
  const logo = (name: string, bytes: Buffer | string): Record<string, Change> => ({ 'site.yaml': (text) => `${text}logo: ./${name}\nlogoAlt: Testwerk\n`, [name]: bytes });

  test('may be an SVG or a picture', async () => {
    expect(await checkTree(logo('logo.svg', SVG))).toEqual([]);
    expect(await checkTree(logo('logo.png', await png(240, 80)))).toEqual([]);
  });

  test('an SVG logo with scripts or outside references gets a warning naming what the published logo leaves out', async () => {
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://tracker.example/p.png"/><rect width="4" height="4"/></svg>';
    expect(show(await checkTree(logo('logo.svg', hostile)))).toMatchInlineSnapshot(`"content/site.yaml:31 warning logo: "./logo.svg" has parts that the published logo leaves out: onload, <script>, href="https://tracker.example/p.png". ⇒ The site publishes the logo without scripts, event attributes, foreign objects and references to other files. Remove them from the file, so that the logo you see is the one published."`);
  });

  test("the build's check shares the sanitised logo kept in the cache folder, and keeps none of a logo it cannot publish", async () => {
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="4" height="4"/></svg>';
    const content = await makeTree(logo('logo.svg', hostile));
    const cacheDir = path.join(path.dirname(content), '.astro');
    const check = async () => show((await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY), cacheDir })).problems);
    expect(await check()).toContain('leaves out: onload.');
    const record = path.join(cacheDir, LOGO_CACHE_FILE);
    const stored = JSON.parse(fs.readFileSync(record, 'utf8'));
    expect(stored).toMatchObject({ removed: ['onload'], width: 4, height: 4 });
    // A marked record shows that the next check read it instead of sanitising the file again.
    fs.writeFileSync(record, JSON.stringify({ ...stored, removed: ['<marked>'] }));
    expect(await check()).toContain('leaves out: <marked>.');

    const broken = await makeTree(logo('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'));
    const brokenCache = path.join(path.dirname(broken), '.astro');
    expect(show((await checkContentFolder({ contentDir: broken, cwd: path.dirname(broken), today: new Date(TODAY), cacheDir: brokenCache })).problems)).toContain('cannot be published as an SVG');
    expect(fs.existsSync(path.join(brokenCache, LOGO_CACHE_FILE))).toBe(false);
  });

  test("the build's check keeps what it read of each image, and reads a file again once it changed", async () => {
    const content = await makeTree();
    const cacheDir = path.join(path.dirname(content), '.astro');
    const check = async () => show((await checkContentFolder({ contentDir: content, cwd: path.dirname(content), today: new Date(TODAY), cacheDir })).problems);
    expect(await check()).toBe('');
    const record = path.join(cacheDir, IMAGE_FACTS_RECORD);
    const stored = JSON.parse(fs.readFileSync(record, 'utf8'));
    const photo = 'ambassadors/sofie-peeters/photo.png';
    expect(stored.files[photo]).toMatchObject({ facts: { format: 'png', width: expect.any(Number), height: expect.any(Number) } });
    // A marked record shows that the next check read it instead of the file.
    stored.files[photo].facts.width = 12;
    fs.writeFileSync(record, JSON.stringify(stored));
    expect(await check()).toContain('photo.png" is 12×');
    // The file changed: it is read again.
    fs.writeFileSync(path.join(content, photo), await sharp({ create: { width: 500, height: 520, channels: 3, background: '#446688' } }).png().toBuffer());
    expect(await check()).toBe('');
    expect(JSON.parse(fs.readFileSync(record, 'utf8')).files[photo].facts).toMatchObject({ width: 500, height: 520 });
  });

  test('an SVG logo that is not well-formed, a renamed SVG and a renamed picture are errors', async () => {
    expect(show(await checkTree(logo('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')))).toMatchInlineSnapshot(`"content/site.yaml:31 error logo: "./logo.svg" cannot be published as an SVG: it is not well-formed XML (line 1, column 52: unexpected close tag). ⇒ Export the logo again as a plain SVG file from the program that made it, or use a PNG logo."`);
    expect(show(await checkTree(logo('logo.png', SVG)))).toMatchInlineSnapshot(`"content/site.yaml:31 error logo: "./logo.png" is really an SVG file, whatever its name says, and the build tells an SVG from a picture by the name. ⇒ Rename the file to end in .svg, and write the new name here, like logo: ./logo.svg."`);
    expect(show(await checkTree(logo('logo.svg', await png(240, 80))))).toMatchInlineSnapshot(`"content/site.yaml:31 error logo: "./logo.svg" is really a PNG file, whatever its name says, and the build tells an SVG from a picture by the name. ⇒ Rename the file to end in .png, and write the new name here, like logo: ./logo.png."`);
  });
});
