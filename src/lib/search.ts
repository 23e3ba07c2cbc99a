/**
 * What the site search (Pagefind) indexes, and how: the pages it finds — published people, stories,
 * open jobs, teams and themes, each in the languages it has its own text in — with the type and the
 * filters of each (team, location, work mode, language), and which files of the built site and of
 * Pagefind's bundle take part. Pure: the pages mark themselves with these records, and the build's
 * indexer (search-index-fs.ts) reads the marks back from the HTML.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** What a search result is; shown beside each result and a filter of the search page. */
export const SEARCH_TYPES = ['job', 'story', 'person', 'team', 'theme'] as const;
/** What a search result is. */
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters of the search page, in their order: the key in the index, the query string and the form. */
export const SEARCH_FILTERS = ['type', 'team', 'location', 'mode', 'language'] as const;
/** A filter of the search page. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The folder of the output that holds the index and Pagefind's script: /pagefind/ under the site's base path. */
export const SEARCH_FOLDER = 'pagefind';

/** What a page tells the index about itself. */
export interface SearchRecord {
  /** What the page is. */
  type: SearchType;
  /** Filter values (ids and language codes), by filter; the type is added by the page. */
  filters: Partial<Record<Exclude<SearchFilter, 'type'>, string[]>>;
}

/** The attributes of an indexed page's content: spread `body` on each element whose text is indexed, `title` on its <h1>. */
export interface SearchMarks {
  /** data-pagefind-body: this element's text is in the index. */
  body: Record<string, string>;
  /** data-pagefind-weight 10: the page's title weighs more than its body (1) and than headings inside it (h2: 6). */
  title: Record<string, string>;
}

/** The attributes that put a page's content in the index, or none when the page is not indexed: `<header {...marks.body}>`. */
export function searchMarks(record: SearchRecord | undefined): SearchMarks {
  return record ? { body: { 'data-pagefind-body': '' }, title: { 'data-pagefind-weight': '10' } } : { body: {}, title: {} };
}

