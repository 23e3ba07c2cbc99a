import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { ambassadorSchema, jobEntrySchema, recognitionSchema, shareSchema, siteSchema, storySchema, themeSchema } from './schemas/index.ts';
import { COLLECTION_DIRS, resolveContentDir } from './lib/content-dir.ts';
import { formatOfPath } from './lib/images/formats.ts';
import type { SvgLogoSource } from './lib/images/site-logo.ts';
import { afterContentCheck } from './loaders/after-check.ts';
import { jobsLoader } from './loaders/jobs.ts';
import { translations } from './loaders/translations.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolveContentDir(process.env, process.cwd(), projectRoot);
const base = (folder: string) => pathToFileURL(path.join(contentDir, folder) + path.sep);
/** The folder name of `<slug>/index.md`, or the file name of `<slug>.md`, is the entry's id. */
const slugOf = ({ entry }: { entry: string }) => entry.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, '');
const isSvg = (value: string) => formatOfPath(value.trim()) === 'svg';
/**
 * The site logo: a picture goes through Astro's image pipeline; an SVG never does (Astro would copy
 * the file as it is into dist/), it keeps its name and is published sanitised at /logo.svg
 * (src/lib/images/site-logo-fs.ts, src/data/).
 */
const siteLogo = <I extends z.ZodType>(image: () => I) => () =>
  z.union([z.string().refine(isSvg).transform((file): SvgLogoSource => ({ format: 'svg', file: file.trim() })), z.string().refine((value) => !isSvg(value)).pipe(image() as unknown as z.ZodType<z.output<I>, string>)]);

// Every loader waits for the build's content check, which runs while Astro starts (src/loaders/after-check.ts).
export const collections = afterContentCheck({
  site: defineCollection({
    loader: glob({ pattern: 'site.yaml', base: base('.') }),
    schema: ({ image }) => siteSchema(siteLogo(image)),
  }),
  themes: defineCollection({ loader: file(path.join(contentDir, 'themes.yaml')), schema: themeSchema }),
  ambassadors: defineCollection({
    loader: glob({ pattern: '*/index.md', base: base(COLLECTION_DIRS.ambassadors), generateId: slugOf }),
    schema: ({ image }) => ambassadorSchema(image),
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*/index.{md,mdx}', base: base(COLLECTION_DIRS.stories), generateId: slugOf }),
    schema: ({ image }) => storySchema(image),
  }),
  jobs: defineCollection({
    // Markdown files; with jobs.source in site.yaml, also the jobs of that ATS (src/loaders/).
    loader: jobsLoader({ contentDir, generateId: slugOf }),
    schema: jobEntrySchema,
  }),
  recognition: defineCollection({
    loader: glob({ pattern: ['*.md', '!*.*.md'], base: base(COLLECTION_DIRS.recognition), generateId: slugOf }),
    schema: recognitionSchema,
  }),
  share: defineCollection({
    loader: glob({ pattern: ['*.md', '!*.*.md'], base: base(COLLECTION_DIRS.share), generateId: slugOf }),
    schema: ({ image }) => shareSchema(image),
  }),
  // Translations: sibling files with a language before the extension, holding only translatable
  // fields and a body; src/data/ checks each against its kind's translation schema.
  translations: defineCollection({ loader: translations(base('.')), schema: z.record(z.string(), z.unknown()) }),
});
