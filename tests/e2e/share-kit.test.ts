/**
 * The share kit in Debian's Chromium over its fixture (tests/fixtures/share, today = 2026-03-01):
 * picking themes, editing the text into the links, the copy buttons and the clipboard, the kit
 * without JavaScript, accessibility, and no cookie or third-party request.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findViolations, horizontalOverflow } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/serve.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site-in-browser.ts';

const ORIGIN = 'https://careers.share.test';
const QA = `${ORIGIN}/stories/q-and-a/`;
/** Text with every character that breaks naive share links. */
const EDITED = 'Q&A #1 at Share & Co 🎉\nSecond line, 100% mine';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
/** Every URL the pages asked for. */
let requests: string[];

beforeAll(async () => {
  ({ browser, server } = await openSiteInBrowser('tests/fixtures/share', { now: '2026-03-01', what: 'The share fixture' }));
});

afterAll(() => closeSiteInBrowser({ browser, server }));

/** Opens a page in a fresh context; `withoutSiteScripts` blocks the site's scripts but lets axe run. */
async function open(path: string, options: Parameters<Browser['newContext']>[0] & { withoutSiteScripts?: boolean } = {}) {
  const { withoutSiteScripts, ...contextOptions } = options;
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...contextOptions });
  requests = [];
  context.on('request', (request) => requests.push(request.url()));
  if (withoutSiteScripts) await context.route(/\.js(\?|$)/, (route) => route.abort());
  // Share links open the networks in a new tab: answer them locally, never over the internet.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>network</title>' }));
  page = await context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
}

afterEach(async () => {
  await context?.close();
});

const visibleProposals = () => page.locator('[data-proposal]:visible').evaluateAll((list) => list.map((a) => a.id.replace('proposal-', '')));
const editorLink = (id: string, network: string) => page.locator(`#share-${id} a[data-network="${network}"]`).getAttribute('href');
/** The value of a share URL's parameter, decoded as the network reads it. */
const param = (href: string | null, name: string) => new URL(href!).searchParams.get(name);

describe('picking themes', () => {
  it("shows this week's proposals until a theme is ticked, then narrows them to the ticked themes", async () => {
    await open('/share/');
    expect(await visibleProposals()).toEqual(['tech-talk', 'platform-engineer', 'q-and-a-spring']);
    await expect.poll(() => page.locator('[data-kit-summary]').textContent()).toBe('3 proposals this week, on every theme.');
    expect(await page.getByText('Tick themes to see only their proposals. Your choice is remembered in this browser only.').isVisible()).toBe(true);

    await page.getByRole('checkbox', { name: /Culture/ }).check();
    expect(await visibleProposals()).toEqual(['q-and-a-spring']);
    await expect.poll(() => page.locator('[data-kit-summary]').textContent()).toBe('1 proposal for these themes.');

    await page.getByRole('checkbox', { name: /Tech/ }).check();
    expect(await visibleProposals()).toEqual(['tech-talk', 'q-and-a-spring']);
    await expect.poll(() => page.locator('[data-kit-summary]').textContent()).toBe('2 proposals for these themes.');

    // Unticking every theme shows them all again.
    await page.getByRole('checkbox', { name: /Culture/ }).uncheck();
    await page.getByRole('checkbox', { name: /Tech/ }).uncheck();
    expect(await visibleProposals()).toEqual(['tech-talk', 'platform-engineer', 'q-and-a-spring']);
  });

  it('remembers the themes in localStorage only, and sets no cookie', async () => {
    await open('/share/');
    await page.getByRole('checkbox', { name: /Hiring/ }).check();
    await page.reload({ waitUntil: 'load' });
    expect(await page.getByRole('checkbox', { name: /Hiring/ }).isChecked()).toBe(true);
    expect(await visibleProposals()).toEqual(['platform-engineer']);
    expect(await page.evaluate(() => localStorage.getItem('vaandel:share-themes'))).toBe('["hiring"]');
    expect(await context.cookies()).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });

  it("starts a personal page with the person's themes, every link tagged with their slug", async () => {
    await open('/share/sofie-peeters/');
    // Both explanations say the same: the profile sets the themes, the boxes only narrow this page.
    expect(await page.locator('.lead').innerText()).toBe('This week’s proposals for the themes you follow in your profile: Culture, Tech. To follow other themes, change "themes" in your profile.');
    expect(await page.locator('#kit-themes-hint').innerText()).toBe('Untick a theme to hide its proposals on this page for now; this is remembered in this browser only. The themes you follow are set in your profile.');
    expect(await page.getByRole('checkbox', { name: /Culture/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Tech/ }).isChecked()).toBe(true);
    expect(await visibleProposals()).toEqual(['tech-talk', 'q-and-a-spring']);
    await page.locator('#proposal-q-and-a-spring-text').fill(EDITED);
    const shared = param(await editorLink('q-and-a-spring', 'x'), 'url')!;
    expect(new URL(shared).searchParams.get('utm_content')).toBe('sofie-peeters');
    expect(await editorLink('q-and-a-spring', 'mastodon')).toMatch(/^https:\/\/fosstodon\.org\/share\?text=Q%26A%20%231/);
  });
});

