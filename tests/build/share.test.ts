/**
 * The share kit over its fixture (tests/fixtures/share, built once with today = 2026-03-01):
 * personal pages and feeds only for published ambassadors, UTM tags on every share link, noindex,
 * working links without JavaScript, and nothing of the kit in the sitemap.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { findTags, meta } from '../helpers/html.ts';

const FIXTURE = 'tests/fixtures/share';
const ORIGIN = 'https://careers.share.test';
const PUBLISHED = ['jan-janssens', 'sofie-peeters'];
const UNPUBLISHED = ['paula-paused', 'wim-withdrawn', 'nora-noconsent'];
const NETWORK_HOSTS: Record<string, string> = {
  'www.linkedin.com': 'linkedin',
  'x.com': 'x',
  'www.facebook.com': 'facebook',
  'bsky.app': 'bluesky',
  'wa.me': 'whatsapp',
};

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(FIXTURE, { now: '2026-03-01' });
  if (site.code !== 0) throw new Error(`The share fixture did not build (exit ${site.code}):\n${site.output.slice(-4000)}`);
});

/** The share links of a page: every <a data-network>, with the link they share and its UTM tags. */
function shareLinks(html: string) {
  return findTags(html, 'a')
    .filter((a) => a['data-network'])
    .map((a) => {
      const href = a.href!;
      const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
      const carrier = [...query.values()].find((v) => /https?:\/\//.test(v)) ?? '';
      const shared = new URL(carrier.match(/https?:\/\/\S+/)![0]);
      return { network: a['data-network']!, href, shared, utm: Object.fromEntries([...shared.searchParams].filter(([k]) => k.startsWith('utm_'))) };
    });
}

/** The proposal ids on a kit page. */
function proposalIds(html: string): string[] {
  return findTags(html, 'article')
    .filter((a) => 'data-proposal' in a)
    .map((a) => a.id!.replace(/^proposal-/, ''));
}

describe('personal share pages', () => {
  it('exist, with a feed, only for published ambassadors', async () => {
    const files = await site.files();
    const personal = files.filter((f) => /^share\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]).sort();
    expect(personal).toEqual(PUBLISHED);
    for (const slug of PUBLISHED) expect(await site.exists(`share/${slug}/feed.xml`)).toBe(true);
    for (const slug of UNPUBLISHED) {
      expect(files.filter((f) => f.includes(slug))).toEqual([]);
    }
  });

  it('are noindex and advertise their feed', async () => {
    for (const slug of PUBLISHED) {
      const html = await site.read(`share/${slug}/index.html`);
      expect(meta(html, 'robots')).toMatch(/noindex/);
      expect(findTags(html, 'link').some((l) => l.rel === 'alternate' && l.href === `/share/${slug}/feed.xml`)).toBe(true);
    }
  });

  it("list the proposals of the person's themes only", async () => {
    expect(proposalIds(await site.read('share/sofie-peeters/index.html'))).toEqual(['tech-talk', 'q-and-a-spring']);
    expect(proposalIds(await site.read('share/jan-janssens/index.html'))).toEqual(['platform-engineer']);
  });

  it('tag every share link with utm_content=<slug>, the network, the medium and the post', async () => {
    const links = shareLinks(await site.read('share/sofie-peeters/index.html'));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.utm).toEqual({ utm_source: link.network, utm_medium: 'advocacy', utm_campaign: expect.stringMatching(/^(tech-talk|q-and-a-spring)$/), utm_content: 'sofie-peeters' });
    }
    const qa = links.find((l) => l.utm.utm_campaign === 'q-and-a-spring')!;
    expect(qa.shared.origin + qa.shared.pathname).toBe(`${ORIGIN}/stories/q-and-a/`);
    const talk = links.find((l) => l.utm.utm_campaign === 'tech-talk')!;
    expect(talk.shared.searchParams.get('ref')).toBe('kit');
  });

  it("use the person's own Mastodon instance, else the site's", async () => {
    const mastodon = (slug: string) => findTags(PAGES.get(slug)!, 'a').find((a) => a['data-network'] === 'mastodon')!.href!;
    PAGES.set('sofie-peeters', await site.read('share/sofie-peeters/index.html'));
    PAGES.set('jan-janssens', await site.read('share/jan-janssens/index.html'));
    expect(mastodon('sofie-peeters')).toMatch(/^https:\/\/fosstodon\.org\/share\?text=/);
    expect(mastodon('jan-janssens')).toMatch(/^https:\/\/social\.share\.test\/share\?text=/);
  });
});
const PAGES = new Map<string, string>();

