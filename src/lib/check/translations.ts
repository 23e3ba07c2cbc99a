/**
 * The checker's rules for a site in several languages (DESIGN §9): translation files (a main file
 * beside them, a language of the site, only translatable fields, one file per language), display
 * texts given per language in site.yaml and themes.yaml, and the translation coverage line.
 */
import type { z } from 'astro/zod';
import { ambassadorTranslationSchema, imagePath, jobTranslationSchema, recognitionTranslationSchema, shareTranslationSchema, storyTranslationSchema, TRANSLATABLE } from '../../schemas/index.ts';
import { languageName } from '../format.ts';
import type { SiteLanguages } from '../languages.ts';
import type { EntryCollection } from './layout.ts';
import { singular } from './layout.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { describeIssues, fieldsAt, formatPath, formatValue } from './zod-problems.ts';

/** Each collection's translation schema, as the checker parses it. */
export const TRANSLATION_SCHEMAS: Record<EntryCollection, z.ZodType> = {
  ambassadors: ambassadorTranslationSchema(imagePath),
  stories: storyTranslationSchema(imagePath),
  jobs: jobTranslationSchema,
  recognition: recognitionTranslationSchema,
  share: shareTranslationSchema(imagePath),
};

/** A translation file as the checker read it. */
export interface TranslationFile {
  collection: EntryCollection;
  /** The id of the entry it translates. */
  id: string;
  /** Its language, from its name. */
  lang: string;
  /** Its path inside the content folder. */
  path: string;
  /** Its path as shown. */
  file: string;
  /** Its front matter, when readable. */
  raw?: Record<string, unknown>;
  /** The line of a field. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** What the translation rules need of the main files. */
export interface MainFiles {
  /** The main entry of a collection and id (any case), with its file as shown and its `lang` field. */
  get(collection: EntryCollection, id: string): { file: string; lang?: unknown } | undefined;
  /** Every field a main file of the collection may have. */
  fieldsOf(collection: EntryCollection): readonly string[];
}

/** The main file a translation belongs beside, e.g. stories/x/index.md or jobs/y.md. */
export function mainPathOf(t: Pick<TranslationFile, 'collection' | 'path'>): string {
  return t.collection === 'ambassadors' || t.collection === 'stories' ? t.path.replace(/index\.[^/]+$/, 'index.md') : t.path.replace(/\.[^./]+\.md$/, '.md');
}

const list = (fields: readonly string[]) => (fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`);

/**
 * Every problem of the translation files: missing main file, language not of the site, same
 * language as the main file, two files for one language, fields that belong in the main file, and
 * the schema's own rules. `display` shows a content path as people see it.
 */
export function checkTranslations(files: readonly TranslationFile[], mains: MainFiles, languages: SiteLanguages | undefined, display: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string, hint: string, line?: number) =>
    problems.push({ file, ...(line !== undefined ? { line } : {}), field, severity: 'error', message, hint });
  const seen = new Map<string, TranslationFile>();

  for (const t of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const what = singular(t.collection);
    const main = mains.get(t.collection, t.id);
    if (!main) {
      report(t.file, '', `is a translation, but its ${what} has no main file ${display(mainPathOf(t))}.`, `Add ${display(mainPathOf(t))} with the ${what}'s own fields (npm run new makes one), or move this file beside the ${what} it translates.`);
    }
    if (languages && !languages.codes.includes(t.lang)) {
      const fix = languages.multilingual
        ? `${didYouMean(t.lang, [...languages.codes])}The site's languages are listed in site.yaml (languages: [${languages.codes.join(', ')}]): add ${t.lang} there, or rename the file.`
        : `This site has one language (${languages.defaultLang}). To publish translations, list the languages in site.yaml, e.g. languages: [${languages.defaultLang}, ${t.lang}].`;
      report(t.file, '', `is in ${formatValue(t.lang)}, which is not a language of this site.`, fix);
    } else if (main && languages) {
      const own = typeof main.lang === 'string' ? main.lang : languages.defaultLang;
      if (own === t.lang) {
        report(t.file, '', `is in ${t.lang}, the language of ${main.file} itself.`, `A translation is in another language: put this text in ${main.file}, or rename the file to the language it is written in.`);
      }
    }
    const key = `${t.collection}/${t.id.toLowerCase()}/${t.lang}`;
    const first = seen.get(key);
    if (first) report(t.file, '', `is a second ${t.lang} translation of the same ${what}, beside ${first.file}.`, 'Keep one of the two files.');
    else seen.set(key, t);

