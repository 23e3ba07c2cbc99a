/** Content files must be UTF-8: the line of the first bad byte, and the words around it. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, NotUtf8Error } from '../../../src/lib/check/encoding.ts';

const fail = (bytes: Uint8Array) => {
  try {
    decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof NotUtf8Error) return { line: error.line, near: error.near };
    throw error;
  }
  throw new Error('decoded without error');
};

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark; Windows line endings are left to the parsers', () => {
    expect(decodeUtf8(Buffer.from('\ufeffLiège\r\n'))).toBe('Liège\r\n');
  });

  it('names the line of the first bad byte: Windows-1252, a lone continuation byte, a sequence cut at the end', () => {
    expect(fail(Buffer.from('one\ntwo\nCafé\n', 'latin1'))).toEqual({ line: 3, near: 'Café' });
    expect(fail(Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x80]), Buffer.from(' x\n')]))).toMatchObject({ line: 2 });
    expect(fail(Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xe2, 0x82])]))).toMatchObject({ line: 3 });
  });

  it('shows the words around the byte on a long line', () => {
    const line = `${'word '.repeat(20)}Liège ${'more '.repeat(20)}`;
    expect(fail(Buffer.from(line, 'latin1')).near).toBe('…word word word word word Liège more more more more more…');
  });
});
