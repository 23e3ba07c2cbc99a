/**
 * Content files are UTF-8 text. A file saved in another encoding (Windows-1252, Latin-1) would
 * reach the site with "�" in place of its accented letters, so the checker refuses it and names
 * the line of the first bad byte. A byte-order mark and Windows line endings are fine. Pure.
 */

/** A file that is not valid UTF-8: the line (1-based) of its first bad byte, and the words around it. */
export class NotUtf8Error extends Error {
  /** The line of the first byte that is not UTF-8. */
  readonly line: number;
  /** The text around that byte, read as Windows-1252 (what such files usually are), to find it by. */
  readonly near: string;
  constructor(line: number, near: string) {
    super(`not UTF-8 from line ${line}`);
    this.line = line;
    this.near = near;
  }
}

/** Decodes a content file as UTF-8 (a leading byte-order mark is dropped); throws NotUtf8Error on the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw locateBadByte(bytes);
  }
}

/** Feeds the bytes one at a time to a streaming decoder: it throws at the first byte that cannot continue a character. */
function locateBadByte(bytes: Uint8Array): NotUtf8Error {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      at = i;
      break;
    }
  }
  // A sequence cut short at the end of the file only fails on the final flush.
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  const lineStart = bytes.lastIndexOf(0x0a, Math.max(0, at - 1)) + 1;
  const lineEnd = bytes.indexOf(0x0a, at) === -1 ? bytes.length : bytes.indexOf(0x0a, at);
  // The whole line when it is short, else the words around the byte.
  const whole = lineEnd - lineStart <= 60;
  const from = whole ? lineStart : Math.max(lineStart, at - 30);
  const to = whole ? lineEnd : Math.min(lineEnd, at + 30);
  let around = new TextDecoder('windows-1252').decode(bytes.subarray(from, to)).trim();
  if (from > lineStart) around = `…${around.replace(/^\S*\s/, '')}`;
  if (to < lineEnd) around = `${around.replace(/\s\S*$/, '')}…`;
  return new NotUtf8Error(line, around);
}