    if (!t.raw) continue;
    const translatable: readonly string[] = TRANSLATABLE[t.collection];
    const mainFields = new Set(mains.fieldsOf(t.collection));
    const mainFile = display(mainPathOf(t));
    const own: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(t.raw)) {
      if (!translatable.includes(field) && mainFields.has(field)) {
        report(t.file, field, `belongs in ${mainFile}: a translation holds only ${list(translatable)}.`, `Remove it from this file; ${mainFile} gives it for every language.`, t.lineOf?.([field]));
      } else own[field] = value;
    }
    const schema = TRANSLATION_SCHEMAS[t.collection];
    const parsed = schema.safeParse(own);
    if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, { file: t.file, data: own, schema, lineOf: t.lineOf ?? (() => undefined), where: 'the front matter' }));
  }
  return problems;
}

/** Display texts of site.yaml and themes.yaml given per language, as found in the raw files. */
export interface LocalTextField {
  /** The file as shown. */
  file: string;
  /** The field's path, e.g. ["teams", 0, "name"]. */
  path: readonly PropertyKey[];
  /** The raw value: a string, or a map of language → text. */
  value: unknown;
  /** Its line. */
  line?: number;
}

/** Every language of a per-language text must be a language of the site, and the default language must be there. */
export function checkLocalTexts(fields: readonly LocalTextField[], languages: SiteLanguages): Problem[] {
  const problems: Problem[] = [];
  for (const { file, path, value, line } of fields) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) continue;
    const field = formatPath(path);
    for (const code of Object.keys(value)) {
      if (!languages.codes.includes(code)) {
        problems.push({ file, ...(line !== undefined ? { line } : {}), field, severity: 'error', message: `has a text in ${formatValue(code)}, which is not a language of this site.`, hint: `${didYouMean(code, [...languages.codes])}The site's languages are ${languages.codes.join(', ')} (languages in site.yaml).` });
      }
    }
    if (!(languages.defaultLang in value)) {
      problems.push({ file, ...(line !== undefined ? { line } : {}), field, severity: 'error', message: `has no text in ${languages.defaultLang}, the default language.`, hint: `Add ${languages.defaultLang}: … — it is shown wherever a language has no text of its own.` });
    }
  }
  return problems;
}

/** A main entry and the languages it has its own text in, for the coverage line. */
export interface CoverageEntry {
  collection: EntryCollection;
  /** The languages with its own text: its original and its translations. */
  languages: readonly string[];
}

const COVERED: { collection: EntryCollection; noun: string }[] = [
  { collection: 'stories', noun: 'stories' },
  { collection: 'jobs', noun: 'jobs' },
  { collection: 'ambassadors', noun: 'profiles' },
];

/** "French: 5 of 12 stories, 3 of 8 jobs, 2 of 15 profiles", one line per language of a multilingual site. */
export function translationCoverage(entries: readonly CoverageEntry[], languages: SiteLanguages): string[] {
  if (!languages.multilingual) return [];
  return languages.codes.map((code) => {
    const parts = COVERED.map(({ collection, noun }) => {
      const all = entries.filter((e) => e.collection === collection);
      return `${all.filter((e) => e.languages.includes(code)).length} of ${all.length} ${noun}`;
    });
    const name = languageName(code, 'en');
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${parts.join(', ')}`;
  });
}

/** Fields of a main schema, for "belongs in the main file". */
export function fieldsOfSchema(schema: z.ZodType): string[] {
  return fieldsAt(schema, []);
}
