/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * getStaticPaths() returns a `cacheKey` equal to the last build's (and whose code is unchanged,
 * which Astro checks itself) is copied from the last build instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, so it hashes:
 * - the build's own facts: "today" (publication rules, closed jobs, the footer's year) and the
 *   resolved site configuration (name, colours, teams, locations …) but for its share themes,
 *   which only some pages show (a story's theme tags, the share kits and their feeds): those pages
 *   name the themes they show, so that renaming a theme renders them again and no others;
 * - every part the route names: the entries it shows, hashed whole (data, body and the content hash
 *   Astro puts in each image's file name, so a replaced photo counts), and any computed data.
 *
 * A route names what it reads; the build test "incremental rebuilds" proves each keyed route against
 * a full build after edits of every kind, including a withdrawn ambassador.
 */
import { createHash } from 'node:crypto';

/** Whether a value is a content entry: an object with a collection name, an id and data. */
function isEntry(value: unknown): value is { collection: string; id: string; data: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { collection?: unknown }).collection === 'string' && typeof (value as { id?: unknown }).id === 'string' && 'data' in value;
}

/** Hashes of entries seen so far (each entry is hashed once per build however many pages show it). */
const entryHashes = new WeakMap<object, string>();
/** Hashes of whole build contexts (site and catalog), one per build. */
const contextHashes = new WeakMap<object, string>();

/**
 * Whether a value is Astro's metadata of an imported image. In the build it is a proxy that marks
 * the image as shown by a page as soon as one of its fields is read, and Astro then keeps the
 * original file in the output; its `fsPath` and `clone` are read without marking.
 */
function isImportedImage(value: unknown): value is { fsPath: string; clone?: object } {
  return typeof value === 'object' && value !== null && typeof (value as { fsPath?: unknown }).fsPath === 'string';
}

/**
 * JSON with Maps and Sets spelled out, entries inside other values replaced by their hash, and
 * images read through their plain copy (the same fields, without marking them as shown).
 */
function toJson(value: unknown, top?: object): string {
  return JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (v !== top && isEntry(v)) return `entry:${hashEntry(v)}`;
    if (isImportedImage(v)) return v.clone ?? v;
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    if (v instanceof URL) return v.href;
    return v;
  });
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** The hash of one entry: everything it holds (its data, body and rendered HTML). */
export function hashEntry(entry: { collection: string; id: string; data: unknown }): string {
  let hash = entryHashes.get(entry);
  if (hash === undefined) {
    hash = sha(`${entry.collection}\0${entry.id}\0${toJson(entry, entry)}`);
    entryHashes.set(entry, hash);
  }
  return hash;
}

/** Site fields that are not in every page's key: a page that shows a theme names it. */
const THEME_FIELDS = { themes: undefined, themeById: undefined };

/** What every page of a build shares: the site configuration (its themes left out) and "today". */
function hashContext(site: object, today: Date): string {
  let hash = contextHashes.get(site);
  if (hash === undefined) {
    hash = sha(toJson({ ...site, ...THEME_FIELDS }));
    contextHashes.set(site, hash);
  }
  return `${today.toISOString().slice(0, 10)}:${hash}`;
}

/**
 * The cacheKey of a page: the build's context plus the parts the page shows (entries, lists of
 * entries, or any other JSON-able data such as a flag or a computed kit). Same parts, same key.
 */
export function pageKey(context: { site: object; today: Date }, ...parts: unknown[]): string {
  const hash = createHash('sha256').update(hashContext(context.site, context.today));
  for (const part of parts.flat(Infinity)) hash.update('\0').update(isEntry(part) ? `entry:${hashEntry(part)}` : toJson(part) ?? 'undefined');
  return hash.digest('base64url').slice(0, 32);
}
