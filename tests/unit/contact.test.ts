/** Contact routes (src/lib/contact.ts): what a profile's `contact:` and site.yaml's `recruiting` become as links. */
import { describe, expect, test } from 'vitest';
import { contactRoute, recruitingRoutes } from '../../src/lib/contact.ts';

describe('contactRoute', () => {
  test('an e-mail address becomes a mailto: link, with the page subject encoded', () => {
    expect(contactRoute('sofie.peeters@brugwerk.be', 'Data engineer & more?')).toEqual({
      kind: 'email',
      address: 'sofie.peeters@brugwerk.be',
      href: 'mailto:sofie.peeters@brugwerk.be?subject=Data%20engineer%20%26%20more%3F',
    });
    expect(contactRoute(' mailto:sofie@brugwerk.be ')).toEqual({ kind: 'email', address: 'sofie@brugwerk.be', href: 'mailto:sofie@brugwerk.be' });
  });

  test('an https link is a LinkedIn route or a web route, named by its host', () => {
    expect(contactRoute('https://www.linkedin.com/messaging/compose/?recipient=sofie')).toEqual({ kind: 'linkedin', host: 'linkedin.com', href: 'https://www.linkedin.com/messaging/compose/?recipient=sofie' });
    expect(contactRoute('https://be.linkedin.com/in/sofie')).toMatchObject({ kind: 'linkedin', host: 'be.linkedin.com' });
    expect(contactRoute('https://cal.com/sofie/15min', 'Data engineer')).toEqual({ kind: 'web', host: 'cal.com', href: 'https://cal.com/sofie/15min' });
  });

  test('anything else gives no link at all', () => {
    for (const value of [undefined, '', '   ', 'http://cal.com/sofie', 'javascript:alert(1)', 'data:text/html,<b>', 'sofie at brugwerk.be', 'sofie@brugwerk.be?cc=boss@brugwerk.be', '"><script>@x.be', 'https://']) {
      expect(contactRoute(value), String(value)).toBeUndefined();
    }
  });
});

describe('recruitingRoutes', () => {
  test("the recruiting team's e-mail, then its page (site.yaml urls may be http)", () => {
    expect(recruitingRoutes({ email: 'jobs@brugwerk.be', url: 'https://brugwerk.be/jobs/contact' }, 'Data engineer')).toEqual([
      { kind: 'email', address: 'jobs@brugwerk.be', href: 'mailto:jobs@brugwerk.be?subject=Data%20engineer' },
      { kind: 'web', host: 'brugwerk.be', href: 'https://brugwerk.be/jobs/contact' },
    ]);
    expect(recruitingRoutes({ url: 'http://intranet.example/jobs' })).toEqual([{ kind: 'web', host: 'intranet.example', href: 'http://intranet.example/jobs' }]);
    expect(recruitingRoutes(undefined)).toEqual([]);
  });
});
