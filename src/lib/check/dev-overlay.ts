/**
 * Content errors as the development server shows them in the browser, in Astro's error overlay:
 * every error with its fix, and the first one's file and line for the code frame.
 */
import { sortProblems, type Problem } from './problem.ts';

/** The error Astro's overlay shows (the fields of Vite's error payload that Astro reads). */
export interface ContentErrorOverlay {
  /** The kind of error, shown small above the title. */
  name: string;
  /** The headline, e.g. "2 content errors in 1 file". */
  title: string;
  /** Every error: file, line, field, what is wrong and the fix. */
  message: string;
  /** What to do next. */
  hint: string;
  /** The first error's file and line, for the code frame. */
  loc?: { file: string; line: number; column: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The overlay for the errors among `problems`, or undefined when there are none (warnings are only
 * printed in the terminal). `resolveFile` turns a problem's file, as people see it, into the path Astro wants.
 */
export function describeContentErrors(problems: readonly Problem[], resolveFile: (file: string) => string): ContentErrorOverlay | undefined {
  const errors = sortProblems(problems).filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  const lines: string[] = [];
  let file: string | undefined;
  for (const p of errors) {
    if (p.file !== file) {
      if (file !== undefined) lines.push('');
      lines.push(p.file);
      file = p.file;
    }
    // As in the terminal (format.ts), without the severity: every one is an error.
    lines.push(`  ${(p.line !== undefined ? `line ${p.line}` : '').padEnd(9)}  ${p.field ? `${p.field}: ` : ''}${p.message}`);
    if (p.hint) lines.push(`  ${' '.repeat(11)}${p.hint}`);
  }
  return {
    name: 'Content error',
    title: `${plural(errors.length, 'content error')} in ${plural(new Set(errors.map((e) => e.file)).size, 'file')}`,
    message: lines.join('\n'),
    hint: 'Fix them and save: the page updates by itself. `npm run check` lists them too, and `npm run build` stops until they are fixed.',
    ...(first.line !== undefined ? { loc: { file: resolveFile(first.file), line: first.line, column: 1 } } : {}),
  };
}
