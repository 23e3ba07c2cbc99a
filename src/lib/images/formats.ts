/**
 * The one table of image formats: which files each image field takes, what is said about the
 * others, and which files the build may emit. The checker (src/lib/check/), the schemas
 * (src/schemas/fields.ts), the build (src/content.config.ts, src/integrations/) and `npm run new`
 * read it, so that they cannot disagree.
 *
 * Contributors' images are untrusted. Photos, covers and share images are pictures that Astro's
 * sharp service both reads and writes (JPEG, PNG, WebP, AVIF; every page shows them re-encoded as
 * WebP). GIF and TIFF, which it only reads, are refused: a GIF has 256 colours and may move, TIFF
 * is a print format that browsers do not show, and each decoder the build runs on a stranger's file
 * is one more place for a bug. SVG is a document that can carry scripts: only the site logo, which
 * the comms team owns, may be one, and it is published sanitised (sanitise-svg.ts).
 */

/** A format the table knows. */
export interface ImageFormat {
  /** What people call it, e.g. "JPEG". */
  label: string;
  /** File name endings in lowercase, without the dot; the first is the usual one. */
  extensions: readonly string[];
  /** What sharp's metadata() calls a file of this format (and, for HEIF files, their compression). */
  sharp?: { format: string; compression?: string };
  /** Which fields take it: every image field, only the site logo, or none. */
  accepted: 'all' | 'logo' | 'none';
  /** Why it is refused, said after what a field takes. */
  why?: string;
  /** "an" where the label needs it ("an SVG file"). */
  article?: 'an';
  /** A document of an editing program rather than a picture: a stray one is not taken for an image. */
  document?: true;
}

/** Every format, accepted first; the order is the order of the lists in messages. */
export const IMAGE_FORMATS = {
  jpeg: { label: 'JPEG', extensions: ['jpg', 'jpeg'], sharp: { format: 'jpeg' }, accepted: 'all' },
  png: { label: 'PNG', extensions: ['png'], sharp: { format: 'png' }, accepted: 'all' },
  webp: { label: 'WebP', extensions: ['webp'], sharp: { format: 'webp' }, accepted: 'all' },
  avif: { label: 'AVIF', article: 'an', extensions: ['avif'], sharp: { format: 'heif', compression: 'av1' }, accepted: 'all' },
  svg: { label: 'SVG', article: 'an', extensions: ['svg'], sharp: { format: 'svg' }, accepted: 'logo', why: 'SVG can carry scripts and is not accepted here' },
  heic: { label: 'HEIC', extensions: ['heic', 'heif', 'hif'], sharp: { format: 'heif', compression: 'hevc' }, accepted: 'none', why: "HEIC, the iPhone camera's format, is not shown by most browsers" },
  jfif: { label: 'JFIF', extensions: ['jfif', 'jpe'], accepted: 'none', why: 'the build reads JPEG files only when their name ends in .jpg or .jpeg' },
  gif: { label: 'GIF', extensions: ['gif'], sharp: { format: 'gif' }, accepted: 'none', why: 'a GIF has only 256 colours and may move' },
  tiff: { label: 'TIFF', extensions: ['tif', 'tiff'], sharp: { format: 'tiff' }, accepted: 'none', why: 'TIFF is a print format that browsers do not show' },
  bmp: { label: 'BMP', extensions: ['bmp', 'dib'], accepted: 'none' },
  ico: { label: 'icon', article: 'an', extensions: ['ico', 'icns', 'cur'], accepted: 'none' },
  jxl: { label: 'JPEG XL', extensions: ['jxl'], sharp: { format: 'jxl' }, accepted: 'none' },
  jp2: { label: 'JPEG 2000', extensions: ['jp2', 'j2k', 'jpx', 'jpf'], sharp: { format: 'jp2' }, accepted: 'none' },
  psd: { label: 'Photoshop', extensions: ['psd', 'psb'], accepted: 'none', document: true },
  pdf: { label: 'PDF', extensions: ['pdf'], sharp: { format: 'pdf' }, accepted: 'none', document: true },
  vector: { label: 'Illustrator or EPS', article: 'an', extensions: ['ai', 'eps'], accepted: 'none', document: true },
  raw: { label: 'camera raw', extensions: ['dng', 'cr2', 'cr3', 'nef', 'arw', 'orf', 'rw2', 'raf', 'srw', 'pef'], accepted: 'none' },
} as const satisfies Record<string, ImageFormat>;

