/**
 * The longest values the schemas allow (src/schemas/limits.ts), written as real content would be:
 * Dutch and French words with their long compounds and accents, names with particles and double
 * barrels. Tests draw them on every card and page to show that nothing overflows.
 */
import { LIMITS, countCharacters } from '../../src/schemas/limits.ts';

/** Sample texts by kind: what fills a field up to its limit. */
const SAMPLES = {
  /** Prose with long Dutch compounds and French accents. */
  prose:
    'Waarom onze verantwoordelijke kwaliteitsbewaking elke ochtend de brugsensoren controleert: la maintenance préventive des équipements de régulation thermique à Liège, Namur et Charleroi, avant que les premiers bateaux passent les écluses. ',
  /** A person's name. */
  name: 'Marie-Christine Vanderstraeten-Lemaître de la Fontaine van den Broeck ',
  /** A place or team name. */
  label: 'Infrastructuurmonitoring & Onderhoud Wallonië-Vlaanderen ',
};

/** A text of exactly `max` characters from a sample, cut at a word where it can be (no trailing space or dash). */
export function fill(max: number, kind: keyof typeof SAMPLES = 'prose'): string {
  let text = SAMPLES[kind].repeat(Math.ceil(max / SAMPLES[kind].length) + 1).slice(0, max);
  // Never end on a space or a dash: they would be trimmed, and the text would be shorter than the limit.
  text = text.replace(/[\s-]+$/u, (tail) => 'x'.repeat(tail.length));
  if (countCharacters(text) !== max) throw new Error(`the sample gave ${countCharacters(text)} characters, not ${max}`);
  return text;
}

/** Every bounded field at its limit. */
export const LONGEST = {
  site: {
    name: fill(LIMITS.site.name.max, 'label'),
    tagline: fill(LIMITS.site.tagline.max),
    description: fill(LIMITS.site.description.max),
    logoAlt: fill(LIMITS.site.logoAlt.max),
    teamName: fill(LIMITS.site.teamName.max, 'label'),
    teamDescription: fill(LIMITS.site.teamDescription.max),
    locationName: fill(LIMITS.site.locationName.max, 'label'),
    street: fill(LIMITS.site.street.max, 'label'),
    city: fill(LIMITS.site.city.max, 'label'),
    region: fill(LIMITS.site.region.max, 'label'),
    postalCode: fill(LIMITS.site.postalCode.max, 'label'),
  },
  themes: { label: fill(LIMITS.themes.label.max, 'label'), description: fill(LIMITS.themes.description.max) },
  ambassadors: {
    name: fill(LIMITS.ambassadors.name.max, 'name'),
    pronouns: fill(LIMITS.ambassadors.pronouns.max, 'label'),
    role: fill(LIMITS.ambassadors.role.max, 'label'),
    photoAlt: fill(LIMITS.ambassadors.photoAlt.max),
    quote: fill(LIMITS.ambassadors.quote.max),
  },
  stories: { title: fill(LIMITS.stories.title.max), summary: fill(LIMITS.stories.summary.max), coverAlt: fill(LIMITS.stories.coverAlt.max) },
  jobs: { title: fill(LIMITS.jobs.title.max), salaryNote: fill(LIMITS.jobs.salaryNote.max) },
  recognition: { title: fill(LIMITS.recognition.title.max), from: fill(LIMITS.recognition.from.max, 'name'), message: fill(LIMITS.recognition.message.max) },
  share: { title: fill(LIMITS.share.title.max), imageAlt: fill(LIMITS.share.imageAlt.max) },
} as const;
