import { z } from 'astro/zod';
import { checkedImage, colour, email, id, lang, localText, maxCharacters, shortText, text, url, whenValid } from './fields.ts';
import { jobsSourceSchema } from './jobs-source.ts';
import { LIMITS } from './limits.ts';
import { DEFAULT_PUBLIC_UTM_MEDIUM, DEFAULT_UTM_MEDIUM } from '../lib/share/utm.ts';

/** How the checker reports jobs without pay information (EU Pay Transparency Directive 2023/970). */
export const PAY_TRANSPARENCY_LEVELS = ['warn', 'error', 'off'] as const;

/** A postal address, as job postings need it. */
export const addressSchema = z.object({
  /** Street and number; at most 100 characters. */
  street: text('the street and number', LIMITS.site.street),
  /** Postal code; at most 12 characters. */
  postalCode: z.coerce.string().trim().min(1, 'must not be empty').superRefine(maxCharacters(LIMITS.site.postalCode)),
  /** City or town; at most 60 characters. */
  city: text('the city', LIMITS.site.city),
  /** Region or province, optional; at most 60 characters. */
  region: shortText(LIMITS.site.region).optional(),
  /** Two-letter ISO country code, e.g. BE. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like "BE"'),
});

/** A team of the company. */
export const teamSchema = z.object({
  /** The id used in profiles and jobs, e.g. "data-ai". */
  id: id(),
  /** The name shown on the site, e.g. "Data & AI"; one per language if it differs; at most 40 characters. */
  name: localText('the team name', LIMITS.site.teamName),
  /** One or two sentences about what the team does; one per language if the site has several; at most 300 characters. */
  description: localText('a description', LIMITS.site.teamDescription).optional(),
  /** How many people work in the team, optional: the programme report shows ambassadors as a share of it. */
  headcount: z.number().int().positive().optional(),
});

/** An office or place of work. */
export const locationSchema = z.object({
  /** The id used in profiles and jobs, e.g. "ghent". */
  id: id(),
  /** The name shown on the site, e.g. "Ghent", or one per language: { en: Ghent, nl: Gent, fr: Gand }; at most 40 characters. */
  name: localText('the location name', LIMITS.site.locationName),
  /** The postal address; required because job postings need it. */
  address: addressSchema,
  /** How many people work at this location, optional: the programme report shows ambassadors as a share of it. */
  headcount: z.number().int().positive().optional(),
});

/** The company's accounts on social networks, as full URLs. */
export const socialSchema = z
  .object({
    /** LinkedIn company page. */
    linkedin: url().optional(),
    /** X (Twitter) account. */
    x: url().optional(),
    /** Mastodon account. */
    mastodon: url().optional(),
    /** Bluesky account. */
    bluesky: url().optional(),
    /** Instagram account. */
    instagram: url().optional(),
    /** Facebook page. */
    facebook: url().optional(),
    /** GitHub organisation. */
    github: url().optional(),
    /** YouTube channel. */
    youtube: url().optional(),
  })
  .strict();

/** Where candidates reach the recruiting team: shown where no colleague gave a contact route of their own. */
export const recruitingSchema = z
  .object({
    /** The recruiting team's public e-mail address, e.g. jobs@example.com. */
    email: email().optional(),
    /** A page where candidates reach the recruiting team (a contact form, a booking page), starting with https://. */
    url: url().optional(),
  })
  .strict()
  .refine((value) => value.email !== undefined || value.url !== undefined, {
    path: ['email'],
    message: 'is missing: give the e-mail address (email) or the web page (url) where candidates reach the recruiting team',
  });

/** The company's legal details, for the imprint line in the footer and the privacy page. */
export const legalSchema = z
  .object({
    /** The registered name of the company, e.g. Brugwerk NV. */
    name: text('the registered company name'),
    /** The registered office on one line, e.g. "Dok Noord 7, 9000 Ghent, Belgium". */
    address: text('the registered office').optional(),
    /** The VAT number, e.g. BE 0123.456.789. */
    vat: text('the VAT number').optional(),
    /** The company register and number, as the law of its country asks, e.g. "RPR Gent". */
    register: text('the company register').optional(),
    /** The address for questions about privacy, shown on the privacy page; the recruiting e-mail when not given. */
    email: email().optional(),
  })
  .strict();

/** `content/site.yaml`: the company and the program's settings, as people write them. */
export const siteSchema = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** The company's name; at most 40 characters. */
      name: text('the company name', LIMITS.site.name),
      /** The production URL of the careers site, e.g. https://careers.example.com. */
      url: url(),
      /** The language of a one-language site (default en); a site in several languages lists them in `languages` instead. */
      lang: lang().optional(),
      /** The site's languages, the default first, e.g. [en, nl, fr]: every page then exists in each, under /<lang>/. */
      languages: z.array(lang()).min(1, 'must list at least one language').optional(),
      /** A short line shown in the hero of the home page; one per language if the site has several; at most 100 characters (the site card shows it whole). */
      tagline: localText('a short tagline', LIMITS.site.tagline),
      /** One or two sentences about the company, used as the home page description; one per language if the site has several; at most 160 characters. */
      description: localText('a description of the company', LIMITS.site.description),
      /** The logo beside site.yaml: an SVG (published without scripts or outside references) or a JPEG, PNG, WebP or AVIF picture. */
      logo: checkedImage(image, 'logo', 'logo').optional(),
      /** Alternative text for the logo, usually the company name; one per language if it differs; at most 100 characters. */
      logoAlt: localText('the logo\'s alternative text', LIMITS.site.logoAlt).optional(),
      /** Brand colours. */
      colors: z
        .object({
          /** The main brand colour, used for links, buttons and cards. */
          primary: colour(),
          /** A second colour for highlights. */
          accent: colour().optional(),
        })
        .strict(),
      /** The company's social accounts. */
      social: socialSchema.default({}),
      /** The teams that ambassadors and jobs belong to. */
      teams: z.array(teamSchema).min(1, 'must list at least one team'),
      /** The offices and places of work. */
      locations: z.array(locationSchema).min(1, 'must list at least one location'),
      /** GitHub handles of the comms team, who may change anything and review every pull request. */
      comms: z.array(z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a GitHub handle without @')).min(1, 'must name at least one comms team member'),
      /** The most share proposals one ambassador may receive in one ISO week. */
      askCap: z.number().int().positive().default(3),
      /** UTM defaults added to every shared link. */
      utm: z
        .object({
          /** utm_medium of links ambassadors share from the share kit and their personal share pages, default "ambassador". */
          medium: z.string().default(DEFAULT_UTM_MEDIUM),
          /** utm_medium of links anyone shares with the buttons on story and job pages, default "share". */
          publicMedium: z.string().trim().min(1, 'must not be empty').default(DEFAULT_PUBLIC_UTM_MEDIUM),
          /** Whether links on an ambassador's personal share page carry utm_content=<their id> (default true); false tags no one. */
          perPerson: z.boolean().default(true),
        })
        .strict()
        .refine((utm) => utm.medium.trim().toLowerCase() !== utm.publicMedium.toLowerCase(), {
          path: ['publicMedium'],
          message: 'is the same as medium: give the two different values, so that visits from ambassadors\' shares and from visitors\' shares can be told apart',
        })
        .default({ medium: DEFAULT_UTM_MEDIUM, publicMedium: DEFAULT_PUBLIC_UTM_MEDIUM, perPerson: true }),
      /** How candidates reach the recruiting team, optional: shown where no colleague gave a contact route. */
      recruiting: recruitingSchema.optional(),
      /** The company's legal details, optional: the imprint line in the footer and the privacy page. */
      legal: legalSchema.optional(),
      /** Privacy-friendly analytics; none by default. */
      analytics: z
        .object({
          /** The site's domain in Plausible, e.g. careers.example.com. */
          plausible: z.string().optional(),
        })
        .strict()
        .optional(),
      /** The Mastodon instance used when an ambassador has not named their own, e.g. mastodon.social. */
      mastodonInstance: z.string().default('mastodon.social'),
      /** Jobs from an applicant tracking system (see README "Jobs from an applicant tracking system"); without it, jobs are Markdown files only. */
      jobs: jobsSourceSchema.optional(),
      /** How `npm run check` reports an open job based in the EU with neither salary nor salaryNote (EU Directive 2023/970): warn (default), error or off. */
      payTransparency: z.enum(PAY_TRANSPARENCY_LEVELS, { error: `must be one of ${PAY_TRANSPARENCY_LEVELS.join(', ')}` }).default('warn'),
    })
    .strict()
    .superRefine((site, ctx) => {
      if (site.languages) {
        const seen = new Set<string>();
        site.languages.forEach((code, index) => {
          if (seen.has(code)) ctx.addIssue({ code: 'custom', path: ['languages', index], message: 'is listed twice: list each language once' });
          seen.add(code);
        });
        if (site.lang !== undefined && site.lang !== site.languages[0]) {
          ctx.addIssue({ code: 'custom', path: ['lang'], message: `is not the first of languages (${site.languages[0]}): the first language is the default; remove lang` });
        }
      }
      for (const key of ['teams', 'locations'] as const) {
        const seen = new Set<string>();
        site[key].forEach((item, index) => {
          if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: 'is listed twice: give each one its own id, or merge the two' });
          seen.add(item.id);
        });
      }
    }, whenValid('teams', 'locations', 'languages', 'lang'));

/** A share theme from `content/themes.yaml`. */
export const themeSchema = z
  .object({
    /** The id used in profiles, stories and share posts, e.g. "culture". */
    id: id(),
    /** The name shown on the site; one per language if the site has several; at most 30 characters. */
    label: localText('the theme name', LIMITS.themes.label),
    /** One sentence about what the theme covers; one per language if the site has several; at most 200 characters. */
    description: localText('a one-sentence description', LIMITS.themes.description),
  })
  .strict();

/** `content/site.yaml` after parsing. */
export type SiteInput = z.infer<ReturnType<typeof siteSchema>>;
/** A theme after parsing. */
export type Theme = z.infer<typeof themeSchema>;
/** A team after parsing. */
export type Team = z.infer<typeof teamSchema>;
/** A location after parsing. */
export type Location = z.infer<typeof locationSchema>;
