/**
 * The card template family, as satori element trees (plain objects, no JSX): story, ambassador,
 * job, share post and site. Every text is made drawable (glyphs.ts) and fitted to its box (fit.ts)
 * before satori sees it, so nothing overflows: long texts shrink, then wrap, then end in "…".
 */
import { IMAGE_SLOTS, type ImageSlot, type AmbassadorCardText, type CardBrand, type CardContent, type CardLabels, type JobCardText, type ShareCardText, type SiteCardText, type StoryCardText } from './card-content.ts';
import { adjustForContrast, mixHex, parseHex, readableOn, toHex } from '../brand-colors.ts';
import { fitText, type FitBox, type FittedText } from './fit.ts';
import { FONT_FAMILY, type FontWeight, type Typeface } from './fonts.ts';
import { sanitizeText } from './glyphs.ts';
import { en, unquoted } from '../../i18n/en.ts';

/** Bump when the look of the cards changes, so that cached cards are drawn again. */
export const TEMPLATE_VERSION = '2';

/** Card width in pixels. */
export const CARD_WIDTH = 1200;
/** Card height in pixels. */
export const CARD_HEIGHT = 630;

/** An image resized for its slot: its pixels (with transparency where the slot needs it) and its size. */
export interface PreparedImage {
  /** RGBA pixels, row by row, straight (not premultiplied) alpha. */
  pixels: Uint8Array;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** The key of an image's placeholder element: satori lays it out, the renderer paints the image there. */
export const IMAGE_KEY_PREFIX = 'image:';

/** A satori element. */
export interface CardNode {
  /** Element name: div. */
  type: string;
  /** Names an image placeholder: "image:<slot>". */
  key?: string;
  /** Style, children and attributes. */
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
type CardChild = CardNode | string;

/** The fitted texts of a card, by role, so tests can check what the layout decided. */
export type CardFits = Record<string, FittedText>;

/** A card ready for satori, with the text fits it was built from. */
export interface CardTree {
  /** The root element, 1200×630. */
  root: CardNode;
  /** Every fitted text, by role (title, name, quote …). */
  fits: CardFits;
}

/** The card words in English, for a card whose content gives none (its own language's come from src/i18n). */
const { job: _job, ...LABELS } = en.card satisfies CardLabels & { job: string };

/** Builds the element tree of a card; see the module comment. */
export function buildCardTree(content: CardContent<PreparedImage>, typeface: Typeface): CardTree {
  const ctx = createContext(content, typeface);
  switch (content.text.template) {
    case 'story':
      return { root: storyCard(ctx, content.text), fits: ctx.fits };
    case 'ambassador':
      return { root: ambassadorCard(ctx, content.text), fits: ctx.fits };
    case 'job':
      return { root: jobCard(ctx, content.text), fits: ctx.fits };
    case 'share':
      return { root: shareCard(ctx, content.text), fits: ctx.fits };
    case 'site':
      return { root: siteCard(ctx, content.text), fits: ctx.fits };
  }
}

interface Context {
  brand: CardBrand;
  /** The card's words, in its language. */
  labels: CardLabels;
  images: CardContent<PreparedImage>['images'];
  colours: ReturnType<typeof brandColours>;
  fits: CardFits;
  /** Drawable version of a text, or the fallback when nothing drawable is left. */
  clean(text: string | undefined, fallback?: string): string;
  /** Fits a text under a role name and returns the text element. */
  fitted(role: string, text: string, box: FitBox, style: Record<string, string | number>): CardNode;
}

function createContext(content: CardContent<PreparedImage>, typeface: Typeface): Context {
  const fits: CardFits = {};
  const clean = (text: string | undefined, fallback = '') => sanitizeText(text ?? '', typeface.covers) || sanitizeText(fallback, typeface.covers);
  return {
    brand: content.brand,
    labels: content.labels ?? LABELS,
    images: content.images,
    colours: brandColours(content.brand),
    fits,
    clean,
    fitted(role, text, box, style) {
      const fit = fitText(text, typeface, box);
      fits[role] = fit;
      return h(
        'div',
        {
          display: 'block',
          maxWidth: box.width,
          fontSize: fit.fontSize,
          fontWeight: box.weight,
          lineHeight: box.lineHeight,
          lineClamp: fit.maxLines,
          wordBreak: 'break-word',
          ...style,
        },
        fit.text,
      );
    },
  };
}

/** The near-black ink of the cards. */
const INK = '#111827';
const WHITE = '#ffffff';

/** The colours of a brand, with text colours chosen for contrast (src/lib/brand-colors.ts). */
function brandColours(brand: CardBrand) {
  const primary = toHex(parseHex(brand.primary));
  const accent = brand.accent ? toHex(parseHex(brand.accent)) : mixHex(primary, WHITE, 0.6);
  const onPrimary = readableOn(primary, INK);
  return {
    primary,
    accent,
    onPrimary,
    mutedOnPrimary: mixHex(onPrimary, primary, 0.28),
    onAccent: readableOn(accent, INK),
    /** The primary as text on white, darkened when too light to read. */
    primaryInk: adjustForContrast(primary, [WHITE], 'darker', 4.5),
    /** The accent as a mark on white. */
    accentInk: adjustForContrast(accent, [WHITE], 'darker', 3),
    /** The accent as a mark on the primary: lighter on a dark primary, darker on a light one. */
    accentOnPrimary: adjustForContrast(accent, [primary], onPrimary === WHITE ? 'lighter' : 'darker', 1.8),
    tint: mixHex(primary, WHITE, 0.9),
    ink: INK,
    mutedInk: mixHex(INK, WHITE, 0.35),
    glow: mixHex(primary, onPrimary, 0.08),
    glowStrong: mixHex(primary, onPrimary, 0.14),
  };
}

/** A satori element; `style` first, then the children. */
function h(type: string, style: Record<string, string | number>, ...children: (CardChild | false | undefined)[]): CardNode {
  const kids = children.filter((c): c is CardChild => c !== false && c !== undefined && c !== '');
  return { type, props: { style, children: kids.length === 1 ? kids[0] : kids } };
}

/**
 * An in-flow block of a card. It is positioned (relative) so that it paints above the absolute
 * decorations that come before it: positioned boxes paint after unpositioned ones, as in CSS.
 */
function layer(style: Record<string, string | number>, ...children: (CardChild | false | undefined)[]): CardNode {
  return h('div', { display: 'flex', position: 'relative', ...style }, ...children);
}

/**
 * Where an image goes: an empty box of its size, painted afterwards by the renderer straight into
 * the pixels (an SVG rasteriser spends more time decoding one embedded photo than drawing the rest of the card).
 */
function img(slot: ImageSlot, image: PreparedImage): CardNode {
  return { type: 'div', key: IMAGE_KEY_PREFIX + slot, props: { style: { display: 'flex', width: image.width, height: image.height, flexShrink: 0 } } };
}

function box(width: number, height: number, sizes: number[], weight: FontWeight, lineHeight: number, maxLines: number): FitBox {
  return { width, height, sizes, weight, lineHeight, maxLines };
}

function rootStyle(background: string, color: string, extra: Record<string, string | number> = {}) {
  return {
    display: 'flex',
    position: 'relative',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    boxSizing: 'border-box',
    backgroundColor: background,
    color,
    fontFamily: FONT_FAMILY,
    ...extra,
  };
}

/** The logo in a white badge (readable on any background), or the company name when there is no logo. */
function logoBadge(ctx: Context, slot: 'logo' | 'siteLogo' = 'logo'): CardNode {
  const logo = ctx.images[slot];
  const size = IMAGE_SLOTS[slot];
  const padding = slot === 'logo' ? '12px 20px' : '20px 26px';
  const small = slot === 'logo';
  const name = () =>
    ctx.fitted(`${slot}Name`, ctx.clean(ctx.brand.name, 'Careers'), box(small ? 260 : 560, size.height, small ? [30, 26, 22] : [52, 46, 40], 800, 1.1, 1), { color: ctx.colours.primaryInk });
  // A wide logo usually holds the name; a square mark gets the name beside it.
  if (logo && logo.width / logo.height >= 2) return h('div', { display: 'flex', alignItems: 'center', backgroundColor: '#ffffff', borderRadius: 16, padding }, img(slot, logo));
  if (logo) return h('div', { display: 'flex', alignItems: 'center', backgroundColor: '#ffffff', borderRadius: 16, padding, gap: small ? 14 : 22 }, img(slot, logo), name());
  return h(
    'div',
    { display: 'flex', alignItems: 'center', backgroundColor: '#ffffff', borderRadius: 16, padding, height: size.height + (small ? 24 : 40), boxSizing: 'border-box' },
    name(),
  );
}

function pill(text: string, background: string, color: string): CardNode {
  return h('div', { display: 'flex', backgroundColor: background, color, borderRadius: 999, padding: '10px 24px', fontSize: 24, fontWeight: 700, lineHeight: 1.2 }, text);
}

/** A pill whose text is fitted to a maximum width. */
function fittedPill(ctx: Context, role: string, text: string, maxWidth: number, background: string, color: string, fontSize = 24): CardNode {
  return h(
    'div',
    { display: 'flex', backgroundColor: background, color, borderRadius: 999, padding: '10px 24px' },
    ctx.fitted(role, text, box(maxWidth - 48, fontSize * 1.2, [fontSize, fontSize - 2, fontSize - 4], 700, 1.2, 1), {}),
  );
}

/** Big soft circles behind the text of the cards on the primary colour. */
function glow(ctx: Context): CardNode[] {
  return [
    h('div', { position: 'absolute', right: -180, top: -240, width: 640, height: 640, borderRadius: 320, backgroundColor: ctx.colours.glow }),
    h('div', { position: 'absolute', right: 120, bottom: -300, width: 420, height: 420, borderRadius: 210, backgroundColor: ctx.colours.glowStrong }),
  ];
}

/** The accent strip along the bottom edge. */
function strip(ctx: Context, colour = ctx.colours.accent): CardNode {
  return h('div', { position: 'absolute', left: 0, bottom: 0, width: CARD_WIDTH, height: 14, backgroundColor: colour });
}

/** Initials of a name: first letters of the first and last words. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/u).filter((w) => /\p{L}/u.test(w));
  const first = words[0] ? [...words[0]].find((c) => /\p{L}/u.test(c)) : undefined;
  const last = words.length > 1 ? [...words[words.length - 1]!].find((c) => /\p{L}/u.test(c)) : undefined;
  return `${first ?? ''}${last ?? ''}`.toLocaleUpperCase() || '?';
}

/** A round photo, or the initials on the accent colour. */
function avatar(ctx: Context, name: string, image: PreparedImage | undefined, size: number): CardNode {
  const ring = 5;
  const inner = image
    ? img('storyPhoto', image) // painted round by the renderer
    : h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'center', width: size, height: size, borderRadius: size / 2, backgroundColor: ctx.colours.accent, color: ctx.colours.onAccent, fontSize: size * 0.4, fontWeight: 800 },
        ctx.clean(initialsOf(name), '?'),
      );
  return h('div', { display: 'flex', padding: ring, borderRadius: size / 2 + ring, backgroundColor: ctx.colours.accentOnPrimary }, inner);
}

