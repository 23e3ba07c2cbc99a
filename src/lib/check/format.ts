/** The checker's three output formats: for people, for machines (JSON) and for GitHub workflow annotations. */
import { sortProblems, type Problem } from './problem.ts';

/** The output formats of `npm run check -- --format …`. */
export const FORMATS = ['human', 'json', 'github'] as const;
/** One of FORMATS. */
export type Format = (typeof FORMATS)[number];

/** Counts of a report, for its last line. */
export interface Summary {
  /** How many files were looked at. */
  files: number;
  /** Seconds the check took, if measured. */
  seconds?: number;
  /** Whether warnings fail the check. */
  strict?: boolean;
  /** Whether the result is the last check's, nothing having changed since. */
  unchanged?: boolean;
  /** Information for people, printed before the last line (the translation coverage). */
  notes?: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lineLabel = (p: Problem) => (p.line !== undefined ? `line ${p.line}` : '');

/** The report for people: problems grouped by file, each with its line, field, message and fix, then a summary line. */
export function formatHuman(problems: readonly Problem[], summary: Summary): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const p of sortProblems(problems)) {
    if (p.file !== file) {
      if (file !== undefined) out.push('');
      out.push(p.file);
      file = p.file;
    }
    const head = `  ${p.severity.padEnd(7)}  ${lineLabel(p).padEnd(9)}  `;
    const indent = ' '.repeat(head.length);
    out.push(`${head}${p.field ? `${p.field}: ` : ''}${p.message}`);
    if (p.hint) out.push(`${indent}${p.hint}`);
  }
  if (out.length) out.push('');
  if (summary.notes?.length) out.push(...summary.notes, '');
  out.push(formatSummary(problems, summary));
  return out.join('\n') + '\n';
}

/** The last line of a human report, e.g. "✖ 2 errors and 1 warning in 2 files (checked 140 files in 0.4 s)." */
export function formatSummary(problems: readonly Problem[], summary: Summary): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const checked = `checked ${plural(summary.files, 'file')}${summary.seconds !== undefined ? ` in ${summary.seconds.toFixed(1)} s` : ''}${summary.unchanged ? ', unchanged since the last check' : ''}`;
  if (!problems.length) return `✔ No problems (${checked}).`;
  const failed = errors > 0 || (summary.strict && warnings > 0);
  const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const note = !errors && summary.strict ? ' --strict makes warnings fail.' : !errors ? ' Warnings do not fail the check (use --strict to make them).' : '';
  return `${failed ? '✖' : '⚠'} ${counts} in ${plural(files, 'file')} (${checked}).${note}`;
}

/** The JSON report: an array of {file, line, field, severity, message, hint}; line 1 for problems about a whole file. */
export function formatJson(problems: readonly Problem[]): string {
  return JSON.stringify(
    sortProblems(problems).map((p) => ({ file: p.file, line: p.line ?? 1, field: p.field, severity: p.severity, message: p.message, hint: p.hint })),
    null,
    2,
  ) + '\n';
}

/** Escapes a workflow command's message (GitHub: % \r \n). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (GitHub: % \r \n : ,). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub workflow annotations, one line per problem: ::error file=…,line=…,title=…::message%0Ahint */
export function formatGithub(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((p) => {
      const title = p.field ? `${p.field}` : 'content check';
      const body = `${p.field ? `${p.field}: ` : ''}${p.message}\n${p.hint}`;
      return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line ?? 1},title=${escapeProperty(title)}::${escapeData(body)}`;
    })
    .map((line) => line + '\n')
    .join('');
}

/** The report in the chosen format. */
export function formatReport(problems: readonly Problem[], format: Format, summary: Summary): string {
  if (format === 'json') return formatJson(problems);
  if (format === 'github') return formatGithub(problems);
  return formatHuman(problems, summary);
}
