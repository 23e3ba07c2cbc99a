/**
 * `npm run convert-photo -- FILE…` writes a JPEG (or a PNG, for a picture with transparency) beside
 * each picture the site refuses: GIF, TIFF, SVG, .jfif, and HEIF files this machine can decode.
 * Exit 0 when every file was converted, 1 otherwise, 2 on a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConvertError, convertPicture } from '../src/lib/images/convert-fs.ts';

const HELP = `Usage: npm run convert-photo -- <file> [<file> …]

Writes a JPEG copy of each picture beside it (a PNG when the picture has transparency), with the
same name and a new ending, for a photo, cover or share image in a format the site does not take
(GIF, TIFF, SVG, .jfif, and HEIC/HEIF files this machine can decode). The copy keeps no EXIF data.
Then point the entry at the copy (photo: ./photo.jpg) and delete the original.

Exit codes: 0 converted, 1 a file could not be converted, 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  let positionals: string[];
  let values: { help?: boolean };
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: { help: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(HELP);
    return 2;
  }
  let failed = 0;
  for (const file of positionals) {
    try {
      const made = await convertPicture(path.resolve(file));
      const shown = path.join(path.dirname(file), path.basename(made.output));
      console.log(`Wrote ${shown} (${made.width}×${made.height} ${made.format === 'png' ? 'PNG' : 'JPEG'}). Point the entry at ./${path.basename(made.output)} instead of ./${path.basename(file)}, and delete ${path.basename(file)}.`);
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      failed++;
      console.error(error.message);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