// ─── story ─────────────────────────────────────────────────────────────────────────────────────

function storyCard(ctx: Context, text: StoryCardText): CardNode {
  const c = ctx.colours;
  const pad = 64;
  const inner = CARD_WIDTH - 2 * pad;
  const kicker = ctx.clean(text.theme) ? `${ctx.labels.story} · ${ctx.clean(text.theme)}` : ctx.labels.story;
  const photo = IMAGE_SLOTS.storyPhoto.width;
  const name = ctx.clean(text.person.name, ctx.brand.name);
  const others = text.person.others > 0 ? ` ${ctx.labels.more.replace('{n}', String(text.person.others))}` : '';
  return h(
    'div',
    rootStyle(c.primary, c.onPrimary, { flexDirection: 'column', padding: `52px ${pad}px 60px` }),
    ...glow(ctx),
    layer({ justifyContent: 'space-between', alignItems: 'center', width: inner, height: 72 }, logoBadge(ctx), fittedPill(ctx, 'kicker', kicker, 520, c.accent, c.onAccent)),
    layer(
      { flexGrow: 1, alignItems: 'center', marginTop: 20, marginBottom: 20 },
      ctx.fitted('title', ctx.clean(text.title, ctx.brand.name), box(inner, 276, [76, 70, 64, 58, 52, 46, 42, 38], 800, 1.12, 5), { letterSpacing: -0.5 }),
    ),
    layer(
      { alignItems: 'center', width: inner, height: photo + 10 },
      avatar(ctx, name, ctx.images.storyPhoto, photo),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 28, width: 560 },
        ctx.fitted('name', name + others, box(560, 44, [36, 32, 28], 700, 1.2, 1), {}),
        ctx.fitted('detail', ctx.clean(text.person.detail), box(560, 34, [26, 24, 22], 400, 1.3, 1), { color: c.mutedOnPrimary, marginTop: 4 }),
      ),
      h('div', { display: 'flex', marginLeft: 'auto', alignSelf: 'flex-end' }, ctx.fitted('host', ctx.clean(ctx.brand.host), box(inner - photo - 10 - 28 - 560 - 20, 30, [24, 22, 20, 18], 700, 1.2, 1), { color: c.mutedOnPrimary, textAlign: 'right' })),
    ),
    strip(ctx),
  );
}

