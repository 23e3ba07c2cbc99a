/**
 * "Did you mean de?" for a language written as its name ("German", "Nederlands", "français"):
 * the two-letter codes the runtime's Intl data knows, each with its name in the languages the
 * content is written in.
 */
import { findClosest, type Candidate } from './suggest.ts';

/** The languages whose names for other languages are recognised. */
export const NAME_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;

let candidates: Candidate[] | undefined;

/** Every current two-letter language code, with its names in NAME_LANGUAGES ("de": German, Duits, allemand, Deutsch). */
export function listLanguageCandidates(): Candidate[] {
  if (candidates) return candidates;
  const namers = NAME_LANGUAGES.map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  candidates = [];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      // Deprecated codes (iw for Hebrew, mo for Romanian) have names too: suggest the current one only.
      if (Intl.getCanonicalLocales(code)[0] !== code) continue;
      const names = namers.map((namer) => namer.of(code)).filter((name): name is string => !!name && name !== code);
      if (names.length) candidates.push({ value: code, aliases: [...new Set(names)] });
    }
  }
  return candidates;
}

/** The language code meant by a name or a near miss ("German", "Nederlands", "NL"), if one is close enough. */
export function suggestLanguageCode(written: string): string | undefined {
  return findClosest(written.trim(), listLanguageCandidates());
}