describe('editing the text', () => {
  it('puts the edited text into the X, Bluesky and WhatsApp links, correctly encoded', async () => {
    await open('/share/');
    await page.getByRole('checkbox', { name: /Culture/ }).check();
    const textarea = page.getByRole('textbox', { name: /Your text/ });
    expect(await textarea.inputValue()).toBe('Q&A with Sofie: #1 question is "what do you build?" 🎉\n\n#lifeatshare #culture');
    await textarea.fill(EDITED);

    const x = await editorLink('q-and-a-spring', 'x');
    expect(param(x, 'text')).toBe(EDITED);
    expect(param(x, 'url')).toBe(`${QA}?utm_source=x&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    expect(param(await editorLink('q-and-a-spring', 'bluesky'), 'text')).toBe(`${EDITED}\n\n${QA}?utm_source=bluesky&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    const whatsapp = await editorLink('q-and-a-spring', 'whatsapp');
    expect(whatsapp).toContain('Q%26A%20%231%20at%20Share%20%26%20Co%20%F0%9F%8E%89%0ASecond');
    expect(param(whatsapp, 'text')).toBe(`${EDITED}\n\n${QA}?utm_source=whatsapp&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    const email = await editorLink('q-and-a-spring', 'email');
    expect(email).toContain('%0D%0ASecond');
  });

  it('loads another wording into the text area when picked', async () => {
    await open('/share/');
    await page.getByRole('checkbox', { name: /Culture/ }).check();
    await page.getByRole('radio', { name: /Wording 2/ }).check();
    const wording2 = 'Ever wondered what we do all day?\nSofie answers, line by line.\n\n#lifeatshare #culture';
    expect(await page.getByRole('textbox', { name: /Your text/ }).inputValue()).toBe(wording2);
    expect(param(await editorLink('q-and-a-spring', 'x'), 'text')).toBe(wording2);
  });
});

describe('copy buttons', () => {
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const status = () => page.locator('#share-q-and-a-spring [role="status"]').textContent();

  it('copy the edited text with the link, or the link alone, tagged utm_source=copy, and say so', async () => {
    await open('/share/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('checkbox', { name: /Culture/ }).check();
    await page.getByRole('textbox', { name: /Your text/ }).fill(EDITED);
    const group = page.getByRole('group', { name: 'Share “Sofie\'s Q&A”' });

    await group.getByRole('button', { name: 'Copy text' }).click();
    await expect.poll(clipboard).toBe(`${EDITED}\n\n${QA}?utm_source=copy&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    await expect.poll(status).toBe('Text and link copied.');

    await group.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(clipboard).toBe(`${QA}?utm_source=copy&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    await expect.poll(status).toBe('Link copied.');
  });

  it('LinkedIn copies the text first, says so, and still opens the link-only share page', async () => {
    await open('/share/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('checkbox', { name: /Culture/ }).check();
    await page.getByRole('textbox', { name: /Your text/ }).fill(EDITED);
    const popup = context.waitForEvent('page');
    await page.getByRole('group', { name: 'Share “Sofie\'s Q&A”' }).getByRole('link', { name: /LinkedIn/ }).click();
    const linkedin = await popup;
    expect(linkedin.url()).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`${QA}?utm_source=linkedin&utm_medium=advocacy&utm_campaign=q-and-a-spring`)}`,
    );
    await expect.poll(clipboard).toBe(EDITED);
    await expect.poll(status).toBe('Your text is on the clipboard: paste it into your LinkedIn post.');
  });
});

describe('without JavaScript', () => {
  it('lists every proposal with working share links for each wording, and hides what needs a script', async () => {
    await open('/share/', { javaScriptEnabled: false });
    expect(await visibleProposals()).toEqual(['tech-talk', 'platform-engineer', 'q-and-a-spring']);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBe(0);
    const wording2 = page.getByRole('group', { name: 'Share wording 2 of “Sofie\'s Q&A”' });
    const x = await wording2.getByRole('link', { name: 'Share on X (opens in a new tab)' }).getAttribute('href');
    expect(param(x, 'text')).toBe('Ever wondered what we do all day?\nSofie answers, line by line.\n\n#lifeatshare #culture');
    expect(param(x, 'url')).toBe(`${QA}?utm_source=x&utm_medium=advocacy&utm_campaign=q-and-a-spring`);
    expect(await wording2.getByRole('link', { name: 'Share by E-mail' }).getAttribute('href')).toMatch(/^mailto:\?subject=Sofie's%20Q%26A&body=/);
  });
});

describe('accessibility', () => {
  it.each([
    { name: 'with JavaScript, light', options: {}, path: '/share/' },
    { name: 'with JavaScript, dark', options: { colorScheme: 'dark' as const }, path: '/share/sofie-peeters/' },
    // axe needs JavaScript itself: block the site's scripts instead, which leaves the page as without JavaScript.
    { name: 'without JavaScript', options: { withoutSiteScripts: true }, path: '/share/' },
    { name: 'at 320 px', options: { viewport: { width: 320, height: 640 } }, path: '/share/sofie-peeters/' },
  ])('finds no axe violation $name on $path', async ({ options, path }) => {
    await open(path, options);
    if ('withoutSiteScripts' in options) expect(await visibleProposals()).toHaveLength(3);
    else if (path === '/share/') await page.getByRole('checkbox', { name: /Culture/ }).check();
    expect(await findViolations(page, path)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  }, 90_000);

  it('shows a visible focus ring on share buttons', async () => {
    await open('/share/sofie-peeters/');
    const link = page.locator('#share-q-and-a-spring a[data-network="x"]');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toBe('solid 3px');
  });
});
