import { describe, expect, it } from 'vitest';
import { applyHref, clampDescription, countryName, formatDate, formatList, formatMoneyRange, formatMonth, hashToBucket, initialsOf, languageName, toVideoEmbed, yearsBetween } from '../../src/lib/format.ts';
import { escapeHtml, renderTag, startsWithHeading } from '../../src/lib/html.ts';

describe('dates, lists, money and names', () => {
  it('formats calendar dates in the page language, in UTC', () => {
    const d = new Date('2026-03-01T00:00:00Z');
    expect(formatDate(d, 'en')).toBe('March 1, 2026');
    expect(formatDate(d, 'nl')).toBe('1 maart 2026');
    expect(formatDate(d, 'fr')).toBe('1 mars 2026');
    expect(formatMonth(d, 'en')).toBe('March 2026');
  });

  it('formats salary ranges and single figures without decimals', () => {
    // Intl separates with no-break and thin spaces; compare with plain ones.
    const money = (...args: Parameters<typeof formatMoneyRange>) => formatMoneyRange(...args).replace(/\s/g, ' ');
    expect(money({ min: 52000, max: 64000, currency: 'EUR' }, 'en')).toBe('€52,000 – €64,000');
    expect(money({ min: 3500, currency: 'EUR' }, 'nl')).toBe('€ 3.500');
    expect(money({ min: 40, max: 40, currency: 'USD' }, 'en')).toBe('$40');
  });

  it('shows the cents of a salary that has them instead of rounding it', () => {
    const money = (...args: Parameters<typeof formatMoneyRange>) => formatMoneyRange(...args).replace(/\s/g, ' ');
    expect(money({ min: 16.5, max: 19.25, currency: 'EUR' }, 'en')).toBe('€16.50 – €19.25');
    expect(money({ min: 2350.5, max: 2900, currency: 'EUR' }, 'nl')).toBe('€ 2.350,50-2.900,00');
    expect(money({ min: 16.5, currency: 'EUR' }, 'fr')).toBe('16,50 €');
  });

  it('joins lists and names languages and countries in the page language', () => {
    expect(formatList(['Dutch', 'French', 'English'], 'en')).toBe('Dutch, French, and English');
    expect(formatList(['Ana'], 'en')).toBe('Ana');
    expect(languageName('nl', 'en')).toBe('Dutch');
    expect(languageName('fr', 'nl')).toBe('Frans');
    expect(countryName('BE', 'fr')).toBe('Belgique');
  });

  it('takes initials from the first and last word, whatever the alphabet or punctuation', () => {
    expect(initialsOf('Sofie De Smet')).toBe('SS');
    expect(initialsOf('Ana')).toBe('A');
    expect(initialsOf('  élodie   dubois ')).toBe('ÉD');
    expect(initialsOf('Jean-Luc "JL" Picard')).toBe('JP');
    expect(initialsOf('')).toBe('?');
  });

  it('spreads ids over avatar colours the same way every build', () => {
    expect(hashToBucket('ana-peeters', 5)).toBe(hashToBucket('ana-peeters', 5));
    const buckets = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => hashToBucket(id, 5)));
    expect(buckets.size).toBeGreaterThan(2);
  });

  it('counts whole years only after the anniversary', () => {
    expect(yearsBetween(new Date('2021-09-01'), new Date('2026-08-31'))).toBe(4);
    expect(yearsBetween(new Date('2021-09-01'), new Date('2026-09-01'))).toBe(5);
  });
});

describe('toVideoEmbed', () => {
  it('turns YouTube links of every shape into a youtube-nocookie player', () => {
    for (const link of ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'https://youtu.be/aqz-KE-bpKQ', 'https://m.youtube.com/watch?v=aqz-KE-bpKQ&t=10', 'https://www.youtube.com/shorts/aqz-KE-bpKQ']) {
      expect(toVideoEmbed(link), link).toEqual({ embedUrl: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ', provider: 'YouTube' });
    }
  });

  it('turns Vimeo links into a do-not-track player', () => {
    expect(toVideoEmbed('https://vimeo.com/76979871')).toEqual({ embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1', provider: 'Vimeo' });
  });

  it('leaves other hosts and malformed links as plain links', () => {
    expect(toVideoEmbed('https://example.com/watch?v=abcdefgh')).toBeUndefined();
    expect(toVideoEmbed('https://www.youtube.com/watch?v="><script>')).toBeUndefined();
    expect(toVideoEmbed('not a url')).toBeUndefined();
  });
});

describe('applyHref', () => {
  it('links to an apply URL as it is and to an e-mail address with a subject', () => {
    expect(applyHref('https://jobs.acme.test/apply/42', 'Backend')).toBe('https://jobs.acme.test/apply/42');
    expect(applyHref('jobs@acme.test', 'R&D lead')).toBe('mailto:jobs@acme.test?subject=R%26D%20lead');
  });
});

describe('strict HTML escaping', () => {
  it('escapes every character that could start or end markup', () => {
    expect(escapeHtml(`Tools & tricks </script><script>alert('1')</script>"`)).toBe('Tools &amp; tricks &lt;/script&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;&quot;');
  });

  it('writes tags with escaped attribute values, boolean attributes and no undefined ones', () => {
    expect(renderTag('meta', { property: 'og:title', content: 'A "quote" <b>' })).toBe('<meta property="og:title" content="A &quot;quote&quot; &lt;b&gt;">');
    expect(renderTag('iframe', { title: 'x', allowfullscreen: true, hidden: false, lang: undefined }, '')).toBe('<iframe title="x" allowfullscreen></iframe>');
  });
});

describe('clampDescription', () => {
  it('keeps a short description as it is, with white space folded', () => {
    expect(clampDescription('  Sensors on  bridges.\n Come build them. ')).toBe('Sensors on bridges. Come build them.');
  });

  it('ends a long description after a sentence when one ends late enough', () => {
    const text = `${'Brugwerk puts sensors on bridges, locks and tunnels across Belgium and beyond, and builds the software that reads them'}. ${'Join a team of engineers who care about the work.'.repeat(3)}`;
    expect(clampDescription(text)).toBe('Brugwerk puts sensors on bridges, locks and tunnels across Belgium and beyond, and builds the software that reads them.');
  });

  it('otherwise cuts at the last whole word and adds an ellipsis, within the limit', () => {
    const text = 'word '.repeat(60);
    const clamped = clampDescription(text, 50);
    expect(clamped).toBe(`${'word '.repeat(9).trim()}…`);
    expect(clamped.length).toBeLessThanOrEqual(50);
  });
});

describe('startsWithHeading', () => {
  it('tells a description that opens with its own heading from one that does not', () => {
    expect(startsWithHeading('<h2 id="about-the-team">About the team</h2><p>…</p>')).toBe(true);
    expect(startsWithHeading('\n  <!-- intro --> <h3>Who we are</h3>')).toBe(true);
    expect(startsWithHeading('<p>You build and run the services.</p><h2>What you will do</h2>')).toBe(false);
    expect(startsWithHeading('<header>x</header>')).toBe(false);
    expect(startsWithHeading('')).toBe(false);
  });
});
