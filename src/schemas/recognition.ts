import { z } from 'astro/zod';
import { date, idList, lang, text, TRANSLATABLE, translationSchemaOf } from './fields.ts';
import { LIMITS } from './limits.ts';

/** Kinds of recognition on the thank-you wall. */
export const RECOGNITION_KINDS = ['thanks', 'milestone', 'award', 'event'] as const;

/** `content/recognition/<date>-<slug>.md`: a public thank-you; its message, below the front matter, is at most 500 characters (a card on the wall). */
export const recognitionSchema = z
  .object({
    /** Who is thanked (ambassador ids). */
    ambassadors: idList().refine((list) => list.length > 0, 'must name at least one ambassador'),
    /** The date of the thank-you. */
    date: date(),
    /** A short headline; at most 100 characters. */
    title: text('a title', LIMITS.recognition.title),
    /** thanks, milestone, award or event. */
    kind: z.enum(RECOGNITION_KINDS, { error: `must be one of ${RECOGNITION_KINDS.join(', ')}` }).default('thanks'),
    /** Who says thank you: a name, a team or "The comms team"; at most 80 characters. */
    from: text('who says thank you', LIMITS.recognition.from),
    /** The language of the title and message, if not the site's default. */
    lang: lang().optional(),
  })
  .strict();

/** `content/recognition/<file>.<lang>.md`: a thank-you's translation (title, from) and the message in that language. */
export const recognitionTranslationSchema = translationSchemaOf(recognitionSchema, TRANSLATABLE.recognition, ['from']);

/** A thank-you's front matter after parsing. */
export type RecognitionData = z.infer<typeof recognitionSchema>;
