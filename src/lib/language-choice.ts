/** Which language a visitor of the language chooser is sent to. Pure: runs in the browser and in tests. */

/** The localStorage key of the language a visitor chose (on the chooser or any page's switcher). */
export const LANGUAGE_KEY = 'vaandel:language';

/**
 * The language to send a visitor to: the one they chose before, else the first of their browser's
 * languages the site has (exactly, or by its main part: "fr-BE" → "fr", "nl" → "nl-BE"); undefined
 * when nothing matches, so that they choose themselves.
 */
export function pickLanguage(offered: readonly string[], stored: string | null | undefined, preferred: readonly string[]): string | undefined {
  const lower = offered.map((code) => code.toLowerCase());
  if (stored && lower.includes(stored.toLowerCase())) return offered[lower.indexOf(stored.toLowerCase())];
  for (const wanted of preferred) {
    const exact = lower.indexOf(wanted.toLowerCase());
    if (exact !== -1) return offered[exact];
    const main = wanted.split('-')[0]!.toLowerCase();
    const partial = lower.findIndex((code) => code.split('-')[0] === main);
    if (partial !== -1) return offered[partial];
  }
  return undefined;
}
