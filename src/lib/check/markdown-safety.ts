/**
 * Finds what must not be in content: raw HTML in ambassadors' files (their profiles are plain
 * Markdown) and `javascript:` links anywhere. Code spans and code blocks are left alone.
 */

/** Something found, on a 1-based line of the scanned text. */
export interface Finding {
  /** 1-based line within the scanned text. */
  line: number;
  /** The offending text, shortened. */
  snippet: string;
}

/** The text with code blocks and code spans blanked out (same length, same line breaks). */
export function maskCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const lines = markdown.split('\n');
  let fence: { char: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence.char && open[1]!.length >= fence.length && !line.slice(open[0].length).trim()) fence = undefined;
      lines[i] = blank(line);
    } else if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      lines[i] = blank(line);
    }
  }
  return lines.join('\n').replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => blank(span));
}

const HTML = /<!--|<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>?|<![A-Za-z]|<\?/g;

/** Raw HTML (tags, comments, processing instructions) outside code; Markdown autolinks such as <https://…> are fine. */
export function findRawHtml(markdown: string): Finding[] {
  if (!markdown.includes('<')) return [];
  const byLine = new Map<number, string[]>();
  for (const found of findAll(maskCode(markdown), HTML)) byLine.set(found.line, [...(byLine.get(found.line) ?? []), found.snippet]);
  return [...byLine].map(([line, snippets]) => ({ line, snippet: snippets.join(' … ') }));
}

/** Whether a single value (such as a front matter string) contains raw HTML. */
export function containsHtml(text: string): boolean {
  return findRawHtml(text).length > 0;
}

/** "javascript:" allowing the blanks and control characters browsers ignore inside a scheme. */
const JS_SCHEME = String.raw`j[\s\0-\x1f]*a[\s\0-\x1f]*v[\s\0-\x1f]*a[\s\0-\x1f]*s[\s\0-\x1f]*c[\s\0-\x1f]*r[\s\0-\x1f]*i[\s\0-\x1f]*p[\s\0-\x1f]*t[\s\0-\x1f]*:`;
const JS_ANYWHERE = new RegExp(JS_SCHEME, 'i');
const SCRIPT_LINK = new RegExp(
  [
    String.raw`\]\(\s*<?\s*${JS_SCHEME}`, // [text](javascript:…)
    String.raw`^\s{0,3}\[[^\]]+\]:\s*<?\s*${JS_SCHEME}`, // [ref]: javascript:…
    String.raw`<\s*${JS_SCHEME}`, // <javascript:…>
    String.raw`\b(?:href|src|action|formaction|xlink:href)\s*=\s*["'{\x60]?\s*${JS_SCHEME}`, // href="javascript:…"
  ].join('|'),
  'gim',
);

/** Decodes numeric character references (&#106; &#x6A;) and &colon;, which browsers decode in URLs. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, ' ');
}

/** Links whose address is a `javascript:` URL, in Markdown, HTML or MDX, outside code. */
export function findScriptLinks(markdown: string): Finding[] {
  if (!JS_ANYWHERE.test(decodeEntities(markdown))) return []; // the common case, at the cost of one scan
  const original = markdown.split('\n');
  return maskCode(markdown)
    .split('\n')
    .flatMap((line, index) => (findAll(decodeEntities(line), SCRIPT_LINK).length ? [{ line: index + 1, snippet: shorten(original[index]!.trim(), 60) }] : []));
}

/** Whether a single value (such as a front matter URL) is a `javascript:` URL. */
export function isScriptUrl(value: string): boolean {
  return new RegExp(`^[\\s\\0-\\x1f]*${JS_SCHEME}`, 'i').test(decodeEntities(value));
}

function findAll(text: string, pattern: RegExp): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const before = text.slice(0, match.index);
    findings.push({ line: before.split('\n').length, snippet: shorten(match[0].trim().replace(/\s+/g, ' '), 40) });
  }
  return findings;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
