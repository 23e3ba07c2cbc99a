/** countCharacters counts what people see, with or without its shortcut for plain Latin text. */
import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../../src/schemas/limits.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const seen = (text: string) => [...segmenter.segment(text)].length;

describe('countCharacters', () => {
  it('counts a character built of several code points once', () => {
    expect(countCharacters('Cafe\u0301')).toBe(4); // e + combining acute
    expect(countCharacters('👍🏽 ok')).toBe(4);
    expect(countCharacters('👩‍💻')).toBe(1);
    expect(countCharacters('a\r\nb')).toBe(3);
    expect(countCharacters('Liège — “Brugwerk” … 5 €')).toBe(24);
  });

  it('agrees with the grapheme segmenter for every pair of characters around the shortcut’s edges', () => {
    const edges = [0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0x2ff, 0x300, 0x36f, 0x200b, 0x200c, 0x200d, 0x200f, 0x2010, 0x2027, 0x2028, 0x202f, 0x2030, 0x205f, 0x2060, 0x20ab, 0x20ac, 0x20ad, 0xfe0f, 0x1f3fd];
    const chars = edges.map((code) => String.fromCodePoint(code));
    for (const a of chars) for (const b of chars) for (const text of [a + b, `x${a}${b}y`]) expect(countCharacters(text), JSON.stringify(text)).toBe(seen(text));
  });

  it('agrees with the grapheme segmenter on every code point the shortcut takes, beside a letter and a combining mark', () => {
    const ranges: [number, number][] = [[0x09, 0x0a], [0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205f], [0x20ac, 0x20ac]];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCodePoint(code);
        for (const text of [`a${c}b`, `${c}\u0301`]) expect(countCharacters(text), `U+${code.toString(16)}`).toBe(seen(text));
      }
    }
  });
});
