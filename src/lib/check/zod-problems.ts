/**
 * The one helper that turns zod issues into problems people can act on: the field, the bad value,
 * what is wrong and how to fix it (STYLE.md, "Errors people can act on").
 */
import type { z } from 'astro/zod';
import { LANGUAGE_CODE } from '../../schemas/fields.ts';
import { suggestLanguageCode } from './languages.ts';
import type { Problem, Severity } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** Where the issues come from and how to point at them. */
export interface IssueContext {
  /** The file as shown to people. */
  file: string;
  /** The raw data that was validated (before any transformation), to show the bad values. */
  data: unknown;
  /** The schema that was used, to list the known fields when one is unknown. */
  schema: z.ZodType;
  /** The line of the value at a path, if known. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Where fields are written, e.g. "the front matter" or "content/site.yaml". */
  where: string;
  /** Path segments to put before every issue's path (e.g. the index of a theme in themes.yaml). */
  basePath?: readonly PropertyKey[];
  /** error by default. */
  severity?: Severity;
}

/** A path as people read it: consent.given, teams[2].id. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${String(segment)}` : String(segment)), '');
}

/** A value as it appears in a message: strings quoted, dates as days, long text shortened. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) {
    const inner = value.map(formatValue).join(', ');
    return inner.length > 60 ? `a list of ${value.length}` : `[${inner}]`;
  }
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** The value at a path of plain data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** What kind of value people wrote, in words. */
function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value && typeof value === 'object') return 'a group of fields';
  return 'something else';
}

const EXPECTED: Record<string, { noun: string; how: string }> = {
  string: { noun: 'text', how: 'Write it as text; put it in quotes if it looks like a number, a date or true/false.' },
  number: { noun: 'a number', how: 'Write a number without quotes, like 3.' },
  int: { noun: 'a whole number', how: 'Write a whole number without quotes, like 3.' },
  boolean: { noun: 'true or false', how: 'Write true or false, without quotes.' },
  array: { noun: 'a list', how: 'Write it as a list, like [nl, fr], or one "- item" per line below the field.' },
  object: { noun: 'a group of fields', how: 'Write its fields indented on the lines below it.' },
  date: { noun: 'a date', how: 'Write it as YYYY-MM-DD, like 2025-03-14.' },
};

/** Zod's own English messages start like this; the schemas' messages start with "must" or "is". */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
const sentence = (text: string) => {
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  return trimmed ? trimmed[0]!.toUpperCase() + trimmed.slice(1) + '.' : '';
};

/** The schema of the value at a path, as written in the parent (wrappers such as optional kept), if the path is known. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let current: unknown = schema;
  for (const segment of path) {
    const def = (unwrap(current) as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (def?.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

/** The names of the fields the schema accepts at a path (for "did you mean" on unknown fields). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = (unwrap(schemaAt(schema, path)) as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Whether the field at a path may be left out: optional, or with a default (looking through preprocess and transform). */
function isOptionalAt(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  let current = schemaAt(schema, path);
  for (let guard = 0; guard < 20; guard++) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) return false;
    if (['optional', 'default', 'prefault'].includes(def.type as string)) return true;
    if (['nullable', 'readonly', 'catch'].includes(def.type as string)) current = def.innerType;
    else if (def.type === 'pipe') current = (def.out as { _zod?: { def?: { type?: string } } })?._zod?.def?.type === 'transform' ? def.in : def.out;
    else return false;
  }
  return false;
}

/** The schema inside optional, default, preprocess and transform wrappers. */
function unwrap(schema: unknown): unknown {
  for (let guard = 0; guard < 20; guard++) {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return schema;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string)) schema = def.innerType;
    else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is pipe(transform, schema); schema.transform(fn) is pipe(schema, transform).
      const out = (def.out as { _zod?: { def?: { type?: string } } })?._zod?.def?.type;
      schema = out === 'transform' ? def.in : def.out;
    } else return schema;
  }
  return schema;
}

