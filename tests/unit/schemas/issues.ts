/** Schema test helper: what people would read for invalid data, through the checker's zod-issue helper. */
import type { z } from 'astro/zod';
import { describeIssues } from '../../../src/lib/check/zod-problems.ts';

/** The problems of `data` under `schema`, one line each: "field: message ⇒ hint"; empty when valid. */
export function explain(schema: z.ZodType, data: unknown): string {
  const parsed = schema.safeParse(data);
  if (parsed.success) return '';
  return describeIssues(parsed.error.issues, { file: 'entry.md', data, schema, lineOf: () => undefined, where: 'the front matter' })
    .map((p) => `${p.field}: ${p.message} ⇒ ${p.hint}`)
    .join('\n');
}
