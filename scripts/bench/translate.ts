/**
 * Makes generated benchmark content multilingual (`npm run bench -- --languages en,nl,fr`): site.yaml
 * lists the languages and gives its texts and team, location and theme names per language, and about
 * a third of the stories, jobs, profiles, share posts and thank-yous get translation files in one or
 * more of the other languages. Pure, and on its own random stream, so the one-language content of the
 * same seed is unchanged.
 */
import { parse, stringify } from 'yaml';
import { TRANSLATABLE } from '../../src/schemas/fields.ts';
import { countCharacters, LIMITS } from '../../src/schemas/limits.ts';
import { createRandom, type Random } from './random.ts';
import { clipWords } from './text.ts';
import type { GeneratedContent, GeneratedFile } from './generate-content.ts';

/** How a translated text is told apart from its original, per language (the generator writes no real translations). */
const MARKS: Record<string, string> = { en: 'In English', nl: 'In het Nederlands', fr: 'En français', de: 'Auf Deutsch' };

/** The share of entries that get translations. */
export const TRANSLATED_SHARE = 1 / 3;

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** The entry files that can have translations: their collection, and where a translation goes. */
function translatable(path: string): { collection: keyof typeof TRANSLATABLE; translationPath: (lang: string) => string } | undefined {
  const folder = /^(ambassadors|stories)\/([^/]+)\/index\.(mdx?)$/.exec(path);
  if (folder) return { collection: folder[1] as 'ambassadors' | 'stories', translationPath: (lang) => `${folder[1]}/${folder[2]}/index.${lang}.${folder[3]}` };
  const file = /^(jobs|recognition|share)\/([^/.]+)\.md$/.exec(path);
  if (file) return { collection: file[1] as 'jobs' | 'recognition' | 'share', translationPath: (lang) => `${file[1]}/${file[2]}.${lang}.md` };
  return undefined;
}

/** A text "in" another language: marked, so that pages and cards differ as real translations would; shortened to stay within `max` characters (src/schemas/limits.ts). */
function mark(value: unknown, lang: string, max?: number): unknown {
  if (typeof value === 'string') {
    const suffix = ` (${MARKS[lang] ?? lang})`;
    return max !== undefined && countCharacters(value + suffix) > max ? `${clipWords(value, max - suffix.length)}${suffix}` : `${value}${suffix}`;
  }
  if (Array.isArray(value)) return value.map((v) => mark(v, lang));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'hashtags' ? v : mark(v, lang)]));
  return value;
}

/** The limit of a translatable field, if it has one. */
function limitOf(collection: keyof typeof LIMITS, field: string): number | undefined {
  return (LIMITS[collection] as Record<string, { max: number } | undefined>)[field]?.max;
}

/** site.yaml with `languages` and its display texts per language. */
function translateSite(text: string, languages: readonly string[]): string {
  const [comment, ...rest] = text.split('\n');
  const site = parse(rest.join('\n')) as Record<string, unknown>;
  const perLanguage = (value: unknown, max?: number) => (typeof value === 'string' ? Object.fromEntries(languages.map((lang, i) => [lang, i === 0 ? value : (mark(value, lang, max) as string)])) : value);
  const { lang: _lang, ...others } = site;
  const translated = {
    ...others,
    languages,
    tagline: perLanguage(site.tagline, LIMITS.site.tagline.max),
    description: perLanguage(site.description, LIMITS.site.description.max),
    teams: (site.teams as Record<string, unknown>[]).map((t) => ({ ...t, name: perLanguage(t.name, LIMITS.site.teamName.max), description: perLanguage(t.description, LIMITS.site.teamDescription.max) })),
    locations: (site.locations as Record<string, unknown>[]).map((l) => ({ ...l, name: perLanguage(l.name, LIMITS.site.locationName.max) })),
  };
  return `${comment}\n${stringify(translated, { lineWidth: 0 })}`;
}

/** The generated content in several languages (the first is the default); unchanged for one language. */
export function translateContent(content: GeneratedContent, languages: readonly string[], seed: number): GeneratedContent {
  if (languages.length < 2) return content;
  const rng: Random = createRandom(seed).fork('translations');
  const files: GeneratedFile[] = [];
  let translations = 0;
  for (const file of content.files) {
    if (!('text' in file)) {
      files.push(file);
      continue;
    }
    if (file.path === 'site.yaml') {
      files.push({ path: file.path, text: translateSite(file.text, languages) });
      continue;
    }
    if (file.path === 'themes.yaml') {
      const themes = parse(file.text) as Record<string, unknown>[];
      const perLanguage = (value: unknown, max: number) => Object.fromEntries(languages.map((lang, i) => [lang, i === 0 ? value : mark(value, lang, max)]));
      files.push({ path: file.path, text: stringify(themes.map((t) => ({ ...t, label: perLanguage(t.label, LIMITS.themes.label.max), description: perLanguage(t.description, LIMITS.themes.description.max) })), { lineWidth: 0 }) });
      continue;
    }
    files.push(file);
    const kind = translatable(file.path);
    const match = kind && FRONT_MATTER.exec(file.text);
    if (!kind || !match || !rng.chance(TRANSLATED_SHARE)) continue;
    const data = parse(match[1]!) as Record<string, unknown>;
    const own = typeof data.lang === 'string' ? data.lang : languages[0]!;
    const others = languages.filter((lang) => lang !== own);
    for (const lang of rng.sample(others, rng.int(1, others.length))) {
      const fields = Object.fromEntries(TRANSLATABLE[kind.collection].filter((field) => data[field] !== undefined).map((field) => [field, field === 'hashtags' ? data[field] : mark(data[field], lang, limitOf(kind.collection, field))]));
      const body = match[2]!.trim() ? `${MARKS[lang] ?? lang}.\n\n${match[2]!.trim()}\n` : '';
      files.push({ path: kind.translationPath(lang), text: `---\n${stringify(fields, { lineWidth: 0 })}---\n${body}` });
      translations++;
    }
  }
  return { ...content, files, counts: { ...content.counts, translations } };
}
