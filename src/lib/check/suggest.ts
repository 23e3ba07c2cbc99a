/**
 * The number of single-character edits (insert, delete, replace, or swap of two neighbours) that
 * turn `a` into `b` (Levenshtein distance with transpositions, "optimal string alignment").
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Lowercase letters and digits only, so that "Data & AI", "data-ai" and "DataAI" compare equal. */
function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Something that can be suggested: its value, and other spellings that should lead to it (e.g. a team's name). */
export interface Candidate {
  /** What to suggest, e.g. the id "data-ai". */
  value: string;
  /** Other spellings people may write for it, e.g. the name "Data & AI". */
  aliases?: readonly string[];
}

/**
 * The candidate closest to what was written, if it is close enough to be a plausible slip: at most
 * a third of the length in edits (at least one), comparing case-, accent- and punctuation-blind.
 */
export function findClosest(input: string, candidates: readonly (string | Candidate)[]): string | undefined {
  const wanted = normalise(input);
  if (!wanted) return undefined;
  let best: { value: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const { value, aliases = [] } = typeof candidate === 'string' ? { value: candidate } : candidate;
    if (value === input) continue;
    for (const spelling of [value, ...aliases]) {
      const target = normalise(spelling);
      const limit = Math.max(1, Math.floor(Math.max(wanted.length, target.length) / 3));
      if (Math.abs(target.length - wanted.length) > limit) continue;
      const distance = levenshtein(wanted, target);
      if (distance <= limit && (!best || distance < best.distance)) best = { value, distance };
    }
  }
  return best?.value;
}

/** `Did you mean "x"? ` for a near miss, or an empty string. */
export function didYouMean(input: string, candidates: readonly (string | Candidate)[]): string {
  const match = findClosest(input, candidates);
  return match === undefined ? '' : `Did you mean "${match}"? `;
}
