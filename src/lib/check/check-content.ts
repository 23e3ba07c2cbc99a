/**
 * The content checker (DESIGN §3, §8): every file of the content folder through the same schemas
 * as the build, plus the rules across files, images and publication. Pure: the folder is read
 * through a `ContentSource`, "today" is an argument.
 */
import path from 'node:path/posix';
import type { z } from 'astro/zod';
import { ambassadorSchema, imagePath, jobSchema, recognitionSchema, shareSchema, siteSchema, storySchema, themeSchema } from '../../schemas/index.ts';
import { countCharacters, LIMITS, tooLong } from '../../schemas/limits.ts';
import { LANGUAGE_CODE } from '../../schemas/fields.ts';
import { checkOverlay, isOverlayFile, type AtsJobsKnown } from './ats-jobs.ts';
import { isImagePath, singular, sortContentFiles, type EntryCollection, type EntryFile } from './layout.ts';
import { sanitiseSvg, SvgError, type SanitisedSvg } from '../images/sanitise-svg.ts';
import { accepts, acceptsPath, describeAccepted, formatOfPath, formatOfSharp, refuseImageContent, refuseImageName, type ImageUse } from '../images/formats.ts';
import { containsHtml, findRawHtml, findScriptLinks, isScriptUrl } from './markdown-safety.ts';
import { findMdxProblems } from './mdx.ts';
import type { Problem, Severity } from './problem.ts';
import { sortProblems } from './problem.ts';
import { checkPublication, type ValidEntries } from './publication.ts';
import { didYouMean, type Candidate } from './suggest.ts';
import { parseMarkdown, parseYaml, type YamlError, type YamlSource } from './yaml-source.ts';
import { describeIssues, formatPath, formatValue } from './zod-problems.ts';
import { isListPageNumber, makeUniqueSlug } from '../slug.ts';
import { hasInterfaceText } from '../../i18n/index.ts';
import { resolveLanguages, type SiteLanguages } from '../languages.ts';
import { checkLocalTexts, checkTranslations, translationCoverage, type CoverageEntry, type LocalTextField } from './translations.ts';
import { buildCatalog } from '../catalog.ts';
import { fieldsAt } from './zod-problems.ts';
import { entryPaths, findSharedHandles, siteLanguages } from './identity.ts';
import { NotUtf8Error } from './encoding.ts';
import { checkShareLengths } from './share-length.ts';
import { checkPayTransparency } from './pay-transparency.ts';

/** An image's size, as read from its header. */
export interface ImageInfo {
  /** Width in pixels. */
  width?: number;
  /** Height in pixels. */
  height?: number;
  /** The format the file really is, as sharp names it (jpeg, png, heif, svg …). */
  format?: string;
  /** How a HEIF file is compressed: av1 (an AVIF picture) or hevc (an iPhone photo). */
  compression?: string;
  /** Metadata the file carries, in words (src/lib/image-metadata.ts): "EXIF data with a GPS position" …; empty or absent when clean. */
  metadata?: string[];
}

/** How the checker reads a content folder (see check-fs.ts for the file system). */
export interface ContentSource {
  /** Every file of the folder, relative, with forward slashes. */
  files: readonly string[];
  /** Reads a text file; rejects with NotUtf8Error (encoding.ts) when it is not UTF-8. */
  readText(file: string): Promise<string>;
  /** Reads an image's header; rejects when the file is not an image. */
  readImage(file: string): Promise<ImageInfo>;
  /** Whether `npm run convert-photo` can read the whole picture (sharp decodes it here); offered only then. */
  canDecode?(file: string): Promise<boolean>;
}

/** What the check needs besides the files. */
export interface CheckOptions {
  /** The build's "today" (VAANDEL_NOW or the clock), for jobs, stories and share windows. */
  today: Date;
  /** How the content folder is shown in messages, e.g. "content" or "tests/fixtures/check/base". */
  label: string;
  /** The jobs of the ATS that site.yaml names in jobs.source, when known (from --fetch or the last build's fetch). */
  ats?: AtsJobsKnown;
  /**
   * Whether image files are opened: their format, size, metadata and, for an SVG logo, what its
   * published form leaves out (true unless set). The report needs none of it, and reading thousands
   * of images costs seconds: without, each image is judged by its file name alone.
   */
  readImages?: boolean;
  /** How an SVG logo is sanitised: sanitiseSvg unless set; the build passes one that keeps its result for the next build. */
  sanitiseSvg?: (text: string) => SanitisedSvg | Promise<SanitisedSvg>;
}

/** The outcome of a check. */
export interface CheckResult {
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  /** How many files were looked at. */
  files: number;
  /** How many entries (site, themes, ambassadors, stories, jobs, thank-yous, share posts) were read. */
  entries: number;
  /** Lines of information for people, not problems: the translation coverage of a site in several languages. */
  notes?: string[];
}

/** A photo must be at least this many pixels wide and high. */
export const MIN_PHOTO_SIZE = 400;
/** Covers and share images narrower than this look blurry on cards (1200×630): a warning. */
export const MIN_COVER_WIDTH = 1200;

/** An entry after reading its file. */
interface Loaded extends EntryFile {
  /** The file as shown to people. */
  file: string;
  /** Its front matter, when it could be read. */
  source?: YamlSource;
  /** The raw front matter (undefined when unreadable). */
  raw?: Record<string, unknown>;
  /** The Markdown body and its first line. */
  body: string;
  bodyLine: number;
  /** The parsed data, when the schema accepted it. */
  data?: unknown;
}

type Schema = z.ZodType;
const SCHEMAS: Record<EntryCollection, Schema> = {
  ambassadors: ambassadorSchema(imagePath),
  stories: storySchema(imagePath),
  jobs: jobSchema,
  recognition: recognitionSchema,
  share: shareSchema(imagePath),
};
const SITE_SCHEMA = siteSchema(imagePath);

/** Image fields per collection: the field, its size rule, and what it holds (which formats it takes). */
const IMAGE_FIELDS: Partial<Record<EntryCollection, { field: string; kind: 'photo' | 'cover'; use: ImageUse }[]>> = {
  ambassadors: [{ field: 'photo', kind: 'photo', use: 'photo' }],
  stories: [{ field: 'cover', kind: 'cover', use: 'cover' }],
  share: [{ field: 'image', kind: 'cover', use: 'image' }],
};