/** A format's key in the table. */
export type ImageFormatId = keyof typeof IMAGE_FORMATS;

/** The image fields, by what they hold: a person's photo, a story's cover, any other picture (share posts, bodies), the site logo. */
export const IMAGE_USES = {
  photo: { noun: 'photo', a: 'a', svg: false },
  cover: { noun: 'cover', a: 'a', svg: false },
  image: { noun: 'image', a: 'an', svg: false },
  logo: { noun: 'logo', a: 'a', svg: true },
} as const;

/** What an image field holds. */
export type ImageUse = keyof typeof IMAGE_USES;

const ROWS = Object.entries(IMAGE_FORMATS) as [ImageFormatId, ImageFormat][];
const BY_EXTENSION = new Map(ROWS.flatMap(([id, row]) => row.extensions.map((ext) => [ext, id] as const)));

/** The file name endings of every picture format of the table (accepted or not), for telling image files from others. */
export const IMAGE_FILE = new RegExp(`\\.(?:${ROWS.filter(([, row]) => !row.document).flatMap(([, row]) => row.extensions).join('|')})$`, 'i');

/** Whether a field takes a format. */
export function accepts(use: ImageUse, format: ImageFormatId): boolean {
  const { accepted } = IMAGE_FORMATS[format] as ImageFormat;
  return accepted === 'all' || (accepted === 'logo' && IMAGE_USES[use].svg);
}

/** The formats a field takes, in table order. */
export function acceptedFormats(use: ImageUse): ImageFormatId[] {
  return ROWS.filter(([id]) => accepts(use, id)).map(([id]) => id);
}

/** The file name endings a field takes, e.g. ["jpg", "jpeg", "png", "webp", "avif"]. */
export function acceptedExtensions(use: ImageUse): string[] {
  return acceptedFormats(use).flatMap((id) => IMAGE_FORMATS[id].extensions);
}

