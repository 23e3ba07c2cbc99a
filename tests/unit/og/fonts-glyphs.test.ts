import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../../src/lib/og/fonts.ts';
import { sanitizeText } from '../../../src/lib/og/glyphs.ts';
import type { CardRenderer } from '../../../src/lib/og/render-card.ts';
import type { CardNode } from '../../../src/lib/og/templates.ts';
import { getRenderer } from './renderer.ts';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

const covers = (cp: number) => renderer.typeface.covers(cp);
const has = (ch: string) => covers(ch.codePointAt(0)!);

describe('the fonts cmap', () => {
  it('covers Dutch, French, German, Polish, Czech, Hungarian, Turkish, Greek and Cyrillic letters', () => {
    for (const ch of 'éèêëàâçîïôûùüÿœæĳÉÈÊËÀÂÇÎÏÔÛÙÜŸŒÆĲßäöÄÖąęłńśźżŁŃŚŹŻčřšžůěČŘŠŽŮőűŐŰğışĞİŞ€«»‹›„“”‘’–—…αβγΩжЖщ') expect(has(ch), ch).toBe(true);
  });
  it('does not cover emoji, pictographs or scripts Inter lacks', () => {
    for (const ch of ['😀', '🚲', '✨', '★', '✓', '中', 'ש', 'ع', 'ก', '🇧']) expect(has(ch), ch).toBe(false);
  });
});

describe('sanitizeText', () => {
  it('keeps text the fonts can draw as it is, no-break spaces included', () => {
    expect(sanitizeText('Één café-crème, s’il vous plaît\u00a0? Łódź, Straße, İstanbul', covers)).toBe('Één café-crème, s’il vous plaît\u00a0? Łódź, Straße, İstanbul');
  });
  it('drops emoji with their joiners, skin tones, variation selectors, flags and keycaps', () => {
    expect(sanitizeText('Ça roule 🚲 ! Team 👩🏽‍💻‍ and ❤️ from 🇧🇪, room 1️⃣', covers)).toBe('Ça roule ! Team and from , room 1');
  });
  it('replaces compatibility characters by the letters they stand for', () => {
    expect(sanitizeText('ﬁne ＦＵＬＬ ① 5㎏', covers)).toBe('fine FULL 1 5kg');
  });
  it('keeps the base letter of an accented letter the fonts lack', () => {
    expect([...sanitizeText('Ḉa ǹ', covers)].every(has)).toBe(true);
  });
  it('keeps a narrow no-break space a no-break space where the fonts lack it', () => {
    const french = sanitizeText('«\u202fBonjour\u202f»', covers);
    expect(french).toBe(has('\u202f') ? '«\u202fBonjour\u202f»' : '«\u00a0Bonjour\u00a0»');
  });
  it('turns line breaks and tabs into spaces and drops control characters', () => {
    expect(sanitizeText('one\ntwo\tthree\u0007four', covers)).toBe('one two threefour');
  });
  it('gives an empty string when nothing drawable is left', () => {
    expect(sanitizeText('中文标题 🎉', covers)).toBe('');
  });
});

describe('drawing unsupported characters', () => {
  const line = (text: string): CardNode => ({
    type: 'div',
    props: { style: { display: 'flex', width: '100%', height: '100%', fontFamily: FONT_FAMILY, fontSize: 48, backgroundColor: '#fff' }, children: text },
  });

  it('would draw a box for an emoji, which the sanitised text does not', async () => {
    const raw = 'Ça roule 🚲 !';
    const withoutEmoji = await renderer.toSvg(line('Ça roule !'));
    // Unsanitised, satori draws something (a .notdef box) for the emoji: the output differs.
    expect(await renderer.toSvg(line(raw))).not.toBe(withoutEmoji);
    // Sanitised, the emoji is gone, exactly as if it had never been typed.
    expect(await renderer.toSvg(line(sanitizeText(raw, covers)))).toBe(withoutEmoji);
  });
});