/** "nl-BE" → "nl": the language filter holds primary language codes. */
function primary(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** An entry as a page in one language shows it: whether that language has no text of its own (`fallback`) and the languages that have. */
interface Localized {
  fallback: boolean;
  versions: readonly string[];
}

/** A person's profile, found by name, role, quote, bio, team and place; not on a page in a language the profile has no text in. */
export function personRecord(person: Localized & { data: { team: string; location: string; languages: readonly string[] } }): SearchRecord | undefined {
  if (person.fallback) return undefined;
  const d = person.data;
  return { type: 'person', filters: { team: [d.team], location: [d.location], language: unique(d.languages.map(primary)) } };
}

/** A story, with the teams and places of the people who tell it; not on a page in a language it has no text in. */
export function storyRecord(story: Localized, tellers: readonly { data: { team: string; location: string } }[]): SearchRecord | undefined {
  if (story.fallback) return undefined;
  return {
    type: 'story',
    filters: { team: unique(tellers.map((a) => a.data.team)), location: unique(tellers.map((a) => a.data.location)), language: unique(story.versions.map(primary)) },
  };
}

/** An open job; a closed job, and a job on a page in a language it has no text in, are not found. */
export function jobRecord(job: Localized & { data: { team: string; locations: readonly string[]; workMode: string } }, closed: boolean): SearchRecord | undefined {
  if (closed || job.fallback) return undefined;
  const d = job.data;
  return { type: 'job', filters: { team: [d.team], location: unique(d.locations), mode: [d.workMode], language: unique(job.versions.map(primary)) } };
}

/** A team's page. */
export function teamRecord(team: { id: string }): SearchRecord {
  return { type: 'team', filters: { team: [team.id] } };
}

/** A theme's page. */
export function themeRecord(): SearchRecord {
  return { type: 'theme', filters: {} };
}

/** Every filter value of a record as `[filter, value]` pairs, the type first, for `data-pagefind-filter="key:value"`. */
export function searchFilterPairs(record: SearchRecord): [SearchFilter, string][] {
  return [['type', record.type], ...SEARCH_FILTERS.flatMap((key) => (key === 'type' ? [] : (record.filters[key] ?? []).map((value): [SearchFilter, string] => [key, value])))];
}

/** Whether a built page is in the index: it marks some of its content with data-pagefind-body. */
export function isIndexedPage(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(html);
}

/**
 * The site path of a page's file in the output folder (a path with forward slashes), as the index
 * links to it: "fr/jobs/x/index.html" → "/fr/jobs/x/", each name percent-encoded as a link needs.
 */
export function pageUrlOf(file: string): string {
  const path = `/${file.split('/').map(encodeURIComponent).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Whether a file Pagefind makes belongs in the site: its script, worker, WebAssembly, entry file and
 * index, not its ready-made interfaces (pagefind-ui.js and the like, 400 KB the site does not use).
 */
export function isBundleFile(file: string): boolean {
  return !/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file) && !file.startsWith('playground/');
}

/**
 * The key of an index: the indexer's version and every indexed page's path and the digest of what
 * the indexer reads of it (pageDigest). Equal keys give the same index, so a build whose indexed
 * pages did not change keeps the last index.
 */
export function searchIndexKey(version: string, pages: readonly { file: string; digest: string }[]): string {
  const hash = createHash('sha256').update(`pagefind ${version}\n`);
  for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) hash.update(`${page.file}\0${page.digest}\0`);
  return hash.digest('base64url');
}

/**
 * The digest of what Pagefind reads of a page, for searchIndexKey: an edit elsewhere on the page (a
 * listing, the header, a share link) leaves it as it was, so the index is not made again. Pagefind
 * (pagefind/src/fossick/parser.rs) reads the `<html lang>`, the `<title>`, the first `<h1>`, the first
 * image after a title, and the elements with a `data-pagefind-*` attribute, whose content it indexes
 * or takes its filters and metadata from. The digest covers a little more, so that it never misses a
 * change the index would show: every image from the first `<h1>` or metadata on, and each of those
 * elements as written, tags, ids and ignored parts included.
 */
export function pageDigest(html: string): string {
  const parts: string[] = [];
  let depth = 0;
  // While open: the outermost element with a data-pagefind-* attribute, the first <h1>, the <title>.
  let marked: { depth: number; start: number } | undefined;
  let heading: { depth: number; start: number } | undefined;
  let title: { depth: number; start: number } | undefined;
  let headingSeen = false;
  let titleSeen = false;
  // Whether a title (the first <h1>, or metadata) came: Pagefind takes the first image after one.
  let afterTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        const start = parser.startIndex;
        if (name === 'html') parts.push(`lang ${attributes.lang ?? ''}`);
        if (name === 'title' && !titleSeen) {
          titleSeen = true;
          title = { depth, start };
        }
        const hasMark = Object.keys(attributes).some((a) => a.startsWith('data-pagefind-'));
        if (hasMark && !marked) marked = { depth, start };
        if (hasMark && 'data-pagefind-meta' in attributes) afterTitle = true;
        if (name === 'h1' && !headingSeen) {
          headingSeen = afterTitle = true;
          heading = { depth, start };
        }
        if (name === 'img' && afterTitle) parts.push(html.slice(start, parser.endIndex + 1));
      },
      onclosetag() {
        const end = parser.endIndex + 1;
        if (marked?.depth === depth) {
          parts.push(html.slice(marked.start, end));
          marked = undefined;
        }
        if (heading?.depth === depth) {
          parts.push(html.slice(heading.start, end));
          heading = undefined;
        }
        if (title?.depth === depth) {
          parts.push(html.slice(title.start, end));
          title = undefined;
        }
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  // An element left open by a page cut short counts to the end.
  for (const open of [marked, heading, title]) if (open) parts.push(html.slice(open.start));
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest('base64url');
}