/** The format a file name says, from its ending; undefined for an ending the table does not know. */
export function formatOfPath(file: string): ImageFormatId | undefined {
  const ext = /\.([^./\\]+)$/.exec(file.split(/[?#]/)[0]!)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : BY_EXTENSION.get(ext);
}

/** The format a file really is, from what sharp's metadata() read; undefined when the table does not know it. */
export function formatOfSharp(format: string | undefined, compression?: string): ImageFormatId | undefined {
  if (format === 'heif') return compression === 'av1' ? 'avif' : 'heic';
  return ROWS.find(([, row]) => row.sharp?.format === format)?.[0];
}

/** Whether a field takes the file a path names, judged by its ending. */
export function acceptsPath(use: ImageUse, file: string): boolean {
  const format = formatOfPath(file);
  return format !== undefined && accepts(use, format);
}

/** "JPEG, PNG, WebP or AVIF". */
function listOf(labels: readonly string[]): string {
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');
}

/** What a field takes, as said in messages: "a photo must be a picture file (JPEG, PNG, WebP or AVIF)". */
export function describeAccepted(use: ImageUse): string {
  const { noun, a, svg } = IMAGE_USES[use];
  const pictures = listOf(acceptedFormats(use).filter((id) => id !== 'svg').map((id) => IMAGE_FORMATS[id].label));
  return `${a} ${noun} must be ${svg ? 'an SVG or ' : ''}a picture file (${pictures})`;
}

/** A problem with an image file: what is wrong and how to fix it. */
export interface ImageRefusal {
  /** What is wrong, starting with the value as written. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** How a refusal is worded. */
export interface RefusalOptions {
  /** The field, as written in the file ("photo"). */
  field: string;
  /** The value as shown in messages; the value in quotes by default. */
  shown?: string;
  /** The project's command that converts this very file, when it can read it. */
  convert?: string;
  /** How a fixed reference looks, e.g. "![what it shows](./image.jpg)"; "field: ./photo.jpg" by default. */
  example?: (file: string) => string;
}

const named = (format: ImageFormatId) => {
  const row: ImageFormat = IMAGE_FORMATS[format];
  return `${row.article ?? 'a'} ${row.label} file`;
};

/**
 * Why a field refuses a file, judged by its name, or undefined when the name is one it takes: e.g.
 * `"./photo.svg" is an SVG file: a photo must be a picture file (JPEG, PNG, WebP or AVIF); SVG can
 * carry scripts and is not accepted here.`
 */
export function refuseImageName(use: ImageUse, value: string, options: RefusalOptions): ImageRefusal | undefined {
  const format = formatOfPath(value);
  if (format !== undefined && accepts(use, format)) return undefined;
  const shown = options.shown ?? JSON.stringify(value);
  if (format === undefined) return { message: `${shown} is not a picture file: ${describeAccepted(use)}.`, hint: hintFor(use, undefined, options) };
  const { why }: ImageFormat = IMAGE_FORMATS[format];
  return { message: `${shown} is ${named(format)}: ${describeAccepted(use)}${why ? `; ${why}` : ''}.`, hint: hintFor(use, format, options) };
}

/**
 * Why a field refuses a file whose content is another format than its name says (an SVG or an
 * iPhone photo renamed .jpg), or undefined when the content is fine for the field.
 */
export function refuseImageContent(use: ImageUse, value: string, actual: ImageFormatId, options: RefusalOptions): ImageRefusal | undefined {
  const shown = options.shown ?? JSON.stringify(value);
  const really = `${shown} is really ${named(actual)}, whatever its name says`;
  if (!accepts(use, actual)) {
    const { why }: ImageFormat = IMAGE_FORMATS[actual];
    return { message: `${really}: ${describeAccepted(use)}${why ? `; ${why}` : ''}.`, hint: hintFor(use, actual, options) };
  }
  // A picture under another picture's ending is harmless; but the build tells an SVG logo by its name.
  if ((actual === 'svg') === (formatOfPath(value) === 'svg')) return undefined;
  const ending = IMAGE_FORMATS[actual].extensions[0];
  return { message: `${really}, and the build tells an SVG from a picture by the name.`, hint: `Rename the file to end in .${ending}, and write the new name here, like ${exampleOf(use, ending, options)}.` };
}

/** "photo: ./photo.jpg", or the caller's example. */
function exampleOf(use: ImageUse, ending: string, options: RefusalOptions): string {
  const file = `./${IMAGE_USES[use].noun}.${ending}`;
  return options.example ? options.example(file) : `${options.field}: ${file}`;
}

/** How to get a file the field takes instead of one of `format`. */
function hintFor(use: ImageUse, format: ImageFormatId | undefined, options: RefusalOptions): string {
  const { noun } = IMAGE_USES[use];
  const command = options.convert ? ` Or run ${options.convert}, which writes a copy it can use beside it.` : '';
  if (format === 'heic') {
    return (
      'On the phone: set Settings › Camera › Formats to "Most Compatible" so that the camera saves JPEGs, or share the photo as a JPEG ' +
      '(e-mailing it to yourself from the Photos app sends a JPEG). On a Mac: open it in Preview, then File › Export › Format: JPEG.' +
      command +
      ` Then write the JPEG's name here, like ${exampleOf(use, 'jpg', options)}.`
    );
  }
  if (format === 'jfif') return `It is a JPEG: rename the file to end in .jpg, and write the new name here, like ${exampleOf(use, 'jpg', options)}.`;
  return `Save or export the ${noun} as a JPEG or PNG file, put it beside this file and write its name here, like ${exampleOf(use, use === 'logo' ? 'png' : 'jpg', options)}.${command}`;
}
