/** Typed interface text per language; the site's `lang` picks one, English fills any gap. */
import { en, type UiStrings } from './en.ts';
import { nl } from './nl.ts';
import { fr } from './fr.ts';

export type { UiStrings };

const LANGUAGES: Record<string, UiStrings> = { en, nl, fr };

/** Whether a language has interface text of its own (otherwise its pages use English). */
export function hasInterfaceText(lang: string): boolean {
  return lang in LANGUAGES || lang.split('-')[0]!.toLowerCase() in LANGUAGES;
}

/** The interface text for a language code such as "nl" or "fr-BE"; English when the language has none. */
export function useStrings(lang: string): UiStrings {
  return LANGUAGES[lang] ?? LANGUAGES[lang.split('-')[0]!.toLowerCase()] ?? en;
}
