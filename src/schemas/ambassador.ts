import { z } from 'astro/zod';
import { checkedImage, contactRoute, date, id, idList, lang, shortText, text, TRANSLATABLE, translationSchemaOf, url, whenValid } from './fields.ts';
import { LIMITS } from './limits.ts';

/** The kinds of working relationship an ambassador can have with the company. */
export const EMPLOYMENT_TYPES = ['employee', 'intern', 'freelancer', 'retiree', 'alumni'] as const;
/** Where an ambassador stands in the program. */
export const AMBASSADOR_STATUSES = ['active', 'paused', 'withdrawn'] as const;
/** Career stages, a facet of the program overview. */
export const SENIORITIES = ['junior', 'medior', 'senior', 'lead', 'executive'] as const;
/** What a person's consent covers once they leave the company. */
export const AFTER_LEAVING = ['end', 'keep'] as const;

/** Personal links, as full URLs. */
export const linksSchema = z
  .object({
    /** LinkedIn profile. */
    linkedin: url().optional(),
    /** X (Twitter) profile. */
    x: url().optional(),
    /** Mastodon profile, e.g. https://mastodon.social/@sofie (also tells which instance to share on). */
    mastodon: url().optional(),
    /** Bluesky profile. */
    bluesky: url().optional(),
    /** GitHub profile. */
    github: url().optional(),
    /** Personal website. */
    website: url().optional(),
  })
  .strict();

/** The person's recorded consent to appear on the site. */
export const consentSchema = z
  .object({
    /** The date the person agreed to be published. Without it, nothing about them is published. */
    given: date(),
    /** Whether thank-yous to this person may appear on the public recognition wall. */
    wall: z.boolean().default(true),
    /** When the person leaves (`left`): end (default: the profile is unpublished, as if withdrawn) or keep (it stays, as a former colleague). */
    afterLeaving: z.enum(AFTER_LEAVING, { error: `must be ${AFTER_LEAVING.join(' or ')}` }).default('end'),
  })
  .strict();

/** The fields of a profile, without the rules between them. */
const ambassadorObject = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** Full name as it should be shown; at most 45 characters (two lines on the profile card). */
      name: text('the full name', LIMITS.ambassadors.name),
      /** Pronouns, optional, e.g. "she/her"; at most 30 characters. */
      pronouns: shortText(LIMITS.ambassadors.pronouns).optional(),
      /** Job title or role, e.g. "Data engineer"; at most 60 characters. */
      role: text('the role', LIMITS.ambassadors.role),
      /** Team id from site.yaml. */
      team: id(),
      /** Location id from site.yaml. */
      location: id(),
      /** employee, intern, freelancer, retiree or alumni. */
      employment: z.enum(EMPLOYMENT_TYPES, { error: `must be one of ${EMPLOYMENT_TYPES.join(', ')}` }),
      /** Career stage, optional: junior, medior, senior, lead or executive. */
      seniority: z.enum(SENIORITIES, { error: `must be one of ${SENIORITIES.join(', ')}` }).optional(),
      /** The date the person joined the company. */
      since: date(),
      /** The day the person left the company, if they did: from then on no one is sent to them about jobs, and their consent ends unless consent.afterLeaving is keep. */
      left: date().optional(),
      /** Languages the person speaks with candidates, as codes: nl, fr, en … */
      languages: z.array(lang()).min(1, 'must list at least one language'),
      /** A photo beside index.md (JPEG, PNG, WebP or AVIF), at least 400×400 pixels; without it an initials avatar is drawn. */
      photo: checkedImage(image, 'photo', 'photo').optional(),
      /** What the photo shows, for people who cannot see it; at most 200 characters. Required with a photo. */
      photoAlt: shortText(LIMITS.ambassadors.photoAlt).optional(),
      /** A short quote in the person's own words; at most 150 characters (what the profile card shows below a two-line name). */
      quote: shortText(LIMITS.ambassadors.quote).optional(),
      /** Themes the person wants share proposals for (ids from themes.yaml). */
      themes: idList().default([]),
      /** The GitHub handle that owns this profile (without @). */
      github: z.string({ error: 'must be your GitHub handle, without @' }).regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub handle without @, like "sofiepeeters"'),
      /** Personal links. */
      links: linksSchema.default({}),
      /** How candidates may ask you about jobs, optional and public: an https:// link (LinkedIn message, booking page) or an e-mail address. */
      contact: contactRoute().optional(),
      /** Recorded consent; a profile is published only with it. */
      consent: consentSchema.optional(),
      /** active (published), paused (hidden for now) or withdrawn (removed everywhere). */
      status: z.enum(AMBASSADOR_STATUSES, { error: `must be one of ${AMBASSADOR_STATUSES.join(', ')}` }).default('active'),
      /** The language the role, quote and bio are written in, if not the site's default. */
      lang: lang().optional(),
    })
    .strict();

/** `content/ambassadors/<slug>/index.md`: one person of the program. */
export const ambassadorSchema = <I extends z.ZodType>(image: () => I) =>
  ambassadorObject(image)
    .superRefine((data, ctx) => {
      if (data.photo !== undefined && !data.photoAlt?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['photoAlt'], message: 'is missing: describe the photo for people who cannot see it' });
      }
    }, whenValid('photo', 'photoAlt'))
    .superRefine((data, ctx) => {
      if (data.left && data.left.getTime() < data.since.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['left'], message: 'is before since: a person leaves after joining; correct one of the two dates' });
      }
    }, whenValid('since', 'left'));

/** `content/ambassadors/<slug>/index.<lang>.md`: a profile's translation (role, pronouns, quote, photo alt text) and the bio in that language. */
export const ambassadorTranslationSchema = <I extends z.ZodType>(image: () => I) => translationSchemaOf(ambassadorObject(image), TRANSLATABLE.ambassadors);

/** An ambassador's front matter after parsing. */
export type AmbassadorData = z.infer<ReturnType<typeof ambassadorSchema>>;