/** Whether a field holds a path that checkImage() judges (then the schema's word on it is not repeated). */
const hasImagePath = (raw: Record<string, unknown>, field: string) => typeof raw[field] === 'string' && raw[field].trim() !== '';

type RefKind = 'team' | 'location' | 'theme' | 'ambassador' | 'job' | 'story';
/** Fields that name other entries, per collection. */
const REFERENCES: Record<EntryCollection, { field: string; kind: RefKind }[]> = {
  ambassadors: [
    { field: 'team', kind: 'team' },
    { field: 'location', kind: 'location' },
    { field: 'themes', kind: 'theme' },
  ],
  stories: [
    { field: 'ambassadors', kind: 'ambassador' },
    { field: 'themes', kind: 'theme' },
    { field: 'jobs', kind: 'job' },
  ],
  jobs: [
    { field: 'team', kind: 'team' },
    { field: 'locations', kind: 'location' },
    { field: 'ambassadors', kind: 'ambassador' },
  ],
  recognition: [{ field: 'ambassadors', kind: 'ambassador' }],
  share: [
    { field: 'themes', kind: 'theme' },
    { field: 'story', kind: 'story' },
    { field: 'job', kind: 'job' },
  ],
};

/** Ids in lowercase letters, digits and dashes, as references and URLs need them. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The id a file or folder name should have: lowercase, accents dropped, dashes between words. */
export function toId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Each field may appear only once: remove or merge the repeated line.',
  BLOCK_AS_IMPLICIT_KEY: 'A value that contains ": " must be in quotes, like title: "Data: the new oil".',
  MULTILINE_IMPLICIT_KEY: 'Check the indentation: each field starts on its own line, and values that contain ": " need quotes.',
  MISSING_CHAR: 'Close the quote or bracket that was opened on this line or just above it.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Check the indentation, and that every [ and { is closed.',
};

/** What a check read: the parts of the content folder that passed their schemas, for tools that use the content (the programme report). */
export interface CheckedContent {
  /** site.yaml after its schema, when it is valid. */
  site?: z.infer<typeof SITE_SCHEMA>;
  /** site.yaml as written, when it could be read (for fields the schema does not know yet). */
  siteRaw?: Record<string, unknown>;
  /** The themes that passed their schema, in the order of themes.yaml. */
  themes: z.infer<typeof themeSchema>[];
  /** The entries that passed their schema. */
  entries: ValidEntries;
  /** The translation files beside the entries (`index.<lang>.md`, `<slug>.<lang>.md`): which entry, which language. */
  translations: { collection: EntryCollection; id: string; lang: string }[];
  /** Every file of the folder, relative, with forward slashes. */
  files: readonly string[];
}

/** Checks a whole content folder and returns every problem found. */
export async function checkContent(source: ContentSource, options: CheckOptions): Promise<CheckResult> {
  return (await readCheckedContent(source, options)).result;
}

