import { z } from 'astro/zod';
import { checkedImage, date, idList, lang, shortText, text, TRANSLATABLE, translationSchemaOf, url, whenValid } from './fields.ts';
import { LIMITS } from './limits.ts';

/** The suggested text for sharing a story. */
export const storyShareSchema = z
  .object({
    /** A suggested post, which ambassadors can edit before sharing; with its hashtags and the link it fits each network (X: 280 characters, the link counted as 23; Bluesky: 300; Mastodon: 500; LinkedIn: 3,000). */
    text: z.string().optional(),
    /** Hashtags without #, e.g. ["lifeatacme"]. */
    hashtags: z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, 'must be a hashtag without # or spaces')).default([]),
  })
  .strict();

/** The fields of a story, without the rules between them. */
const storyObject = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** The headline; at most 100 characters (the story card shows it whole). */
      title: text('a title', LIMITS.stories.title),
      /** One or two sentences shown in listings and as the page description; at most 250 characters. */
      summary: text('a summary', LIMITS.stories.summary),
      /** Publication date; a story dated in the future waits until then. */
      date: date(),
      /** Date of the last real update, optional. */
      updated: date().optional(),
      /** Ambassadors who tell the story (ids = their folder names). */
      ambassadors: idList().refine((list) => list.length > 0, 'must name at least one ambassador'),
      /** Themes of the story (ids from themes.yaml). */
      themes: idList().default([]),
      /** Cover image beside the story file (JPEG, PNG, WebP or AVIF). */
      cover: checkedImage(image, 'cover', 'cover').optional(),
      /** What the cover shows, for people who cannot see it; at most 200 characters. Required with a cover. */
      coverAlt: shortText(LIMITS.stories.coverAlt).optional(),
      /** A video link (YouTube or Vimeo), shown as a click-to-load thumbnail. */
      video: url().optional(),
      /** Jobs related to the story (ids = job file names). */
      jobs: idList().default([]),
      /** Suggested share text and hashtags. */
      share: storyShareSchema.default({ hashtags: [] }),
      /** Language of the story, if not the site's default. */
      lang: lang().optional(),
      /** Drafts are never published. */
      draft: z.boolean().default(false),
      /** Featured stories lead the home page. */
      featured: z.boolean().default(false),
    })
    .strict();

/** `content/stories/<slug>/index.md|mdx`: a testimonial or longer story. */
export const storySchema = <I extends z.ZodType>(image: () => I) =>
  storyObject(image).superRefine((data, ctx) => {
    if (data.cover !== undefined && !data.coverAlt?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'is missing: describe the cover image for people who cannot see it' });
    }
  }, whenValid('cover', 'coverAlt'));

/** `content/stories/<slug>/index.<lang>.md|mdx`: a story's translation (title, summary, cover alt text, share text) and its body. */
export const storyTranslationSchema = <I extends z.ZodType>(image: () => I) => translationSchemaOf(storyObject(image), TRANSLATABLE.stories);

/** A story's front matter after parsing. */
export type StoryData = z.infer<ReturnType<typeof storySchema>>;