describe('the share kit /share/', () => {
  it('lists every current proposal, not the expired one, newest first, and is noindex', async () => {
    const html = await site.read('share/index.html');
    expect(proposalIds(html)).toEqual(['tech-talk', 'platform-engineer', 'q-and-a-spring']);
    expect(html).not.toContain('Expired-variant-marker');
    expect(meta(html, 'robots')).toMatch(/noindex/);
  });

  it('works without JavaScript: working share links for every wording of every proposal', async () => {
    const html = await site.read('share/index.html');
    const links = shareLinks(html);
    for (const link of links) {
      expect(link.utm).toEqual({ utm_source: link.network, utm_medium: 'advocacy', utm_campaign: expect.any(String) });
      const host = new URL(link.href).host;
      if (NETWORK_HOSTS[host]) expect(NETWORK_HOSTS[host]).toBe(link.network);
    }
    // Two wordings and the editor for q-and-a-spring, each with all seven networks.
    const qa = links.filter((l) => l.utm.utm_campaign === 'q-and-a-spring');
    expect(qa).toHaveLength(3 * 7);
    const x = qa.filter((l) => l.network === 'x').map((l) => new URL(l.href).searchParams.get('text'));
    expect(x).toContain('Q&A with Sofie: #1 question is "what do you build?" 🎉\n\n#lifeatshare #culture');
    expect(x).toContain('Ever wondered what we do all day?\nSofie answers, line by line.\n\n#lifeatshare #culture');
    // The post names its networks: no Facebook or WhatsApp for the job post.
    expect(new Set(links.filter((l) => l.utm.utm_campaign === 'platform-engineer').map((l) => l.network))).toEqual(new Set(['linkedin', 'x', 'bluesky', 'mastodon', 'email']));
  });

  it('shows each proposal with its card and what it links to', async () => {
    const html = await site.read('share/index.html');
    const images = findTags(html, 'img').map((i) => i.src);
    expect(images).toEqual(expect.arrayContaining(['/og/share/tech-talk.png', '/og/share/platform-engineer.png', '/og/share/q-and-a-spring.png']));
    expect(findTags(html, 'a').some((a) => a.href === '/jobs/platform-engineer/')).toBe(true);
  });

  it('makes no third-party request: no external script, style, image or frame', async () => {
    for (const file of ['share/index.html', 'share/sofie-peeters/index.html']) {
      const html = await site.read(file);
      const external = [...findTags(html, 'script').map((s) => s.src), ...findTags(html, 'img').map((i) => i.src), ...findTags(html, 'iframe').map((i) => i.src)]
        .concat(findTags(html, 'link').filter((l) => l.rel !== 'alternate' && l.rel !== 'canonical').map((l) => l.href))
        .filter((src): src is string => !!src && /^(https?:)?\/\//.test(src));
      expect(external).toEqual([]);
    }
  });

  it('is not in the sitemap', async () => {
    const sitemaps = (await site.files()).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(await site.read(file)).not.toContain('/share/');
  });
});

describe('share buttons on story and job pages', () => {
  it("share the story with its text and hashtags, utm_campaign = the story, the public medium (not the kit's), no utm_content", async () => {
    const html = await site.read('stories/q-and-a/index.html');
    expect(html).toContain('>Share this story</h2>');
    const links = shareLinks(html);
    expect(links.map((l) => l.network)).toEqual(['linkedin', 'x', 'facebook', 'bluesky', 'mastodon', 'whatsapp', 'email']);
    for (const link of links) {
      expect(link.shared.origin + link.shared.pathname).toBe(`${ORIGIN}/stories/q-and-a/`);
      // The fixture sets utm.medium (advocacy) for the kit, and no publicMedium: visitors' shares get the default.
      expect(link.utm).toEqual({ utm_source: link.network, utm_medium: 'share', utm_campaign: 'q-and-a' });
    }
    const x = new URL(links.find((l) => l.network === 'x')!.href);
    expect(x.searchParams.get('text')).toBe('Q&A: what is it like at Share & Co? 🎉\n\n#lifeatshare');
    expect(links.find((l) => l.network === 'mastodon')!.href).toMatch(/^https:\/\/social\.share\.test\/share\?/);
  });

  it('share an open job as "<title> — <company>", utm_campaign = the job, the public medium', async () => {
    const links = shareLinks(await site.read('jobs/platform-engineer/index.html'));
    expect(links).toHaveLength(7);
    for (const link of links) expect(link.utm).toEqual({ utm_source: link.network, utm_medium: 'share', utm_campaign: 'platform-engineer' });
    expect(new URL(links.find((l) => l.network === 'x')!.href).searchParams.get('text')).toBe('Platform engineer — Share & Co');
  });
});

describe('personal feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it("carry the person's proposals, linking to them on their page", async () => {
    const xml = await site.read('share/sofie-peeters/feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBe('Share proposals for Sofie Peeters — Share & Co');
    const items = [channel.item].flat();
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Our tech talk at FOSDEM', "Sofie's Q&A"]);
    expect(items.map((i: { link: string }) => i.link)).toEqual([`${ORIGIN}/share/sofie-peeters/#proposal-tech-talk`, `${ORIGIN}/share/sofie-peeters/#proposal-q-and-a-spring`]);
    expect(items[1].description).toBe('Q&A with Sofie: #1 question is "what do you build?" 🎉\n\n#lifeatshare #culture');
    expect([items[0].category].flat()).toEqual(['Tech', 'Events']);
  });

  it('carry only the job post for an ambassador who follows hiring', async () => {
    const channel = parser.parse(await site.read('share/jan-janssens/feed.xml')).rss.channel;
    expect([channel.item].flat().map((i: { title: string }) => i.title)).toEqual(['We are hiring a platform engineer']);
  });
});