/** Checks a whole content folder like checkContent, and also returns what passed the schemas. */
export async function readCheckedContent(source: ContentSource, options: CheckOptions): Promise<{ result: CheckResult; content: CheckedContent }> {
  const problems: Problem[] = [];
  const display = (p: string) => (options.label && options.label !== '.' ? `${options.label}/${p}` : p);
  const report = (file: string, severity: Severity, field: string, message: string, hint: string, line?: number) =>
    problems.push({ file, ...(line !== undefined ? { line } : {}), field, severity, message, hint });
  const unreadable = (file: string) => {
    report(display(file), 'error', '', 'cannot be read.', 'Check that it is a file you may read, saved as UTF-8 text.');
    return undefined;
  };
  const read = (file: string) =>
    source.readText(file).catch((error: unknown) => {
      if (!(error instanceof NotUtf8Error)) return unreadable(file);
      report(display(file), 'error', '', `is not saved as UTF-8: the site would show "�" in place of a character near "${error.near}".`, 'Save the file as UTF-8 (in most editors: Save with encoding → UTF-8), then check again.', error.line);
      return undefined;
    });

  const layout = sortContentFiles(source.files, display);
  const readImages = options.readImages !== false;
  /** Each image's header is read once, for the image fields and the metadata check. */
  const imageReads = new Map<string, Promise<ImageInfo>>();
  const readImage = (file: string) => {
    let read = imageReads.get(file);
    if (!read) imageReads.set(file, (read = source.readImage(file)));
    return read;
  };
  const fileSet = new Set(source.files);

  // Read and parse every text file at once.
  const [siteText, themesText, texts] = await Promise.all([
    layout.site ? read(layout.site) : undefined,
    layout.themes ? read(layout.themes) : undefined,
    Promise.all(layout.entries.map((e) => read(e.path))),
  ]);

  const yamlErrors = (file: string, errors: YamlError[]) => {
    for (const error of errors) {
      const hint = error.commentedParent
        ? `The "# ${error.commentedParent}:" line above is still commented out: remove its "# " too, so that this indented line belongs to ${error.commentedParent}:.`
        : (YAML_HINTS[error.code] ?? 'Check the YAML on this line: indent with spaces, and put values containing ": " or " #" in quotes.');
      report(file, 'error', '', `has a YAML syntax error: ${error.message}.`, hint, error.line);
    }
  };

  // site.yaml and themes.yaml
  const siteFile = display('site.yaml');
  const themesFile = display('themes.yaml');
  let siteRaw: Record<string, unknown> | undefined;
  let siteData: z.infer<typeof SITE_SCHEMA> | undefined;
  let siteSource: YamlSource | undefined;
  if (!layout.site) {
    report(siteFile, 'error', '', 'is missing.', 'Every site needs site.yaml: the company name, URL, colours, teams and locations. Copy the one from the demo content and edit it.');
  } else if (siteText !== undefined) {
    siteSource = parseYaml(siteText);
    yamlErrors(siteFile, siteSource.errors);
    if (!siteSource.errors.length) {
      if (!isRecord(siteSource.data)) {
        report(siteFile, 'error', '', 'does not hold fields.', 'Write one "field: value" per line, like name: Brugwerk.', 1);
      } else {
        siteRaw = siteSource.data;
        const parsed = SITE_SCHEMA.safeParse(siteRaw);
        if (parsed.success) siteData = parsed.data;
        else {
          const issues = parsed.error.issues.filter((issue) => !(issue.path.length === 1 && issue.path[0] === 'logo' && hasImagePath(siteRaw!, 'logo')));
          problems.push(...describeIssues(issues, { file: siteFile, data: siteRaw, schema: SITE_SCHEMA, lineOf: siteSource.lineOf, where: siteFile }));
        }
        if (typeof siteRaw.url === 'string') problems.push(...checkSiteUrl(siteRaw.url, siteFile, siteSource.lineOf(['url'])));
      }
    }
  }

  let themeItems: Record<string, unknown>[] | undefined;
  const validThemes: z.infer<typeof themeSchema>[] = [];
  let themesSource: YamlSource | undefined;
  if (!layout.themes) {
    report(themesFile, 'error', '', 'is missing.', 'Create themes.yaml with the share themes, one "- id: …" item with a label and a description each (e.g. culture, tech, hiring).');
  } else if (themesText !== undefined) {
    const themes = parseYaml(themesText);
    themesSource = themes;
    yamlErrors(themesFile, themes.errors);
    if (!themes.errors.length) {
      if (!Array.isArray(themes.data)) {
        report(themesFile, 'error', '', 'is not a list of themes.', 'Write each theme as a list item: "- id: culture" followed by indented label: and description: lines.', 1);
      } else {
        themeItems = themes.data.filter(isRecord);
        const seen = new Map<string, number>();
        themes.data.forEach((item, index) => {
          if (!isRecord(item)) {
            report(themesFile, 'error', '', `item ${index + 1} is not a theme.`, 'Write each theme as "- id: …" with label: and description: indented below it.', themes.lineOf([index]));
            return;
          }
          const parsed = themeSchema.safeParse(item);
          if (parsed.success) validThemes.push(parsed.data);
          else problems.push(...describeIssues(parsed.error.issues, { file: themesFile, data: themes.data, schema: themeSchema, lineOf: themes.lineOf, where: 'this theme', basePath: [index] }));
          if (typeof item.id === 'string') {
            const first = seen.get(item.id.toLowerCase());
            if (first !== undefined) report(themesFile, 'error', 'id', `"${item.id}" is listed twice (first as item ${first + 1}).`, 'Give each theme its own id, or merge the two.', themes.lineOf([index, 'id']));
            else seen.set(item.id.toLowerCase(), index);
          }
        });
      }
    }
  }

  // With jobs.source in site.yaml, a job file whose slug is an ATS job's (or that has no title) is an overlay.
  const atsSource = isRecord(siteRaw?.jobs) && typeof siteRaw.jobs.source === 'string' ? siteRaw.jobs.source : undefined;

  // Entries
  const loaded: Loaded[] = layout.entries.map((entry, index) => {
    const text = texts[index];
    const file = display(entry.path);
    const md = parseMarkdown(text ?? '');
    const item: Loaded = { ...entry, file, body: md.body, bodyLine: md.bodyLine };
    if (text === undefined) {
      // reported as unreadable
    } else if (md.toml) {
      report(file, 'error', '', 'has TOML front matter (+++).', 'Write the front matter in YAML between two lines of ---.', md.frontMatterLine);
    } else if (md.unclosed) {
      report(file, 'error', '', `opens its front matter with --- on line ${md.frontMatterLine}, but no --- line closes it.`, 'Add a line with only --- after the last field, before the text.', md.frontMatterLine);
    } else if (!text.trim()) {
      report(file, 'error', '', 'is empty.', `Write its fields between two lines of ---, like a ${singular(entry.collection)} made with npm run new, or remove the file.`, 1);
    } else if (!md.frontMatter) {
      report(file, 'error', '', 'has no front matter.', `Start the file with its fields between two lines of ---, like a ${singular(entry.collection)} made with npm run new.`, 1);
    } else {
      item.source = md.frontMatter;
      yamlErrors(file, md.frontMatter.errors);
      if (!md.frontMatter.errors.length) {
        const data = md.frontMatter.data;
        if (data === null || data === undefined) item.raw = {};
        else if (isRecord(data)) item.raw = data;
        else report(file, 'error', '', 'has front matter that is not a list of fields.', 'Write one "field: value" per line between the two lines of ---.', md.frontMatterLine);
      }
    }
    return item;
  });

  // Ids: valid, and one entry per address: no two entries whose pages would be at the same path
  // once capitals, accents, spaces and punctuation are set aside (in any language), nor index.md next to index.mdx.
  const byCollection = new Map<EntryCollection, Map<string, Loaded>>();
  const addressLanguages = siteLanguages(siteRaw);
  /** Folded addresses (and, for thank-yous, folded file names) → the entry that has them. */
  const claimed = new Map<string, Loaded>();
  // Usable ids first, so that of "sofie-peeters" and "Sofie-Peeters" the second is the one reported.
  const mains = loaded.filter((e) => e.lang === undefined);
  const idOrder = [...mains].sort((a, b) => Number(!ID.test(a.id)) - Number(!ID.test(b.id)) || a.path.localeCompare(b.path));
  for (const entry of idOrder) {
    const ids = byCollection.get(entry.collection) ?? new Map<string, Loaded>();
    byCollection.set(entry.collection, ids);
    const key = entry.id.toLowerCase();
    const first = ids.get(key);
    if (first && first.id === entry.id) {
      report(entry.file, 'error', '', `has the same id "${entry.id}" as ${first.file}.`, 'Keep one of the two files: a story is either index.md or index.mdx.');
      continue;
    }
    const folded = toId(entry.id) || key;
    const paths = entryPaths(entry.collection, folded, addressLanguages);
    const keys = [...paths, `${entry.collection}/${folded}`];
    const clash = keys.map((k) => claimed.get(k)).find((e) => e !== undefined);
    if (clash) {
      const free = makeUniqueSlug(folded, (candidate) => claimed.has(`${entry.collection}/${candidate}`));
      const kind = entry.collection === 'ambassadors' || entry.collection === 'stories' ? 'folder' : 'file';
      const name = `"${free}${kind === 'file' ? '.md' : ''}"`;
      const same = paths[0] ? `the same address as ${clash.file} (${paths[0]})` : `the same name as ${clash.file}`;
      report(
        entry.file,
        'error',
        '',
        `has the id "${entry.id}", ${same} once capitals, accents, spaces and punctuation are set aside.`,
        entry.collection === 'ambassadors'
          ? `Keep one profile per person: if both are the same person, merge them into one folder; otherwise rename this folder to ${name}.`
          : `Give each ${singular(entry.collection)} its own name: rename this ${kind} to ${name}, or remove one of the two.`,
      );
      continue;
    }
    for (const k of keys) claimed.set(k, entry);
    ids.set(key, entry);
    if (!ID.test(entry.id)) {
      const kind = entry.collection === 'ambassadors' || entry.collection === 'stories' ? 'folder' : 'file';
      report(
        entry.file,
        'error',
        '',
        `has the id "${entry.id}", which is not usable in web addresses and references.`,
        `Rename the ${kind} to "${folded || 'a-name-like-this'}${kind === 'file' ? '.md' : ''}": lowercase letters, digits and dashes only.`,
      );
    } else if (entry.collection === 'stories' && isListPageNumber(entry.id)) {
      report(entry.file, 'error', '', `has the id "${entry.id}", a number: /stories/${entry.id}/ is a page of the story list, so the story would not get its own page.`, `Rename the folder to a name with a word in it, like "story-${entry.id}".`);
    }
  }
  problems.push(
    ...findSharedHandles(
      [...(byCollection.get('ambassadors')?.values() ?? [])].flatMap((e) =>
        typeof e.raw?.github === 'string' ? [{ file: e.file, line: e.source?.lineOf(['github']), handle: e.raw.github }] : [],
      ),
    ),
  );
  const entriesOf = (collection: EntryCollection) => [...(byCollection.get(collection)?.values() ?? [])];

  // What references can point at.
  const targets = buildTargets(siteRaw, themeItems, byCollection, display);
  const usedImages = new Set<string>();
  /** Folders whose entry points an image field at something wrong: an unused image there is that mistake, said once. */
  const foldersWithBadImage = new Set<string>();
  const imageChecks: Promise<void>[] = [];

  const draftStories = new Set(loaded.filter((e) => e.collection === 'stories' && e.lang === undefined && e.raw?.draft === true).map((e) => e.id));
  for (const entry of loaded) {
    if (!entry.raw || !entry.source) continue;
    const { raw, source: src, file } = entry;
    const lineOf = src.lineOf;
    const refPaths = new Set<string>();

    for (const { field, kind } of entry.lang === undefined ? REFERENCES[entry.collection] : []) {
      const target = targets[kind];
      if (!target.known) continue;
      const value = raw[field];
      const items: { id: unknown; path: PropertyKey[] }[] = Array.isArray(value) ? value.map((id, i) => ({ id, path: [field, i] })) : [{ id: value, path: [field] }];
      for (const { id, path: at } of items) {
        if (typeof id !== 'string' && typeof id !== 'number') continue;
        const text = String(id);
        if (target.known.has(text)) continue;
        refPaths.add(formatPath(at));
        if (at.length === 1) refPaths.add(formatPath([field, 0]));
        if (!text.trim()) {
          report(file, 'error', formatPath(at), 'is empty.', `Write the id of ${target.article} ${target.label}. ${target.where}`, lineOf(at));
          continue;
        }
        if (kind === 'job' && atsSource !== undefined) {
          if (options.ats?.slugs.has(text)) continue;
          if (!options.ats) {
            report(file, 'warning', field, `${formatValue(text)} is not a Markdown job, and the jobs of ${atsSource} are not known yet, so it cannot be checked.`, 'Run npm run check -- --fetch to check it against the feed (a build checks it against its last fetch).', lineOf(at));
            continue;
          }
        }
        const suggestion = didYouMean(text, kind === 'job' && options.ats ? [...target.candidates, ...options.ats.slugs] : target.candidates);
        report(file, 'error', field, `${formatValue(text)} is not ${target.article} ${target.label} of this site.`, `${suggestion}${target.where}`, lineOf(at));
      }
    }

    // Raw HTML and scripts: never in ambassadors' files; javascript: links nowhere.
    // A thank-you's message is read whole on its card on the wall.
    if (entry.collection === 'recognition') {
      const message = entry.body.trim();
      const length = countCharacters(message);
      const limit = LIMITS.recognition.message;
      if (length > limit.max) {
        const { what, fix } = tooLong(length, limit);
        const leading = entry.body.slice(0, entry.body.length - entry.body.trimStart().length);
        report(file, 'error', 'body', `the message ${what}.`, `${fix[0]!.toUpperCase()}${fix.slice(1)}.`, entry.bodyLine + leading.split('\n').length - 1);
      }
    }

    const isAmbassador = entry.collection === 'ambassadors';
    const unsafePaths = new Set<string>();
    for (const { path: at, value } of strings(raw)) {
      if (isScriptUrl(value)) report(file, 'error', formatPath(at), `${formatValue(value)} is a javascript: link.`, 'Links must be web addresses starting with https://.', lineOf(at));
      else if (isAmbassador && containsHtml(value)) report(file, 'error', formatPath(at), `${formatValue(value)} contains HTML.`, 'Ambassador profiles are plain text and Markdown: remove the HTML tags.', lineOf(at));
      else continue;
      unsafePaths.add(formatPath(at));
    }

    const overlay = entry.collection === 'jobs' && entry.lang === undefined && atsSource !== undefined && isOverlayFile(entry.id, raw, options.ats);
    const schema = SCHEMAS[entry.collection];
    // A translation's fields are checked with the other translation rules, below.
    const parsed = overlay || entry.lang !== undefined ? undefined : schema.safeParse(raw);
    if (overlay) problems.push(...checkOverlay({ id: entry.id, raw, file, lineOf, source: atsSource!, known: options.ats, siteFile, unsafePaths }));
    else if (!parsed) {
      // a translation
    } else if (parsed.success) entry.data = parsed.data;
    else {
      const imagePaths = new Set((IMAGE_FIELDS[entry.collection] ?? []).filter(({ field }) => hasImagePath(raw, field)).map(({ field }) => field));
      const issues = parsed.error.issues.filter((issue) => {
        const at = formatPath(issue.path);
        return !unsafePaths.has(at) && !(issue.code === 'invalid_format' && refPaths.has(at)) && !(issue.path.length === 1 && imagePaths.has(at));
      });
      problems.push(...describeIssues(issues, { file, data: raw, schema, lineOf, where: 'the front matter' }));
    }

    // Images named in the front matter.
    for (const { field, kind, use } of entry.lang === undefined ? (IMAGE_FIELDS[entry.collection] ?? []) : []) {
      const value = raw[field];
      if (typeof value !== 'string' || !value.trim()) continue;
      imageChecks.push(checkImage({ value, from: entry.path, file, field, kind, use, line: lineOf([field]) }));
    }

    // A story's text: the main file's, and each translation's in its language (drafts may wait for it).
    if (entry.collection === 'stories' && !entry.body.trim() && !draftStories.has(entry.id)) {
      if (entry.lang === undefined) report(file, 'error', 'body', 'is empty: a published story needs its text.', 'Write the story below the last --- line, or set draft: true to keep it back until it is written.', entry.bodyLine);
      else report(file, 'error', 'body', 'is empty: this translation of a published story needs its text.', 'Write the story in this language below the last --- line, or remove the file until it is translated.', entry.bodyLine);
    }
    if (isAmbassador) {
      for (const found of findRawHtml(entry.body, { mdx: entry.path.endsWith('.mdx') })) {
        report(file, 'error', 'body', `contains raw HTML: ${found.snippet}`, 'Ambassador profiles are plain Markdown: remove the HTML and write **bold**, *italic* or [a link](https://…) instead.', entry.bodyLine + found.line - 1);
      }
    }
    // MDX that would stop the build (a story's main file or translation).
    if (entry.path.endsWith('.mdx')) {
      for (const found of findMdxProblems(entry.body)) report(file, 'error', 'body', found.message, found.hint, entry.bodyLine + found.line - 1);
    }
    for (const found of findScriptLinks(entry.body, { mdx: entry.path.endsWith('.mdx') })) {
      report(file, 'error', 'body', `has a ${found.scheme} link: ${found.snippet}`, `Links must be web addresses starting with https://; remove the ${found.scheme} link.`, entry.bodyLine + found.line - 1);
    }

    // Images in the body: they must exist and say what they show.
    for (const image of bodyImages(entry.body)) {
      const resolved = resolveInside(entry.path, image.src);
      if (resolved) usedImages.add(resolved);
      const line = entry.bodyLine + image.line - 1;
      if (image.markdown && resolved && !fileSet.has(resolved)) {
        report(file, 'error', 'body', `shows the image ${formatValue(image.src)}, which does not exist.`, `${didYouMean(image.src, siblings(entry.path, layout.images, image.src))}Put the image beside ${file}, or correct the name.`, line);
      }
      if (image.markdown && !image.alt.trim()) {
        report(file, 'warning', 'body', `shows the image ${formatValue(image.src)} without alt text.`, 'Describe the image between the brackets: ![what it shows](…).', line);
      }
      if (resolved && (fileSet.has(resolved) || !acceptsPath('image', image.src))) imageChecks.push(checkBodyImage(image.src, resolved, file, line));
    }
  }

  if (siteRaw && typeof siteRaw.logo === 'string' && siteRaw.logo.trim()) {
    imageChecks.push(checkImage({ value: siteRaw.logo, from: 'site.yaml', file: siteFile, field: 'logo', kind: 'logo', use: 'logo', line: siteSource?.lineOf(['logo']) }));
  }
  await Promise.all(imageChecks);
  // A file an image field names has had its say there (a refused format, such as a PDF photo).
  for (const stray of layout.strays) {
    if (stray.severity === 'warning' && usedImages.has(stray.path)) continue;
    report(display(stray.path), stray.severity, '', stray.message, stray.hint);
  }

  // Metadata in any image of the folder: the site drops it, the repository keeps it.
  const imageMetadata = readImages ? await Promise.all(layout.images.map((image) => readImage(image).then((info) => info.metadata ?? [], () => []))) : [];
  layout.images.forEach((image, i) => {
    const found = imageMetadata[i] ?? [];
    if (!found.length) return;
    const gps = found.some((f) => f.includes('GPS'));
    report(
      display(image),
      'warning',
      '',
      `carries ${formatList(found)}${gps ? ', which tells where it was taken' : ''}. The site never publishes it, but anyone who can open the repository can read it.`,
      `Remove it: npm run strip-exif -- ${display(image)}`,
    );
  });

  const ownerOfFolder = new Map(loaded.filter((e) => e.collection === 'ambassadors' || e.collection === 'stories').map((e) => [path.dirname(e.path), e]));
  // Beside a file whose fields could not be read, an image may be its cover: that file's error comes first.
  const unreadFolders = new Set(loaded.filter((e) => e.raw === undefined).map((e) => path.dirname(e.path)));
  for (const image of layout.images) {
    const dir = path.dirname(image);
    if (usedImages.has(image) || foldersWithBadImage.has(dir) || unreadFolders.has(dir)) continue;
    const owner = ownerOfFolder.get(dir);
    const field = owner?.collection === 'ambassadors' ? 'photo' : 'cover';
    const hint = !acceptsPath(owner ? field : 'logo', image)
      ? `Remove it: ${describeAccepted(owner ? field : 'image')}.`
      : owner
        ? `Point ${field}: in ${owner.file} at it (${field}: ./${path.basename(image)}), or remove the file.`
        : 'Remove it, or point an entry at it.';
    report(display(image), 'warning', '', 'is not used by any entry.', hint);
  }

  // Languages: translation files, per-language texts of site.yaml and themes.yaml, coverage.
  const languages: SiteLanguages | undefined = siteData ? resolveLanguages(siteData) : undefined;
  const translationFiles = loaded.filter((e) => e.lang !== undefined);
  problems.push(
    ...checkTranslations(
      translationFiles.map((t) => ({ collection: t.collection, id: t.id, lang: t.lang!, path: t.path, file: t.file, raw: t.raw, lineOf: t.source?.lineOf })),
      {
        get: (collection, id) => {
          const main = byCollection.get(collection)?.get(id.toLowerCase());
          if (main) return { file: main.file, lang: main.raw?.lang };
          // A job of the ATS (jobs.source) may be translated by a file of its own, like any job.
          return collection === 'jobs' && options.ats?.slugs.has(id) ? { file: `${atsSource} job "${id}"` } : undefined;
        },
        fieldsOf: (collection) => fieldsAt(SCHEMAS[collection], []),
      },
      languages,
      display,
    ),
  );
  let notes: string[] = [];
  /** Each main entry with the languages it has its own text in, for the coverage line (multilingual sites). */
  let coverage: (CoverageEntry & { id: string })[] | undefined;
  if (languages) {
    problems.push(...checkLocalTexts(localTextFields(siteRaw, siteSource, siteFile, themeItems, themesSource, themesFile), languages));
    if (languages.multilingual) {
      for (const code of languages.codes) {
        if (!hasInterfaceText(code)) {
          report(siteFile, 'warning', 'languages', `${formatValue(code)} has no interface text yet: its pages show the buttons, menus and labels in English.`, 'Pages in this language still work; to translate the interface, add a file for it in src/i18n/ (copy en.ts).', siteSource?.lineOf(['languages']));
        }
      }
      const translated = new Map<string, Set<string>>();
      for (const t of translationFiles) {
        if (!languages.codes.includes(t.lang!)) continue;
        const key = `${t.collection}/${t.id.toLowerCase()}`;
        translated.set(key, (translated.get(key) ?? new Set()).add(t.lang!));
      }
      coverage = mains.map((e) => {
        const own = typeof e.raw?.lang === 'string' && languages.codes.includes(e.raw.lang) ? e.raw.lang : languages.defaultLang;
        return { collection: e.collection, id: e.id, languages: [own, ...(translated.get(`${e.collection}/${e.id.toLowerCase()}`) ?? [])] };
      });
      for (const e of mains) {
        // A value that is no language code at all has its error from the schema.
        if (typeof e.raw?.lang === 'string' && LANGUAGE_CODE.test(e.raw.lang) && !languages.codes.includes(e.raw.lang)) {
          report(e.file, 'warning', 'lang', `${formatValue(e.raw.lang)} is not one of the site's languages (${languages.codes.join(', ')}).`, `Its pages are listed as ${languages.defaultLang}, the default language. Write it in one of the site's languages, or add ${e.raw.lang} to languages in site.yaml.`, e.source?.lineOf(['lang']));
        }
      }
    }
  }

  // Publication: what the build would leave out, and the weekly ask cap.
  const valid = (collection: EntryCollection) => entriesOf(collection).filter((e) => e.data !== undefined).map((e) => ({ id: e.id, data: e.data }));
  const validEntries = {
    ambassadors: valid('ambassadors'),
    stories: valid('stories'),
    jobs: valid('jobs'),
    recognition: valid('recognition'),
    share: valid('share'),
  } as ValidEntries;
  const invalidIds = new Set(mains.filter((e) => e.data === undefined).map((e) => `${e.collection}/${e.id}`));
  // What the build would publish today, for the publication warnings and the coverage line.
  const catalog = buildCatalog(validEntries, options.today);
  if (coverage && languages) {
    // What candidates can read today: published profiles and stories, open jobs.
    const shown = new Set([...catalog.ambassadors.map((a) => `ambassadors/${a.id}`), ...catalog.stories.map((s) => `stories/${s.id}`), ...catalog.openJobs.map((j) => `jobs/${j.id}`)]);
    notes = translationCoverage(coverage.filter((e) => shown.has(`${e.collection}/${e.id}`)), languages);
  }
  const locate = (collection: EntryCollection, id: string, at: readonly PropertyKey[]) => {
    const entry = byCollection.get(collection)?.get(id.toLowerCase());
    return entry ? { file: entry.file, line: entry.source?.lineOf(at) } : undefined;
  };
  problems.push(
    ...checkPublication(validEntries, {
      today: options.today,
      catalog,
      askCap: siteData?.askCap,
      siteFile,
      isBroken: (collection, id) => invalidIds.has(`${collection}/${id}`) || !byCollection.get(collection)?.has(id.toLowerCase()),
      locate,
    }),
    ...checkShareLengths(validEntries, {
      // The raw url when another field of site.yaml is wrong: only its host is measured.
      siteUrl: siteData?.url ?? (typeof siteRaw?.url === 'string' && /^https?:\/\/[^\s/]+/i.test(siteRaw.url) ? siteRaw.url : undefined),
      locate,
      translations: translationFiles.flatMap((t) => (t.raw && (t.collection === 'share' || t.collection === 'stories') ? [{ collection: t.collection, id: t.id, file: t.file, raw: t.raw, lineOf: t.source?.lineOf }] : [])),
    }),
    ...(siteData
      ? checkPayTransparency(validEntries.jobs, {
          today: options.today,
          level: siteData.payTransparency,
          countryOf: (location) => siteData.locations.find((l) => l.id === location)?.address.country,
          siteFile,
          locate,
        })
      : []),
  );

  return {
    result: { problems: sortProblems(problems), files: source.files.length, entries: loaded.length + (layout.site ? 1 : 0) + (layout.themes ? 1 : 0), ...(notes.length ? { notes } : {}) },
    content: {
      site: siteData,
      siteRaw,
      themes: validThemes,
      entries: validEntries,
      translations: translationFiles.map((t) => ({ collection: t.collection, id: t.id, lang: t.lang! })),
      files: source.files,
    },
  };

  /** The command that converts a refused picture, when this machine can read that very file. */
  async function convertCommand(resolved: string): Promise<string | undefined> {
    if (!fileSet.has(resolved) || !source.canDecode || !(await source.canDecode(resolved))) return undefined;
    const shown = display(resolved);
    return `npm run convert-photo -- ${/^[\w./@+-]+$/.test(shown) ? shown : `"${shown.replace(/(["\\$`])/g, '\\$1')}"`}`;
  }

  /**
   * The format of an image file, judged by its name and then by its content: undefined when it is
   * refused (and reported), else what the file really is.
   */
  async function checkFormat(target: { value: string; resolved: string; use: ImageUse; field: string; shown: string; example?: (file: string) => string }, fail: (message: string, hint: string) => void) {
    const { value, resolved, use, field, shown, example } = target;
    if (!acceptsPath(use, value)) {
      const refusal = refuseImageName(use, value, { field, shown, example, convert: formatOfPath(value) === 'jfif' ? undefined : await convertCommand(resolved) })!;
      fail(refusal.message, refusal.hint);
      return undefined;
    }
    if (!readImages) return { actual: formatOfPath(value)!, info: {} satisfies ImageInfo };
    let info: ImageInfo;
    try {
      info = await readImage(resolved);
    } catch {
      // An SVG that does not parse: the logo check says where.
      if (formatOfPath(value) === 'svg' && accepts(use, 'svg')) return { actual: 'svg' as const, info: {} };
      fail(`${shown} cannot be read as an image.`, 'Export it again as a JPEG, PNG or WebP file.');
      return undefined;
    }
    const actual = formatOfSharp(info.format, info.compression);
    if (actual === undefined) {
      fail(`${shown} is really a ${info.format ?? 'different'} file, whatever its name says: ${describeAccepted(use)}.`, 'Export it again as a JPEG or PNG file.');
      return undefined;
    }
    // Only a refused format needs the command, and finding it decodes the whole picture.
    const refusal = refuseImageContent(use, value, actual, { field, shown, example, convert: accepts(use, actual) ? undefined : await convertCommand(resolved) });
    if (refusal) {
      fail(refusal.message, refusal.hint);
      return undefined;
    }
    return { actual, info };
  }

  /** Checks an image a body shows: a picture file, never an SVG (which could carry scripts). */
  async function checkBodyImage(src: string, resolved: string, file: string, line: number) {
    const example = (path: string) => `![what it shows](${path})`;
    await checkFormat({ value: src, resolved, use: 'image', field: 'body', shown: `the image ${formatValue(src)}`, example }, (message, hint) => report(file, 'error', 'body', message, hint, line));
  }

  /** Checks one image field: a file inside the content folder, in a format the field takes, big enough; an SVG logo that can be published. */
  async function checkImage(image: { value: string; from: string; file: string; field: string; kind: 'photo' | 'cover' | 'logo'; use: ImageUse; line: number | undefined }) {
    const { file, field, line } = image;
    const value = image.value.trim();
    const fail = (message: string, hint: string, severity: Severity = 'error') => {
      if (severity === 'error') foldersWithBadImage.add(path.dirname(image.from));
      report(file, severity, field, message, hint, line);
    };
    const shown = formatValue(value);
    const fix = `Put the image in the content folder beside ${file} and write its file name, like ./${image.kind === 'photo' ? 'photo.jpg' : image.kind === 'logo' ? 'logo.svg' : 'cover.jpg'}.`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && !/^[a-z]:[\\/]/i.test(value.trim())) {
      fail(`${shown} is a web address, not an image file.`, fix);
      return;
    }
    if (value.startsWith('/') || value.startsWith('\\') || /^[a-z]:[\\/]/i.test(value)) {
      fail(`${shown} is an absolute path, which leaves the content folder.`, fix);
      return;
    }
    const resolved = resolveInside(image.from, value);
    if (!resolved) {
      fail(`${shown} leaves the content folder.`, fix);
      return;
    }
    usedImages.add(resolved);
    if (!fileSet.has(resolved) && acceptsPath(image.use, value)) {
      fail(`${shown} does not exist.`, `${didYouMean(value, siblings(image.from, layout.images, value))}Put the image file beside ${file}, or correct the name.`);
      return;
    }
    const checked = await checkFormat({ value, resolved, use: image.use, field, shown }, fail);
    if (!checked) return;
    const { actual, info } = checked;
    if (actual === 'svg') {
      if (readImages) await checkSvgLogo(await source.readText(resolved).catch(() => undefined), shown, fail, options.sanitiseSvg ?? sanitiseSvg);
      return;
    }
    if (!info.width || !info.height) return;
    const size = `${info.width}×${info.height} pixels`;
    if (image.kind === 'photo' && (info.width < MIN_PHOTO_SIZE || info.height < MIN_PHOTO_SIZE)) {
      fail(`${shown} is ${size}, smaller than ${MIN_PHOTO_SIZE}×${MIN_PHOTO_SIZE}.`, `Use a photo of at least ${MIN_PHOTO_SIZE}×${MIN_PHOTO_SIZE} pixels, so that it stays sharp on profiles and cards.`);
    } else if (image.kind === 'cover' && info.width < MIN_COVER_WIDTH) {
      fail(`${shown} is ${size}, narrower than ${MIN_COVER_WIDTH} pixels.`, `Use an image at least ${MIN_COVER_WIDTH} pixels wide, so that it stays sharp on wide screens and social cards.`, 'warning');
    }
  }
}

/** Checks that an SVG logo can be published, and says what its published form leaves out (src/lib/images/sanitise-svg.ts). */
async function checkSvgLogo(text: string | undefined, shown: string, fail: (message: string, hint: string, severity?: Severity) => void, sanitise: NonNullable<CheckOptions['sanitiseSvg']>) {
  if (text === undefined) {
    fail(`${shown} cannot be read.`, 'Check that it is a file you may read, saved as UTF-8 text.');
    return;
  }
  try {
    const { removed } = await sanitise(text);
    if (removed.length) {
      fail(
        `${shown} has parts that the published logo leaves out: ${removed.join(', ')}.`,
        'The site publishes the logo without scripts, event attributes, foreign objects and references to other files. Remove them from the file, so that the logo you see is the one published.',
        'warning',
      );
    }
  } catch (error) {
    if (!(error instanceof SvgError)) throw error;
    fail(`${shown} cannot be published as an SVG: ${error.message}.`, 'Export the logo again as a plain SVG file from the program that made it, or use a PNG logo.');
  }
}

/** Candidates for "did you mean" and the set of ids for each kind of reference. */
function buildTargets(
  site: Record<string, unknown> | undefined,
  themes: Record<string, unknown>[] | undefined,
  byCollection: Map<EntryCollection, Map<string, Loaded>>,
  display: (p: string) => string,
) {
  const fromList = (list: unknown, nameKey: string) => {
    if (!Array.isArray(list)) return undefined;
    const items = list.filter(isRecord).filter((item) => typeof item.id === 'string');
    return { known: new Set(items.map((item) => item.id as string)), candidates: items.map((item) => ({ value: item.id as string, aliases: typeof item[nameKey] === 'string' ? [item[nameKey] as string] : [] })) };
  };
  const fromEntries = (collection: EntryCollection, nameKey: string) => {
    const entries = [...(byCollection.get(collection)?.values() ?? [])];
    return {
      known: new Set(entries.map((e) => e.id)),
      candidates: entries.map((e): Candidate => ({ value: e.id, aliases: typeof e.raw?.[nameKey] === 'string' ? [e.raw[nameKey] as string] : [] })),
    };
  };
  const site_ = display('site.yaml');
  const target = (label: string, article: string, where: string, found: { known: Set<string>; candidates: Candidate[] } | undefined) => ({ label, article, where, known: found?.known, candidates: found?.candidates ?? [] });
  return {
    team: target('team', 'a', `Teams are listed in ${site_}.`, fromList(site?.teams, 'name')),
    location: target('location', 'a', `Locations are listed in ${site_}.`, fromList(site?.locations, 'name')),
    theme: target('theme', 'a', `Themes are listed in ${display('themes.yaml')}.`, themes ? fromList(themes, 'label') : undefined),
    ambassador: target('ambassador', 'an', `Ambassadors are the folders in ${display('ambassadors/')}.`, fromEntries('ambassadors', 'name')),
    job: target('job', 'a', `Jobs are the files in ${display('jobs/')} (the id is the file name without .md).`, fromEntries('jobs', 'title')),
    story: target('story', 'a', `Stories are the folders in ${display('stories/')}.`, fromEntries('stories', 'title')),
  } satisfies Record<RefKind, unknown>;
}

/**
 * The production URL says where the site lives: its path, if any, is the folder every page is under
 * (https://org.github.io/careers → /careers/…). A trailing slash or a query there is a mistake.
 */
function checkSiteUrl(value: string, file: string, line: number | undefined): Problem[] {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return []; // the schema says it is not a web address
  }
  const problems: Problem[] = [];
  const at = line !== undefined ? { line } : {};
  const base = url.pathname.replace(/\/+$/, '');
  const where = base ? `The path ${base} is the folder the site lives in: every page is under ${url.origin}${base}/…, as on a GitHub Pages project site.` : 'The site lives at the root of its host.';
  if (url.search || url.hash) {
    problems.push({ file, ...at, field: 'url', severity: 'warning', message: `${formatValue(value)} has a query or fragment (${url.search}${url.hash}), which no page address of the site keeps.`, hint: `Write only the address where the site lives: ${url.origin}${base}. ${where}` });
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    problems.push({ file, ...at, field: 'url', severity: 'warning', message: `${formatValue(value)} ends with a slash.`, hint: `Write it without the last slash: ${url.origin}${base}. ${where}` });
  } else if (url.pathname === '/' && value.trim().endsWith('/')) {
    problems.push({ file, ...at, field: 'url', severity: 'warning', message: `${formatValue(value)} ends with a slash.`, hint: `Write it without the last slash: ${url.origin}. ${where}` });
  }
  return problems;
}

/** The display texts of site.yaml and themes.yaml that may be given per language, with where they are. */
function localTextFields(
  site: Record<string, unknown> | undefined,
  siteSource: YamlSource | undefined,
  siteFile: string,
  themes: Record<string, unknown>[] | undefined,
  themesSource: YamlSource | undefined,
  themesFile: string,
): LocalTextField[] {
  const fields: LocalTextField[] = [];
  const add = (file: string, source: YamlSource | undefined, at: PropertyKey[], value: unknown) => {
    if (value !== undefined) fields.push({ file, path: at, value, line: source?.lineOf(at) });
  };
  if (site) {
    for (const key of ['tagline', 'description', 'logoAlt']) add(siteFile, siteSource, [key], site[key]);
    for (const [list, keys] of [['teams', ['name', 'description']], ['locations', ['name']]] as const) {
      const items = site[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (isRecord(item)) for (const key of keys) add(siteFile, siteSource, [list, index, key], item[key]);
      });
    }
  }
  themes?.forEach((theme, index) => {
    for (const key of ['label', 'description']) add(themesFile, themesSource, [index, key], theme[key]);
  });
  return fields;
}

/** The path inside the content folder that `value` names relative to the file `from`, or undefined when it leaves the folder. */
function resolveInside(from: string, value: string): string | undefined {
  const resolved = path.normalize(path.join(path.dirname(from), value.trim().replace(/\\/g, '/')));
  return resolved === '..' || resolved.startsWith('../') || resolved.startsWith('/') ? undefined : resolved;
}

/** The images beside a file, written as a relative path would be, for "did you mean". */
function siblings(from: string, images: readonly string[], written: string): string[] {
  const dir = path.dirname(from);
  const prefix = written.trim().startsWith('./') ? './' : '';
  return images.filter((image) => path.dirname(image) === dir).map((image) => `${prefix}${path.basename(image)}`);
}

/** Every string in the data, with its path. */
function strings(value: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, i]));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
  return [];
}

/** Images a Markdown or MDX body shows: ![alt](src), src="…" and MDX imports. */
function bodyImages(body: string): { src: string; alt: string; line: number; markdown: boolean }[] {
  const found: { src: string; alt: string; line: number; markdown: boolean }[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const local = (src: string) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src) && isImagePath(src.split(/[?#]/)[0]!);
  for (const m of body.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g)) {
    if (local(m[2]!)) found.push({ src: m[2]!, alt: m[1]!, line: lineAt(m.index), markdown: true });
  }
  for (const m of body.matchAll(/(?:\bsrc\s*=\s*["']|\bimport\s+[\w{}\s,*]+\s+from\s+["'])([^"']+)["']/g)) {
    if (local(m[1]!)) found.push({ src: m[1]!, alt: '', line: lineAt(m.index), markdown: false });
  }
  return found;
}

/** "a", "a and b", "a, b and c". */
function formatList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

