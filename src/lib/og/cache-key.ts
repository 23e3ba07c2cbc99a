/**
 * The cache key of a card: a hash of everything that decides its file. That is the card's texts,
 * brand colours, the content of its images and its file format, plus the template version, the font
 * bytes and the renderer (its source and its satori and sharp versions). Not in it: the card's path or the
 * entry's id, dates, or anything else the card does not draw, so renaming a file or editing a
 * story's body re-renders nothing.
 */
import { createHash } from 'node:crypto';
import type { CardFormat } from '../card-paths.ts';
import type { CardContent } from './card-content.ts';

/** What every card of a build shares in its key. */
export interface KeyContext {
  /** TEMPLATE_VERSION of templates.ts. */
  templateVersion: string;
  /** Hash of the font files. */
  fontHash: string;
  /** Hash of the renderer: its source files and library versions. */
  rendererHash: string;
}

/** The key of a card in a file format, its images given as hashes of their bytes. */
export function computeCardKey(content: CardContent<string>, format: CardFormat, context: KeyContext): string {
  return createHash('sha256')
    .update(stableJson({ content, format, context }))
    .digest('hex')
    .slice(0, 32);
}

/** JSON with object keys sorted and undefined members left out, so equal content hashes equally. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
