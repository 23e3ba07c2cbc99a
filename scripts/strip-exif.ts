/**
 * `npm run strip-exif -- FILE…`: rewrites images without their EXIF, XMP and IPTC data (GPS
 * position, camera, date), turned upright and with their colours kept. `npm run check` names the
 * images that need it. Exit 0 when every file is clean afterwards, 1 when one could not be read, 2 usage.
 */
import { parseArgs } from 'node:util';
import { stripImageFile } from '../src/lib/strip-metadata-fs.ts';

const USAGE = `Usage: npm run strip-exif -- FILE…

Rewrites each image without its EXIF, XMP and IPTC data (where and when it was taken, the camera),
turned upright as its EXIF orientation said and with its colour profile kept. Clean files are left
alone. npm run check lists the images that carry such data.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!parsed.positionals.length) {
    process.stderr.write(`Name at least one image.\n\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of parsed.positionals) {
    try {
      const { removed } = await stripImageFile(file);
      process.stdout.write(removed.length ? `${file}: removed ${removed.join(', ')}\n` : `${file}: no metadata, left as it was\n`);
    } catch (error) {
      failed++;
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be rewritten: ${(error as Error).message}`;
      process.stderr.write(`${file}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
