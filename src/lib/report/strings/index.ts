/** The programme report's interface text per language. */
import { en, type ReportStrings } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

export type { ReportStrings };

/** The languages the report is written in. */
export const REPORT_LANGUAGES: Record<string, ReportStrings> = { en, nl, fr };

/** The report's text for a language code such as "nl" or "fr-BE", or undefined when it has none. */
export function reportStrings(lang: string): ReportStrings | undefined {
  return REPORT_LANGUAGES[lang] ?? REPORT_LANGUAGES[lang.split('-')[0]!.toLowerCase()];
}
