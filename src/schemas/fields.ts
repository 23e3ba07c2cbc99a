import { z } from 'astro/zod';
import { refuseImageName, type ImageUse } from '../lib/images/formats.ts';
import { countCharacters, describeTooLong, type TextLimit } from './limits.ts';

/** How a schema asks for an image: Astro's `image()` in the build, a plain path in the checker. */
export type ImageField = () => z.ZodType;

/** A plain path to an image beside the entry, as the checker sees it. */
export const imagePath: ImageField = () => z.string().min(1, 'must be a path to an image beside this file');

/**
 * An image field that takes only the formats the table of src/lib/images/formats.ts gives it: a
 * file in another format is refused by its name, before the build reads or copies it.
 */
export const checkedImage = <I extends z.ZodType>(image: () => I, use: ImageUse, field: string) =>
  z
    .string({ error: 'must be a path to an image beside this file' })
    .superRefine((value, ctx) => {
      const refusal = refuseImageName(use, value.trim(), { field });
      if (refusal) ctx.addIssue({ code: 'custom', message: refusal.message });
    })
    .pipe(image() as unknown as z.ZodType<z.output<I>, string>);

/** An id of another entry (ambassador, job, story, team, location, theme): lowercase letters, digits and dashes. */
export const id = () =>
  z
    .string({ error: 'must be an id like "sofie-peeters"' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id in lowercase letters, digits and dashes, like "sofie-peeters"');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO date string; a day that does not exist (2025-02-30) gives an invalid Date instead of rolling over. */
function parseIsoDate(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? new Date(value) : new Date(Number.NaN);
}

/** A calendar date, written as 2025-03-14 (YAML dates and ISO strings both accepted). */
export const date = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && ISO_DATE.test(value.trim()) ? parseIsoDate(value.trim()) : value),
    z.date({ error: 'must be a date written as YYYY-MM-DD, like 2025-03-14' }).refine((d) => !Number.isNaN(d.getTime()), {
      error: 'must be a real date written as YYYY-MM-DD, like 2025-03-14',
    }),
  );

/** An absolute http(s) URL. */
export const url = () =>
  z
    .string({ error: 'must be a web address starting with https://' })
    .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), 'must be a web address starting with https://');

/** An e-mail address without anything a mailto: link could misread (spaces, quotes, ?, &, angle brackets). */
export const EMAIL_ADDRESS = /^[^\s@<>()"',;:?&\\/]+@[^\s@<>()"',;:?&\\/]+\.[^\s@<>()"',;:?&\\/]+$/;

/** A public e-mail address, like jobs@example.com. */
export const email = () =>
  z.string({ error: 'must be an e-mail address like jobs@example.com' }).trim().regex(EMAIL_ADDRESS, 'must be an e-mail address like jobs@example.com');

/**
 * A way to reach a person: an https:// link (a LinkedIn message link, a booking page) or an e-mail
 * address (a leading mailto: is allowed). src/lib/contact.ts turns it into a link.
 */
export const contactRoute = () =>
  z
    .string({ error: 'must be a link starting with https:// or an e-mail address' })
    .trim()
    .refine(
      (value) => /^https:\/\/[^\s/$.?#][^\s]*$/i.test(value) || EMAIL_ADDRESS.test(value.replace(/^mailto:/i, '')),
      'must be a link starting with https:// (a LinkedIn message link, a booking page) or an e-mail address like sofie@example.com',
    );

/** The form of a language code: two or three lowercase letters, optionally a country ("fr-BE"). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** A BCP 47 language code such as "en", "nl" or "fr-BE". */
export const lang = () =>
  z
    .string({ error: 'must be a language code like "en", "nl" or "fr"' })
    .regex(LANGUAGE_CODE, 'must be a language code like "en", "nl" or "fr-BE"');

/** A list of ids, written as a YAML list; a single id is accepted too. */
export const idList = () => z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(id()));

/** A check that rejects a text longer than its limit (src/schemas/limits.ts), giving the length, the limit and the fix. */
export const maxCharacters = (limit: TextLimit) => (value: string, ctx: z.RefinementCtx) => {
  const length = countCharacters(value);
  if (length > limit.max) ctx.addIssue({ code: 'custom', message: describeTooLong(length, limit) });
};

/** Non-empty text on one line, at most `limit` characters when given. */
export const text = (what = 'text', limit?: TextLimit) => {
  const schema = z.string({ error: `must be ${what}` }).trim().min(1, `must not be empty`);
  return limit ? schema.superRefine(maxCharacters(limit)) : schema;
};

/** Text of at most `limit` characters, which may be empty. */
export const shortText = (limit: TextLimit) => z.string().superRefine(maxCharacters(limit));

/** A hex colour like #0b5fff. */
export const colour = () =>
  z.string({ error: 'must be a colour like "#0b5fff"' }).regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'must be a colour like "#0b5fff"');

/** The social networks a post can be shared on. */
export const NETWORKS = ['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email'] as const;
/** A social network a post can be shared on. */
export type Network = (typeof NETWORKS)[number];

/**
 * Lets an object-level rule run even when other fields failed, as long as the fields it reads are
 * valid, so that the checker reports every problem in one run (Zod skips refinements after a failed field by default).
 */
export const whenValid = (...fields: string[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
});

/** Display text in one or several languages: `"Ghent"`, or `{ en: "Ghent", nl: "Gent", fr: "Gand" }`. */
export type LocalText = string | Record<string, string>;

/** Display text that may be given per language (site.yaml, themes.yaml), each at most `limit` characters when given; a missing language falls back to the default one's. */
export const localText = (what = 'text', limit?: TextLimit) => {
  const one = () => {
    const schema = z.string({ error: `must be ${what}` }).trim().min(1, 'must not be empty');
    return limit ? schema.superRefine(maxCharacters(limit)) : schema;
  };
  return z.union(
    [one(), z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language code like "en", "nl" or "fr"'), one())],
    { error: `must be ${what}, or one per language like { en: "…", nl: "…", fr: "…" }` },
  );
};

/**
 * The fields of a collection that a translation file (`index.<lang>.md`, `<slug>.<lang>.md`) may hold;
 * everything else (identity, consent, status, dates, references) lives only in the main file.
 */
export const TRANSLATABLE = {
  ambassadors: ['role', 'pronouns', 'quote', 'photoAlt'],
  stories: ['title', 'summary', 'coverAlt', 'share'],
  jobs: ['title', 'salaryNote'],
  recognition: ['title', 'from'],
  share: ['title', 'variants', 'imageAlt', 'hashtags'],
} as const;

/**
 * A translation's front matter: the main schema's translatable fields and nothing else. Fields the main
 * file must have stay required (a French page needs a French title), except those named in `optional`;
 * defaults are dropped, so that a field a translation leaves out keeps the main file's value.
 */
export function translationSchemaOf<S extends z.ZodObject>(main: S, fields: readonly string[], optional: readonly string[] = []) {
  const shape = main.shape as Record<string, z.ZodType>;
  const picked: Record<string, z.ZodType> = {};
  for (const field of fields) {
    let schema = shape[field]!;
    const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
    if (def.type === 'default' && def.innerType) schema = def.innerType.optional();
    else if (optional.includes(field)) schema = schema.optional();
    picked[field] = schema;
  }
  return z.object(picked).strict();
}