// ─── ambassador ────────────────────────────────────────────────────────────────────────────────

function ambassadorCard(ctx: Context, text: AmbassadorCardText): CardNode {
  const c = ctx.colours;
  const panel = IMAGE_SLOTS.ambassadorPhoto;
  const padX = 60;
  const inner = CARD_WIDTH - panel.width - 2 * padX;
  const name = ctx.clean(text.name, ctx.brand.name);
  const photo = ctx.images.ambassadorPhoto
    ? img('ambassadorPhoto', ctx.images.ambassadorPhoto)
    : h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'center', width: panel.width, height: panel.height, backgroundColor: c.primary, color: c.onPrimary, fontSize: 168, fontWeight: 800, letterSpacing: -4 },
        ctx.clean(initialsOf(name), '?'),
      );
  const role = [ctx.clean(text.role), ctx.clean(text.team)].filter(Boolean).join(' · ');
  const nameBox = box(inner, 2 * 66 * 1.08, [66, 60, 54, 48, 44, 40], 800, 1.08, 2);
  const nameNode = ctx.fitted('name', name, nameBox, { color: c.ink, letterSpacing: -0.5 });
  const nameHeight = ctx.fits.name!.lines.length * ctx.fits.name!.fontSize * 1.08;
  // What is left for the quote between the role line and the footer.
  const quoteHeight = Math.floor(CARD_HEIGHT - 52 - 72 - 36 - nameHeight - 10 - 40 - 30 - 40 - 46 - 52);
  // Without the quotation marks its author may have typed: the card adds its language's own.
  const quote = ctx.clean(unquoted(text.quote ?? ''));
  return h(
    'div',
    rootStyle('#ffffff', c.ink, { flexDirection: 'row' }),
    h('div', { display: 'flex', width: panel.width, height: panel.height }, photo),
    h('div', { position: 'absolute', left: panel.width, top: 0, width: 14, height: CARD_HEIGHT, backgroundColor: c.accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - panel.width, height: CARD_HEIGHT, padding: `52px ${padX}px 52px`, boxSizing: 'border-box' },
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 72 }, logoBadgeOnWhite(ctx), pill(ctx.labels.people, c.tint, c.primaryInk)),
      h('div', { display: 'flex', marginTop: 36 }, nameNode),
      h('div', { display: 'flex', marginTop: 10 }, ctx.fitted('role', role, box(inner, 40, [30, 28, 26, 24, 22], 700, 1.3, 1), { color: c.primaryInk })),
      quote
        ? h(
            'div',
            { display: 'flex', marginTop: 30, paddingLeft: 28, borderLeft: `6px solid ${c.accentInk}` },
            ctx.fitted('quote', ctx.clean(`${ctx.labels.quoteOpen}${quote}${ctx.labels.quoteClose}`), box(inner - 34, Math.max(quoteHeight, 40), [34, 31, 28, 26, 24, 22], 400, 1.35, 6), { color: c.mutedInk }),
          )
        : undefined,
      h('div', { display: 'flex', marginTop: 'auto' }, ctx.fitted('host', ctx.clean(ctx.brand.host), box(inner, 30, [22, 20, 18], 700, 1.3, 1), { color: c.mutedInk })),
    ),
  );
}

