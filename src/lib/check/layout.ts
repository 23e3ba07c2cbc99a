/**
 * Which files of the content folder the site reads, mirroring the loaders of src/content.config.ts,
 * and what is wrong with the ones it does not read: nothing may be dropped without a word.
 */
import { COLLECTION_DIRS } from '../content-dir.ts';
import { IMAGE_FILE } from '../images/formats.ts';

/** The collections made of one file per entry. */
export type EntryCollection = keyof typeof COLLECTION_DIRS;

/** A file that a collection loads as an entry. */
export interface EntryFile {
  /** The collection. */
  collection: EntryCollection;
  /** The entry's id: its folder name (ambassadors, stories) or file name without .md. */
  id: string;
  /** The path inside the content folder, with forward slashes. */
  path: string;
  /** For a translation (`index.fr.md`, `<slug>.fr.md`): its language. */
  lang?: string;
}

/** What the part before `.md` of a translation's name looks like: a language code (`fr`, `nl-BE`). */
const LANGUAGE_LIKE = /^[a-z]{2,3}(?:-[a-z]{2})?$/i;

/** A file no collection reads, with what to do about it. */
export interface StrayFile {
  /** The path inside the content folder (a folder ends with /). */
  path: string;
  /** error when content would be silently lost, warning for other files. */
  severity: 'error' | 'warning';
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** The content folder sorted out. */
export interface Layout {
  /** site.yaml, when present. */
  site?: string;
  /** themes.yaml, when present. */
  themes?: string;
  /** Every entry file, in path order. */
  entries: EntryFile[];
  /** Image files, wherever they are (used only when an entry points at them). */
  images: string[];
  /** Files that no collection reads. */
  strays: StrayFile[];
}

const MARKDOWN_LIKE = /\.(?:md|mdx|markdown|mdown|mkdn?|mdwn|mdtxt|txt|yaml|yml|json|toml|html?)$/i;
/** Files editors and operating systems leave behind; never content. */
const IGNORED = /(?:^|\/)(?:\.[^/]*|Thumbs\.db|desktop\.ini)(?:\/|$)/i;
/** Documentation for people editing the folder, where no collection would read it as an entry. */
const ROOT_DOCS = /^readme\.md$/i;

/** Whether a path names an image file, of a format the site takes or not (src/lib/images/formats.ts). */
export function isImagePath(path: string): boolean {
  return IMAGE_FILE.test(path);
}

const dirs = Object.values(COLLECTION_DIRS) as string[];
const collectionOfDir = new Map(Object.entries(COLLECTION_DIRS).map(([collection, dir]) => [dir as string, collection as EntryCollection]));
/** Collections with one folder per entry (`<slug>/index.md`); the others have one file per entry (`<slug>.md`). */
const FOLDER_COLLECTIONS = new Set<EntryCollection>(['ambassadors', 'stories']);

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/** Sorts the files of a content folder (relative paths, forward slashes) into entries, images and strays. */
export function sortContentFiles(files: readonly string[], display: (path: string) => string = (p) => p): Layout {
  const layout: Layout = { entries: [], images: [], strays: [] };
  const stray = (path: string, message: string, hint: string, severity: StrayFile['severity'] = 'error') => layout.strays.push({ path, severity, message, hint });
  /** Folders of folder collections → what they hold, to find folders without an index file. */
  const folders = new Map<string, { collection: EntryCollection; hasIndex: boolean; hasStrayText: boolean }>();

  for (const path of [...files].sort()) {
    if (IGNORED.test(path)) continue;
    const parts = path.split('/');
    const name = parts.at(-1)!;
    const isText = MARKDOWN_LIKE.test(name);
    if (isImagePath(name)) layout.images.push(path);

    if (parts.length === 1) {
      if (name === 'site.yaml') layout.site = path;
      else if (name === 'themes.yaml') layout.themes = path;
      else if (/^(site|themes)\.(yml|json|toml)$/i.test(name) || /^(site|themes)\.yaml$/i.test(name)) {
        stray(path, 'is not read: the file must be called exactly ' + `${stem(name).toLowerCase()}.yaml.`, `Rename it to ${stem(name).toLowerCase()}.yaml.`);
      } else if (ROOT_DOCS.test(name) || isImagePath(name)) continue;
      else if (isText) stray(path, 'is not read by any collection.', `Only site.yaml, themes.yaml and images are read at the top of the content folder; move it into ${dirs.join('/, ')}/ or remove it.`);
      else stray(path, 'is not used by the site.', 'Remove it, or move it out of the content folder.', 'warning');
      continue;
    }

    const collection = collectionOfDir.get(parts[0]!);
    if (!collection) {
      if (isImagePath(name)) continue;
      stray(path, `is not read: no collection reads the folder "${parts[0]}/".`, `Move it into ${dirs.join('/, ')}/, or remove it.`, isText ? 'error' : 'warning');
      continue;
    }
    const dir = parts[0]!;

    if (FOLDER_COLLECTIONS.has(collection)) {
      const accepted = collection === 'stories' ? ['index.md', 'index.mdx'] : ['index.md'];
      if (parts.length === 2) {
        if (isImagePath(name) || ROOT_DOCS.test(name)) continue; // a README here is documentation: no glob reads it
        stray(path, `is not read: each ${singular(collection)} is a folder with an index file.`, isText ? `Move it to ${display(`${dir}/${stem(name)}/index.md`)}.` : `Move it into the folder of the ${singular(collection)} it belongs to, or remove it.`, isText ? 'error' : 'warning');
        continue;
      }
      const folder = `${dir}/${parts[1]}/`;
      const info = folders.get(folder) ?? { collection, hasIndex: false, hasStrayText: false };
      folders.set(folder, info);
      if (parts.length === 3 && accepted.includes(name)) {
        info.hasIndex = true;
        layout.entries.push({ collection, id: parts[1]!, path });
        continue;
      }
      // A translation: index.<lang>.md (index.<lang>.mdx for stories) beside the main file.
      const translation = parts.length === 3 ? /^index\.([^.]+)\.(mdx?)$/.exec(name) : null;
      if (translation && LANGUAGE_LIKE.test(translation[1]!) && (translation[2] === 'md' || collection === 'stories')) {
        // A folder with a translation but no main file: the checker says so of the translation itself.
        info.hasIndex = true;
        layout.entries.push({ collection, id: parts[1]!, path, lang: translation[1]! });
        continue;
      }
      if (parts.length > 3 && isImagePath(name)) continue;
      if (isImagePath(name)) continue;
      if (!isText) {
        stray(path, 'is not used by the site.', 'Remove it, or move it out of the content folder.', 'warning');
        continue;
      }
      info.hasStrayText = true;
      if (collection === 'ambassadors' && /^index\.(?:[^.]+\.)?mdx$/.test(name)) {
        stray(path, 'is not read: ambassador profiles are plain Markdown, not MDX.', `Rename it to ${name.replace(/\.mdx$/, '.md')} and remove any components or imports from it.`);
      } else if (parts.length === 3 && /^index\./i.test(name)) {
        stray(path, `is not read: the file must be called ${accepted.join(' or ')}.`, `Rename it to ${accepted[0]}.`);
      } else {
        stray(path, `is not read: only ${accepted.join(' or ')} is read in ${display(folder)}.`, `Move its text into ${display(folder + accepted[0])}, or remove it.`);
      }
      continue;
    }

    // One file per entry: jobs/<slug>.md, recognition/<slug>.md, share/<slug>.md
    if (parts.length === 2 && name.endsWith('.md')) {
      // <slug>.<lang>.md is a translation of <slug>.md.
      const [, slug, lang] = /^(.+)\.([^.]+)$/.exec(stem(name)) ?? [];
      if (slug && lang && LANGUAGE_LIKE.test(lang)) layout.entries.push({ collection, id: slug, path, lang });
      else layout.entries.push({ collection, id: stem(name), path });
      continue;
    }
    if (isImagePath(name)) continue;
    if (!isText) {
      stray(path, 'is not used by the site.', 'Remove it, or move it out of the content folder.', 'warning');
      continue;
    }
    if (parts.length === 2) {
      stray(path, `is not read: ${dir}/ only reads .md files.`, `Rename it to ${stem(name)}.md${/\.mdx$/i.test(name) ? ' and remove any components or imports' : ''}.`);
    } else {
      const slug = /^index\.mdx?$/i.test(name) && parts.length === 3 ? parts[1]! : stem(name);
      stray(path, `is not read: each ${singular(collection)} is one file directly in ${dir}/.`, `Move it to ${display(`${dir}/${slug}.md`)}.`);
    }
  }

  for (const [folder, info] of folders) {
    if (info.hasIndex || info.hasStrayText) continue;
    const index = info.collection === 'stories' ? 'index.md or index.mdx' : 'index.md';
    stray(folder, `has no ${index}, so this ${singular(info.collection)} is not on the site.`, `Add ${display(`${folder}index.md`)} (npm run new makes one), or remove the folder.`);
  }
  return layout;
}

/** "ambassador", "story", "job", "thank-you", "share post". */
export function singular(collection: EntryCollection): string {
  return { ambassadors: 'ambassador', stories: 'story', jobs: 'job', recognition: 'thank-you', share: 'share post' }[collection];
}
