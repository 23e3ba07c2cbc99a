import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type ScalarTag } from 'yaml';

/**
 * Unquoted dates become Date objects, as in Astro's YAML parser (js-yaml), so that a date written
 * where text is expected fails here as it fails in the build. A day that does not exist (2025-02-30)
 * stays text, so that the schema reports it instead of rolling it over to March as js-yaml does.
 */
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: (value) => value instanceof Date,
  test: /^\d{4}-\d{2}-\d{2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?)?$/,
  resolve(text) {
    const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return text;
    if (text.length === 10) return day;
    const date = new Date(text.replace(/[ \t]+(?=\d)/, 'T').replace(/[ \t]+(?=[Z+-])/, ''));
    return Number.isNaN(date.getTime()) ? text : date;
  },
};

/** A YAML syntax error, on its line. */
export interface YamlError {
  /** 1-based line in the whole file. */
  line: number;
  /** The parser's code, e.g. DUPLICATE_KEY. */
  code: string;
  /** The parser's message. */
  message: string;
  /** The field the line belongs under when that field's line is commented out just above it ("links" for "# links:"). */
  commentedParent?: string;
}

/** A parsed YAML text that can tell on which line each value sits. */
export interface YamlSource {
  /** The plain data; unquoted dates are Date objects, as in the build. */
  data: unknown;
  /** Syntax errors; when there are any, `data` is what the parser could recover. */
  errors: YamlError[];
  /** The 1-based line of the value at `path` (of its key for map entries), or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML with the `yaml` package, keeping line numbers. `firstLine` is the file line the text
 * starts on (2 for front matter after the opening `---`).
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, customTags: [timestamp] });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const seen = new Set<number>();
  const errors: YamlError[] = [];
  for (const error of doc.errors) {
    const start = findErrorStart(text, error.pos);
    const unclosed = error.code === 'MISSING_CHAR' ? unclosedQuote(text, start, error.message) : undefined;
    const line = unclosed ? unclosed.line + firstLine - 1 : toLine(start);
    // One syntax error tends to cascade on the same line, and a wrong indent onto the lines below it.
    if (seen.has(line) || (error.code === 'BAD_INDENT' && errors.at(-1)?.code === 'BAD_INDENT' && errors.at(-1)!.line === line - 1)) continue;
    seen.add(line);
    const commentedParent = /^[ \t]+\S/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start + 1)) ? findCommentedParent(text, start) : undefined;
    const message = unclosed ? `the ${unclosed.mark} that opens the value on this line is never closed` : error.message;
    errors.push({ line, code: error.code, message, ...(commentedParent ? { commentedParent } : {}) });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    errors.push({ line: firstLine, code: 'UNREADABLE', message: (error as Error).message });
  }
  return {
    data,
    errors,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && (node as Node).range ? toLine((node as Node).range![0]) : undefined;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          const key = pair.key as Node;
          if (key.range) line = toLine(key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item) break;
          if (item.range) line = toLine(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    },
  };
}

/**
 * Where a syntax error really is. The parser points some errors (a mapping item indented wrongly,
 * BAD_INDENT) at the line break after the previous value or at a comment, which can lie above blank
 * lines and comments: move such a position on to the first line with content, the line to fix.
 */
function findErrorStart(text: string, [start, end]: readonly [number, number]): number {
  const span = text.slice(start, Math.max(end, start + 1));
  if (/\S/.test(span) && !span.trimStart().startsWith('#')) return start;
  let at = start;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text[at] !== '#') break;
    const next = text.indexOf('\n', at);
    if (next === -1) return start;
    at = next;
  }
  return at < text.length ? at : start;
}

/** The key of a commented-out parent ("# links:") on the last non-blank line above `offset`, if that is what it is. */
function findCommentedParent(text: string, offset: number): string | undefined {
  const above = text.slice(0, text.lastIndexOf('\n', offset - 1)).split('\n');
  while (above.length > 0 && !above.at(-1)!.trim()) above.pop();
  return /^\s*#\s*([A-Za-z][\w-]*):\s*$/.exec(above.at(-1) ?? '')?.[1];
}

/** A Markdown or MDX file split into its YAML front matter and body. */
export interface MarkdownSource {
  /** The front matter, or undefined when the file has none. */
  frontMatter?: YamlSource;
  /** The 1-based line of the opening `---`. */
  frontMatterLine: number;
  /** Whether the file opens with TOML (`+++`) front matter, which Vaandel does not use. */
  toml: boolean;
  /** Whether the file opens a front matter with `---` that no `---` line closes. */
  unclosed?: boolean;
  /** The text after the closing `---`. */
  body: string;
  /** The 1-based line the body starts on. */
  bodyLine: number;
}

// The same delimiters as Astro's parser (@astrojs/internal-helpers/frontmatter), with the opening line kept apart.
const FRONT_MATTER = /^(\uFEFF?(?:\s*\n)?)(---|\+\+\+)([^\n]*\n)([\s\S]*?\n)?\2/;

/**
 * Where a quoted value that is never closed opens: the parser reports the end of the text, where it
 * gave up. It is the nearest line above that holds an odd number of the quotation mark (1-based
 * within the text), or undefined when the error is not about a quote.
 */
function unclosedQuote(text: string, end: number, message: string): { line: number; mark: string } | undefined {
  const mark = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : undefined;
  if (!mark) return undefined;
  const lines = text.slice(0, end + 1).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const marks = lines[i]!.replace(mark === '"' ? /\\./g : /''/g, '').split(mark).length - 1;
    if (marks % 2 === 1) return { line: i + 1, mark };
  }
  return undefined;
}

/** Splits a Markdown file into front matter and body, keeping line numbers. */
export function parseMarkdown(text: string): MarkdownSource {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    const opening = /^(\uFEFF?(?:\s*\n)?)---[ \t]*\r?\n/.exec(text);
    if (opening) return { frontMatterLine: countLines(opening[1]!) + 1, toml: false, unclosed: true, body: text, bodyLine: 1 };
    return { frontMatterLine: 1, toml: false, body: text, bodyLine: 1 };
  }
  const [whole, lead = '', fence, rest = '', yamlText = ''] = match;
  const frontMatterLine = countLines(lead) + 1;
  if (fence === '+++') return { frontMatterLine, toml: true, body: text, bodyLine: 1 };
  const frontMatter = parseYaml(rest.trim() ? rest + yamlText : yamlText, rest.trim() ? frontMatterLine : frontMatterLine + 1);
  return { frontMatter, frontMatterLine, toml: false, body: text.slice(whole.length), bodyLine: countLines(text.slice(0, whole.length)) + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