/** The logo badge on a white card: outlined so that it does not melt into the background. */
function logoBadgeOnWhite(ctx: Context): CardNode {
  const badge = logoBadge(ctx);
  badge.props.style = { ...badge.props.style, border: `2px solid ${ctx.colours.tint}`, padding: '10px 18px' };
  return badge;
}

// ─── job ───────────────────────────────────────────────────────────────────────────────────────

function jobCard(ctx: Context, text: JobCardText): CardNode {
  const c = ctx.colours;
  const grey = { bar: '#9ca3af', band: '#4b5563', tint: '#f3f4f6', ink: '#4b5563' };
  const bar = text.closed ? grey.bar : c.primary;
  const chipBg = text.closed ? grey.tint : c.tint;
  const chipInk = text.closed ? grey.ink : c.primaryInk;
  const padL = 88;
  const padR = 64;
  const inner = CARD_WIDTH - padL - padR;
  const band = 92;
  const workMode = ctx.clean(text.workMode);
  const locations = ctx.clean(text.locations.join(', '));
  const team = ctx.clean(text.team);
  const chips: CardNode[] = [];
  if (workMode) chips.push(fittedPill(ctx, 'workMode', workMode, 260, chipBg, chipInk, 26));
  if (team) chips.push(fittedPill(ctx, 'team', team, 400, chipBg, chipInk, 26));
  const used = (workMode ? 260 : 0) + (team ? 400 : 0);
  if (locations) chips.push(fittedPill(ctx, 'locations', locations, Math.max(inner - used - 2 * 14, 200), chipBg, chipInk, 26));
  return h(
    'div',
    rootStyle('#ffffff', c.ink, { flexDirection: 'column', padding: `52px ${padR}px ${band + 40}px ${padL}px` }),
    h('div', { position: 'absolute', left: 0, top: 0, width: 20, height: CARD_HEIGHT, backgroundColor: bar }),
    h('div', { position: 'absolute', right: -140, top: -200, width: 520, height: 520, borderRadius: 260, backgroundColor: text.closed ? grey.tint : c.tint }),
    layer(
      { justifyContent: 'space-between', alignItems: 'center', width: inner, height: 72 },
      logoBadgeOnWhite(ctx),
      text.closed ? pill(ctx.labels.closed, grey.band, '#ffffff') : pill(ctx.labels.hiring, c.accent, c.onAccent),
    ),
    layer(
      { flexGrow: 1, alignItems: 'center', marginTop: 16, marginBottom: 16 },
      ctx.fitted('title', ctx.clean(text.title, ctx.brand.name), box(inner, 250, [84, 76, 68, 60, 54, 48, 42, 38], 800, 1.08, 4), {
        color: text.closed ? grey.ink : c.ink,
        letterSpacing: -0.5,
      }),
    ),
    layer({ width: inner, height: 56, gap: 14 }, ...chips),
    h(
      'div',
      { position: 'absolute', left: 0, bottom: 0, display: 'flex', alignItems: 'center', width: CARD_WIDTH, height: band, padding: `0 ${padR}px 0 ${padL}px`, boxSizing: 'border-box', backgroundColor: text.closed ? grey.band : c.primary, color: text.closed ? '#ffffff' : c.onPrimary },
      ctx.fitted('band', text.closed ? ctx.labels.closedBand : `${ctx.labels.applyAt} ${ctx.clean(ctx.brand.host)}`, box(inner, 36, [28, 26, 24, 22, 20], 700, 1.25, 1), {}),
    ),
  );
}