/** Turns the issues of one failed parse into problems, one per issue (one per unknown field). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  const base = context.basePath ?? [];
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const line = context.lineOf(path);
    const problem = (field: readonly PropertyKey[], message: string, hint: string, at = line): Problem => ({
      file: context.file,
      ...(at !== undefined ? { line: at } : {}),
      field: formatPath(field.slice(base.length)),
      severity: context.severity ?? 'error',
      message,
      hint,
    });

    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(context.schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        const list = known.length && !suggestion ? ` The fields here are: ${known.join(', ')}.` : '';
        problems.push(problem([...path, key], 'is not a known field.', `${suggestion}${suggestion ? 'Fix the spelling' : 'Check the spelling, or remove the line'}.${list}`, context.lineOf([...path, key])));
      }
      continue;
    }

    const value = valueAt(context.data, path);
    const key = String(path.at(-1) ?? '');
    const parent = path.slice(base.length, -1).filter((s) => typeof s === 'string');
    const where = parent.length ? `under "${String(parent.at(-1))}:"` : `to ${context.where}`;
    const custom = isZodDefault(issue.message) ? '' : issue.message;
    const expected = issue.code === 'invalid_type' ? EXPECTED[issue.expected] : undefined;

    if (value === undefined && (issue.code === 'invalid_type' || !custom.startsWith('is '))) {
      const requirement = custom ? ` It ${custom}.` : expected ? ` It must be ${expected.noun}.` : '';
      problems.push(problem(path, 'is missing.', `Add "${typeof path.at(-1) === 'number' ? '- …' : `${key}: …`}" ${where}.${requirement}`));
      continue;
    }
    if (value === null) {
      problems.push(problem(path, 'is empty.', `Write a value after "${key}:", or remove the line if the field is optional.${custom ? ` It ${custom}.` : ''}`));
      continue;
    }
    if (custom.startsWith('is ')) {
      const [what, ...how] = custom.split(': ');
      const shown = value === undefined || (typeof value === 'string' && !value.trim()) ? '' : `${formatValue(value)} `;
      problems.push(problem(path, `${shown}${what}.`, sentence(how.join(': ')) || 'Correct the value.'));
      continue;
    }
    const empty = (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
    if (empty) {
      const optional = isOptionalAt(context.schema, path.slice(base.length));
      const requirement =
        custom && custom !== 'must not be empty'
          ? `It ${custom}.`
          : issue.code === 'invalid_value'
            ? `It must be one of ${issue.values.map(String).join(', ')}.`
            : `Write a value after "${key}:"${optional ? '' : ': it is required'}.`;
      problems.push(problem(path, 'is empty.', optional ? `${requirement} Or remove the line: it is optional.` : requirement));
      continue;
    }
    if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === String(LANGUAGE_CODE) && typeof value === 'string') {
      const code = suggestLanguageCode(value);
      problems.push(problem(path, `${formatValue(value)} is not a language code.`, `${code ? `Did you mean "${code}"? ` : ''}It ${custom || 'must be a language code like "en", "nl" or "fr-BE"'}.`));
      continue;
    }
    if (custom && !/^(must|is)\b/.test(custom)) {
      problems.push(problem(path, sentence(custom), 'Correct the value on this line.'));
      continue;
    }
    if (issue.code === 'invalid_type' && issue.expected === 'date' && typeof value === 'string') {
      const real = /^\d{4}-\d{2}-\d{2}/.test(value.trim());
      problems.push(problem(path, `${formatValue(value)} is not ${real ? 'a real date' : 'a date'}.`, custom ? `It ${custom}.` : EXPECTED.date!.how));
      continue;
    }
    if (issue.code === 'invalid_type') {
      const quotable = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date);
      const hint = quotable ? `Put it in quotes to keep it as text: ${key}: "${formatValue(value)}".` : custom ? `It ${custom}.` : (expected?.how ?? `It must be ${issue.expected}.`);
      problems.push(problem(path, `${formatValue(value)} is ${kindOf(value)}, not ${expected?.noun ?? issue.expected}.`, hint));
      continue;
    }
    if (issue.code === 'invalid_value') {
      const options = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, options) : '';
      problems.push(problem(path, `${formatValue(value)} is not accepted.`, `${suggestion}It ${custom || `must be one of ${options.join(', ')}`}.`));
      continue;
    }
    if (!custom && (issue.code === 'too_small' || issue.code === 'too_big')) {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const bound = issue.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      problems.push(problem(path, `${formatValue(value)} is too ${issue.code === 'too_small' ? 'small' : 'big'}.`, `It must be ${bound} ${String(limit)}${unit}.`));
      continue;
    }
    const message = issue.code === 'too_big' ? `${formatValue(value)} is too long.` : `${formatValue(value)} is not valid.`;
    problems.push(problem(path, message, custom ? `It ${custom}.` : sentence(issue.message)));
  }
  return problems;
}
