import { describe, expect, it } from 'vitest';
import { appendLink, composeText, formatHashtags } from '../../../src/lib/share/text.ts';

describe('composeText', () => {
  it('puts the hashtags on their own line after the text', () => {
    expect(composeText('We are hiring!', ['careers', 'ghent'])).toBe('We are hiring!\n\n#careers #ghent');
  });

  it('returns the text alone without hashtags, trimmed', () => {
    expect(composeText('  Hello\n', [])).toBe('Hello');
  });

  it('skips hashtags the text already uses, whatever their case, and duplicates', () => {
    expect(composeText('Proud of #LifeAtAcme today', ['lifeatacme', 'data', 'Data'])).toBe('Proud of #LifeAtAcme today\n\n#data');
  });

  it('keeps diacritics, emoji and a leading # written by mistake', () => {
    expect(composeText('Één team 🎉', ['#café', 'équipe'])).toBe('Één team 🎉\n\n#café #équipe');
  });

  it('turns Windows line ends into \\n', () => {
    expect(composeText('one\r\ntwo\rthree', [])).toBe('one\ntwo\nthree');
  });

  it('is only the hashtags when there is no text', () => {
    expect(composeText('', ['a'])).toBe('#a');
  });
});

describe('formatHashtags', () => {
  it('returns an empty string when every tag is already in the text', () => {
    expect(formatHashtags('#a and #b', ['a', 'B'])).toBe('');
  });
});

describe('appendLink', () => {
  it('puts the link on its own line after a blank line', () => {
    expect(appendLink('Hi  \n', 'https://e.com/')).toBe('Hi\n\nhttps://e.com/');
  });

  it('is just the link when the text is empty', () => {
    expect(appendLink(' ', 'https://e.com/')).toBe('https://e.com/');
  });
});