// ─── share post ────────────────────────────────────────────────────────────────────────────────

function shareCard(ctx: Context, text: ShareCardText): CardNode {
  const c = ctx.colours;
  const picture = ctx.images.sharePicture;
  const padX = 64;
  const inner = CARD_WIDTH - (picture ? IMAGE_SLOTS.sharePicture.width : 0) - 2 * padX;
  const teaser = ctx.clean(text.text);
  const target = ctx.clean(text.target);
  const themes = text.themes.map((t) => ctx.clean(t)).filter(Boolean).slice(0, 3);
  return h(
    'div',
    rootStyle(c.tint, c.ink, { flexDirection: 'row' }),
    h('div', { position: 'absolute', left: 0, top: 0, width: 14, height: CARD_HEIGHT, backgroundColor: c.primary }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: inner + 2 * padX, height: CARD_HEIGHT, padding: `52px ${padX}px 52px`, boxSizing: 'border-box' },
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 72 }, logoBadge(ctx), pill(ctx.labels.share, c.primary, c.onPrimary)),
      target ? h('div', { display: 'flex', marginTop: 34 }, ctx.fitted('target', target, box(inner, 34, [26, 24, 22], 700, 1.3, 1), { color: c.primaryInk })) : undefined,
      h('div', { display: 'flex', marginTop: target ? 8 : 40 }, ctx.fitted('title', ctx.clean(text.title, ctx.brand.name), box(inner, 3 * 60 * 1.1, [60, 54, 48, 44, 40, 36], 800, 1.1, 3), { letterSpacing: -0.5 })),
      teaser
        ? h(
            'div',
            { display: 'flex', marginTop: 24, paddingLeft: 24, borderLeft: `6px solid ${c.accentInk}` },
            ctx.fitted('text', teaser, box(inner - 30, 3 * 28 * 1.35, [28, 26, 24], 400, 1.35, 3), { color: c.mutedInk }),
          )
        : undefined,
      themes.length
        ? h('div', { display: 'flex', marginTop: 'auto', gap: 12 }, ...themes.map((t, i) => fittedPill(ctx, `theme${i}`, t, Math.floor((inner - 24) / themes.length), '#ffffff', c.primaryInk, 22)))
        : undefined,
    ),
    picture ? img('sharePicture', picture) : undefined,
  );
}

