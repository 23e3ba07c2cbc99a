import { z } from 'astro/zod';
import { checkedImage, date, id, idList, lang, NETWORKS, shortText, text, TRANSLATABLE, translationSchemaOf, url, whenValid } from './fields.ts';
import { LIMITS } from './limits.ts';

/** The fields of a share post, without the rules between them. */
const shareObject = <I extends z.ZodType>(image: () => I) =>
  z
    .object({
      /** What the post is about, shown in the share kit; at most 80 characters (the share card shows it whole). */
      title: text('a title', LIMITS.share.title),
      /** Themes of the post (ids from themes.yaml); ambassadors get proposals for the themes they follow. */
      themes: idList().refine((list) => list.length > 0, 'must name at least one theme'),
      /** The story this post links to (its folder name). */
      story: id().optional(),
      /** The job this post links to (its file name). */
      job: id().optional(),
      /** Or any other web address. */
      url: url().optional(),
      /** Several wordings, so that colleagues do not all post the same sentence; each, with the hashtags and the link, fits every network of the post (X: 280 characters, the link counted as 23; Bluesky: 300; Mastodon: 500; LinkedIn: 3,000). */
      variants: z.array(text('the text of the post')).min(1, 'must have at least one text variant'),
      /** Hashtags without #. */
      hashtags: z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, 'must be a hashtag without # or spaces')).default([]),
      /** An image for the post (JPEG, PNG, WebP or AVIF); by default the linked page's card. */
      image: checkedImage(image, 'image', 'image').optional(),
      /** What the image shows; at most 200 characters. Required with an image. */
      imageAlt: shortText(LIMITS.share.imageAlt).optional(),
      /** First day the post is proposed. */
      from: date(),
      /** Last day the post is proposed; open-ended when left out. */
      until: date().optional(),
      /** Networks the post is meant for; all by default. */
      networks: z.array(z.enum(NETWORKS, { error: `must be one of ${NETWORKS.join(', ')}` })).default([...NETWORKS]),
      /** The language of the title and texts, if not the site's default. */
      lang: lang().optional(),
    })
    .strict();

/** `content/share/<slug>.md`: a ready-to-share post for ambassadors. */
export const shareSchema = <I extends z.ZodType>(image: () => I) =>
  shareObject(image).superRefine((post, ctx) => {
    const targets = [post.story, post.job, post.url].filter((t) => t !== undefined);
    if (targets.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['story'], message: targets.length === 0 ? 'is missing: link the post to a story, a job or a url' : 'is set together with a job or url: link the post to exactly one story, job or url' });
    }
    if (post.until && post.until.getTime() < post.from.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'is before from: the window would end before it starts; set until on or after from' });
    }
    if (post.image !== undefined && !post.imageAlt?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is missing: describe the image for people who cannot see it' });
    }
  }, whenValid('story', 'job', 'url', 'from', 'until', 'image', 'imageAlt'));

/** `content/share/<slug>.<lang>.md`: a share post's translation (title, text variants, image alt text, hashtags). */
export const shareTranslationSchema = <I extends z.ZodType>(image: () => I) => translationSchemaOf(shareObject(image), TRANSLATABLE.share);

/** A share post's front matter after parsing. */
export type ShareData = z.infer<ReturnType<typeof shareSchema>>;
