/** How bad a problem is: errors fail the check and the build, warnings are reported (and fail with --strict). */
export type Severity = 'error' | 'warning';

/** One thing wrong in the content: where it is, what is wrong and how to fix it. */
export interface Problem {
  /** The file, as people see it (relative to the working directory, forward slashes). */
  file: string;
  /** The 1-based line the problem sits on, when it sits on one. */
  line?: number;
  /** The field as a path such as "consent.given" or "teams[2].id"; empty for the file as a whole. */
  field: string;
  /** error or warning. */
  severity: Severity;
  /** What is wrong, starting with the bad value where there is one; the field is not repeated. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Sorts problems by file, then line, then field, so that reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message),
  );
}

/** Whether a check with these problems fails: on any error, or on any warning when strict. */
export function hasFailed(problems: readonly Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
}