// ─── site ──────────────────────────────────────────────────────────────────────────────────────

function siteCard(ctx: Context, text: SiteCardText): CardNode {
  const c = ctx.colours;
  const pad = 72;
  const inner = CARD_WIDTH - 2 * pad;
  return h(
    'div',
    rootStyle(c.primary, c.onPrimary, { flexDirection: 'column', padding: `64px ${pad}px 72px` }),
    ...glow(ctx),
    layer({ alignItems: 'center', height: 112 }, logoBadge(ctx, 'siteLogo')),
    layer(
      { flexDirection: 'column', flexGrow: 1, justifyContent: 'center', marginTop: 20, marginBottom: 20 },
      ctx.fitted('tagline', ctx.clean(text.tagline, ctx.brand.name), box(inner, 186, [76, 68, 60, 54, 48, 42], 800, 1.1, 3), { letterSpacing: -0.5 }),
      ctx.fitted('description', ctx.clean(text.description), box(inner, 2 * 28 * 1.35, [28, 26, 24], 400, 1.35, 2), { color: c.mutedOnPrimary, marginTop: 16 }),
    ),
    layer(
      { alignItems: 'center', gap: 20 },
      pill(ctx.labels.careers, c.accent, c.onAccent),
      ctx.fitted('host', ctx.clean(ctx.brand.host), box(inner - 220, 36, [28, 26, 24, 22], 700, 1.25, 1), {}),
    ),
    strip(ctx),
  );
}
