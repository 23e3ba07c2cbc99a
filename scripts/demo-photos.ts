/**
 * Renders the demo company's pictures: an abstract head-and-shoulders portrait for every ambassador
 * whose front matter names a `photo`, and a geometric cover in the brand colours for every story
 * that names a `cover` (and for every share post that names an `image`). Everything is drawn as SVG and encoded by sharp, seeded by the slug, so the
 * same content always gives the same bytes and nothing is downloaded.
 *
 *   npx tsx scripts/demo-photos.ts            # the content folder (VAANDEL_CONTENT or content/)
 *
 * Portraits are 800×800, covers 1600×900 and share images 1200×630 JPEGs at quality 80, without metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parse } from 'yaml';
import { resolveContentDir } from '../src/lib/content-dir.ts';

/** Side of a portrait, in pixels. */
export const PHOTO_SIZE = 800;
/** Size of a story cover, in pixels. */
export const COVER_SIZE = { width: 1600, height: 900 } as const;
/** Size of a share post's image, the size of a social card. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
const JPEG = { quality: 80, mozjpeg: true, chromaSubsampling: '4:2:0' } as const;

// ---------------------------------------------------------------- randomness

/** A 32-bit FNV-1a hash of a string, the seed of every picture. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A small deterministic generator (mulberry32) returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// ---------------------------------------------------------------- colours

/** Mixes two #rrggbb colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const channels = (hex: string) => {
    const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
    return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  };
  const [x, y] = [channels(a), channels(b)];
  return `#${x.map((c, i) => Math.round(c + (y[i]! - c) * t).toString(16).padStart(2, '0')).join('')}`;
}
const lighten = (c: string, t: number) => mix(c, '#ffffff', t);
const darken = (c: string, t: number) => mix(c, '#000000', t);

const SKINS = ['#f4d6c1', '#eac0a0', '#d9a47c', '#c08660', '#9a6445', '#744b33'] as const;
const HAIR_COLOURS = ['#1f1a17', '#3b2a20', '#5e412c', '#8a3b20', '#a8814f', '#c9a063', '#a7a5a2', '#d9d6d0'] as const;
const CLOTHES = ['#2f5d50', '#c7a13a', '#1f3a5f', '#b5523b', '#6b4c7a', '#2d6e73', '#8c2f39', '#3f4a3c', '#e0dcd3'] as const;
const BACKDROPS = [
  ['#cfe3f2', '#a9c8e4'],
  ['#f6d9c5', '#eab89a'],
  ['#d8ead9', '#b4d3b8'],
  ['#e3dcef', '#c6b9df'],
  ['#f7ebbd', '#ecd38b'],
  ['#d3ecea', '#a6d2cd'],
  ['#f2d6dc', '#e0b0bb'],
  ['#e8e2d4', '#d2c7ae'],
] as const;

// ---------------------------------------------------------------- portraits

/** Hair styles the portrait can draw. */
export const HAIR_STYLES = ['short', 'crop', 'quiff', 'messy', 'pixie', 'bob', 'shoulder', 'wavy', 'long', 'ponytail', 'bun', 'curly', 'headscarf'] as const;
/** Necklines the portrait can draw. */
export const NECKLINES = ['crew', 'v', 'collar', 'hoodie', 'jacket', 'turtleneck'] as const;

/** Everything that varies between two portraits. */
export interface PortraitTraits {
  /** Two colours of the background gradient. */
  backdrop: readonly [string, string];
  /** Skin tone. */
  skin: string;
  /** Hair (or headscarf) colour. */
  hair: string;
  /** How the hair is drawn. */
  hairStyle: (typeof HAIR_STYLES)[number];
  /** Clothes colour. */
  clothes: string;
  /** Second clothes colour (shirt under a jacket, collar). */
  under: string;
  /** Neckline of the clothes. */
  neckline: (typeof NECKLINES)[number];
  /** Facial hair, if any. */
  beard?: 'full' | 'short' | 'stubble';
  /** Round glasses. */
  glasses?: boolean;
  /** Small earrings. */
  earrings?: boolean;
}

/** Traits drawn from the slug's seed, for anyone without an entry in PORTRAITS. */
export function seedPortrait(slug: string): PortraitTraits {
  const random = createRandom(hashSeed(slug));
  return {
    backdrop: pick(random, BACKDROPS),
    skin: pick(random, SKINS),
    hair: pick(random, HAIR_COLOURS),
    hairStyle: pick(random, HAIR_STYLES.filter((s) => s !== 'headscarf')),
    clothes: pick(random, CLOTHES),
    under: pick(random, ['#f4f1ea', '#d9e4ee', '#2b2b2b'] as const),
    neckline: pick(random, NECKLINES),
    glasses: random() < 0.25,
  };
}

/** The demo people, drawn to match the alt text in their profiles. */
const PORTRAITS: Record<string, Partial<PortraitTraits>> = {
  'sofie-peeters': { backdrop: BACKDROPS[0], skin: SKINS[0], hair: '#9a7548', hairStyle: 'shoulder', clothes: '#3f7a4f', neckline: 'crew' },
  'elodie-dubois': { backdrop: BACKDROPS[1], skin: SKINS[4], hair: '#1f1a17', hairStyle: 'curly', clothes: '#c9972e', under: '#f4f1ea', neckline: 'collar' },
  'geert-van-den-broeck': { backdrop: BACKDROPS[2], skin: SKINS[1], hair: '#9d9b97', hairStyle: 'crop', clothes: '#d8682a', under: '#5a6169', neckline: 'jacket', beard: 'short' },
  'maelle-lambert': { backdrop: BACKDROPS[3], skin: SKINS[0], hair: '#8a3b20', hairStyle: 'ponytail', clothes: '#2d6e73', neckline: 'v' },
  'jeroen-claes': { backdrop: ['#dde4ee', '#b9c6d8'], skin: SKINS[1], hair: '#3b2a20', hairStyle: 'quiff', clothes: '#1f3a5f', neckline: 'hoodie', glasses: true },
  'noemie-renard': { backdrop: BACKDROPS[4], skin: SKINS[2], hair: '#1f1a17', hairStyle: 'bun', clothes: '#e2725b', neckline: 'crew' },
  'francoise-wauters': { backdrop: BACKDROPS[6], skin: SKINS[0], hair: '#d9d6d0', hairStyle: 'bob', clothes: '#7d2a3a', under: '#f0e9e0', neckline: 'v', glasses: true },
  'pieter-de-smet': { backdrop: ['#d9efe4', '#b0d9c4'], skin: SKINS[0], hair: '#8a6a45', hairStyle: 'wavy', clothes: '#f4f1ea', under: '#f4f1ea', neckline: 'collar' },
  'amina-el-idrissi': { backdrop: BACKDROPS[5], skin: SKINS[2], hair: '#5c2a4a', hairStyle: 'headscarf', clothes: '#efe6d2', under: '#f8f4ec', neckline: 'jacket' },
  'thomas-janssens': { backdrop: BACKDROPS[7], skin: SKINS[3], hair: '#1f1a17', hairStyle: 'short', clothes: '#6d7278', under: '#bcd3ea', neckline: 'jacket', beard: 'short' },
  'priya-raman': { backdrop: ['#d6e9f7', '#a9cdea'], skin: SKINS[3], hair: '#1f1a17', hairStyle: 'long', clothes: '#a8442a', neckline: 'crew', earrings: true },
  'mehdi-benali': { backdrop: ['#f8dcc0', '#efbe92'], skin: SKINS[2], hair: '#1f1a17', hairStyle: 'curly', clothes: '#b8322f', neckline: 'crew', beard: 'stubble' },
  'wout-vermeulen': { backdrop: BACKDROPS[5], skin: SKINS[0], hair: '#c9a063', hairStyle: 'messy', clothes: '#2f5a3a', neckline: 'crew' },
  'hanne-maes': { backdrop: ['#e6e7e9', '#c9ccd1'], skin: SKINS[0], hair: '#e6dcc8', hairStyle: 'pixie', clothes: '#262626', neckline: 'turtleneck' },
};

/** The traits of a person: the demo table when they are in it, else the seed. */
export function portraitTraits(slug: string): PortraitTraits {
  const chosen = PORTRAITS[slug];
  return chosen ? { ...seedPortrait(slug), glasses: false, earrings: false, beard: undefined, ...chosen } : seedPortrait(slug);
}

// Head geometry, on an 800×800 canvas.
const HEAD = { cx: 400, cy: 360, rx: 116, ry: 142 };

function hairBack(t: PortraitTraits): string {
  const c = t.hair;
  const shade = darken(c, 0.18);
  switch (t.hairStyle) {
    case 'bob':
      return `<path fill="${shade}" d="M268 330 C262 230 330 196 400 196 C470 196 538 230 532 330 L540 470 C540 500 515 512 490 508 L310 508 C285 512 260 500 260 470 Z"/>`;
    case 'shoulder':
      return `<path fill="${shade}" d="M270 320 C262 225 330 192 400 192 C470 192 538 225 530 320 L548 600 C552 640 520 650 492 640 L308 640 C280 650 248 640 252 600 Z"/>`;
    case 'long':
      return `<path fill="${shade}" d="M268 320 C260 222 330 190 400 190 C470 190 540 222 532 320 L560 720 C562 760 530 770 500 760 L300 760 C270 770 238 760 240 720 Z"/>`;
    case 'wavy':
      return `<path fill="${shade}" d="M272 330 C262 228 330 192 400 192 C470 192 538 228 528 330 C548 370 528 400 546 440 C560 472 530 500 520 520 L280 520 C270 500 240 472 254 440 C272 400 252 370 272 330 Z"/>`;
    case 'ponytail':
      return `<path fill="${shade}" d="M500 250 C590 250 600 340 585 420 C572 500 600 560 570 620 C556 650 530 640 540 600 C556 530 530 470 540 400 C548 340 530 300 490 290 Z"/>`;
    case 'bun':
      return `<circle cx="400" cy="190" r="62" fill="${shade}"/><circle cx="382" cy="172" r="18" fill="${lighten(c, 0.12)}" opacity="0.35"/>`;
    case 'headscarf':
      return `<path fill="${c}" d="M250 360 C240 220 320 175 400 175 C480 175 560 220 550 360 C548 440 540 520 600 600 L610 640 L190 640 L200 600 C260 520 252 440 250 360 Z"/>`;
    default:
      return '';
  }
}

function hairFront(t: PortraitTraits): string {
  const c = t.hair;
  const hi = lighten(c, 0.14);
  switch (t.hairStyle) {
    case 'short':
      return `<path fill="${c}" d="M280 372 C268 250 330 200 400 200 C470 200 532 250 520 372 C512 318 486 282 440 272 C410 266 380 268 356 274 C312 286 288 322 280 372 Z"/>`;
    case 'crop':
      return `<path fill="${c}" d="M284 350 C276 252 334 214 400 214 C466 214 524 252 516 350 C506 300 476 268 400 262 C324 268 294 300 284 350 Z" opacity="0.92"/>`;
    case 'quiff':
      return `<path fill="${c}" d="M280 372 C266 262 318 214 380 196 C410 168 470 170 498 196 C540 232 530 300 520 372 C512 320 490 290 450 280 C420 270 360 268 334 282 C304 300 288 330 280 372 Z"/><path fill="none" stroke="${hi}" stroke-width="6" stroke-linecap="round" opacity="0.5" d="M392 206 C430 190 468 196 488 214"/>`;
    case 'messy':
      return `<path fill="${c}" d="M280 370 C270 300 282 250 300 232 L296 206 L330 214 L342 184 L372 204 L398 172 L420 202 L452 180 L466 212 L502 204 L500 236 C520 256 530 300 520 370 C510 320 482 290 440 282 L420 296 L404 278 L370 296 L356 280 C318 292 292 322 280 370 Z"/>`;
    case 'pixie':
      return `<path fill="${c}" d="M280 360 C270 250 330 204 404 204 C474 204 532 250 520 360 C514 320 500 296 478 284 C440 300 380 314 300 318 C290 330 284 344 280 360 Z"/>`;
    case 'bob':
      return `<path fill="${c}" d="M272 420 C252 250 320 200 400 200 C480 200 548 250 528 420 C522 360 512 320 496 296 C460 280 420 276 380 286 C340 276 320 300 300 320 C288 350 280 380 272 420 Z"/>`;
    case 'shoulder':
    case 'long':
      return `<path fill="${c}" d="M274 440 C250 250 320 198 400 198 C480 198 550 250 526 440 C520 360 508 310 470 286 C440 300 410 296 392 282 C350 290 300 320 274 440 Z"/>`;
    case 'wavy':
      return `<path fill="${c}" d="M276 410 C256 250 322 200 400 200 C478 200 546 250 524 410 C516 350 500 310 462 290 C432 306 396 300 372 286 C330 296 292 330 276 410 Z"/>`;
    case 'ponytail':
      return `<path fill="${c}" d="M280 372 C268 250 330 202 400 202 C470 202 532 250 520 372 C512 320 488 286 444 276 C410 268 372 270 344 282 C306 298 288 330 280 372 Z"/><circle cx="520" cy="276" r="16" fill="${darken(c, 0.3)}"/>`;
    case 'bun':
      return `<path fill="${c}" d="M282 370 C272 250 332 206 400 206 C468 206 528 250 518 370 C510 318 486 284 440 274 C412 268 388 268 360 274 C316 286 290 320 282 370 Z"/>`;
    case 'curly': {
      const curls: string[] = [];
      const count = 13;
      for (let i = 0; i < count; i++) {
        const a = Math.PI * (0.98 + (i / (count - 1)) * 1.04);
        const x = HEAD.cx + Math.cos(a) * (HEAD.rx + 4);
        const y = HEAD.cy - 28 + Math.sin(a) * (HEAD.ry - 6);
        curls.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${i % 2 ? 36 : 42}"/>`);
      }
      return `<g fill="${c}"><path d="M286 360 C276 250 334 214 400 214 C466 214 524 250 514 360 C500 310 460 286 400 284 C340 286 300 310 286 360 Z"/>${curls.join('')}</g>`;
    }
    case 'headscarf':
      return `<path fill="${c}" d="M268 372 C258 250 326 196 400 196 C474 196 542 250 532 372 C520 316 484 282 400 278 C316 282 280 316 268 372 Z"/>`;
  }
}

function clothes(t: PortraitTraits): string {
  const c = t.clothes;
  const body = `<path fill="url(#cloth)" d="M110 800 C112 672 200 610 320 592 L480 592 C600 610 688 672 690 800 Z"/>`;
  const neck = (bottom: number) =>
    t.hairStyle === 'headscarf'
      ? ''
      : `<path fill="${darken(t.skin, 0.12)}" d="M348 460 L348 ${bottom - 40} Q400 ${bottom + 10} 452 ${bottom - 40} L452 460 Z"/><path fill="#000000" opacity="0.08" d="M348 460 L452 460 L452 512 Q400 538 348 512 Z"/>`;
  switch (t.neckline) {
    case 'crew':
      return `${body}${neck(630)}<path fill="none" stroke="${darken(c, 0.2)}" stroke-width="10" d="M336 594 Q400 650 464 594"/>`;
    case 'v':
      return `${body}${neck(640)}<path fill="${darken(t.skin, 0.12)}" d="M340 592 L400 690 L460 592 Z"/><path fill="none" stroke="${darken(c, 0.22)}" stroke-width="8" d="M334 592 L400 700 L466 592"/>`;
    case 'collar':
      return `${body}${neck(630)}<path fill="${t.under === c ? lighten(c, 0.35) : t.under}" stroke="${darken(t.under, 0.15)}" stroke-width="3" d="M330 588 L400 642 L372 690 Z M470 588 L400 642 L428 690 Z"/><path stroke="${darken(c, 0.15)}" stroke-width="4" d="M400 642 L400 800"/>`;
    case 'hoodie':
      return `<path fill="${darken(c, 0.12)}" d="M300 560 C300 520 330 520 400 540 C470 520 500 520 500 560 L520 620 L280 620 Z"/>${body}${neck(620)}<path fill="none" stroke="${darken(c, 0.25)}" stroke-width="12" d="M320 596 Q400 660 480 596"/><path stroke="${lighten(c, 0.6)}" stroke-width="6" stroke-linecap="round" d="M376 640 L372 720 M424 640 L428 720"/>`;
    case 'jacket':
      return `${body}${neck(630)}<path fill="${t.under}" d="M338 592 L400 640 L462 592 L446 800 L354 800 Z"/><path fill="${darken(c, 0.12)}" d="M320 594 L400 700 L360 800 L250 800 L270 640 Z M480 594 L400 700 L440 800 L550 800 L530 640 Z"/>`;
    case 'turtleneck':
      return `${body}${neck(560)}<rect x="338" y="520" width="124" height="96" rx="30" fill="${lighten(c, 0.08)}"/>`;
  }
}

function face(t: PortraitTraits): string {
  const ear = darken(t.skin, 0.06);
  const ears =
    t.hairStyle === 'headscarf'
      ? []
      : [
          `<ellipse cx="${HEAD.cx - HEAD.rx + 2}" cy="${HEAD.cy + 14}" rx="20" ry="32" fill="${ear}"/>`,
          `<ellipse cx="${HEAD.cx + HEAD.rx - 2}" cy="${HEAD.cy + 14}" rx="20" ry="32" fill="${ear}"/>`,
        ];
  const parts = [
    ...ears,
    `<ellipse cx="${HEAD.cx}" cy="${HEAD.cy}" rx="${HEAD.rx}" ry="${HEAD.ry}" fill="${t.skin}"/>`,
    `<ellipse cx="${HEAD.cx}" cy="${HEAD.cy}" rx="${HEAD.rx}" ry="${HEAD.ry}" fill="url(#shade)"/>`,
  ];
  if (t.earrings) {
    parts.push(`<g fill="#d8b04c"><circle cx="${HEAD.cx - HEAD.rx + 2}" cy="${HEAD.cy + 52}" r="7"/><circle cx="${HEAD.cx + HEAD.rx - 2}" cy="${HEAD.cy + 52}" r="7"/></g>`);
  }
  if (t.beard) {
    const opacity = t.beard === 'stubble' ? 0.32 : t.beard === 'short' ? 0.85 : 1;
    parts.push(
      `<path fill="${t.hair}" opacity="${opacity}" d="M286 372 C290 462 338 502 400 502 C462 502 510 462 514 372 C504 424 476 444 452 450 C430 430 370 430 348 450 C324 444 296 424 286 372 Z"/>`,
    );
  }
  if (t.glasses) {
    parts.push(
      `<g fill="none" stroke="#2a2a2a" stroke-width="7"><circle cx="352" cy="368" r="34"/><circle cx="448" cy="368" r="34"/><path d="M386 366 Q400 356 414 366 M318 362 L288 352 M482 362 L512 352"/></g>`,
      `<g fill="#ffffff" opacity="0.18"><circle cx="352" cy="368" r="30"/><circle cx="448" cy="368" r="30"/></g>`,
    );
  }
  return parts.join('');
}

/** The SVG of an abstract head-and-shoulders portrait. */
export function renderPortraitSvg(t: PortraitTraits): string {
  const [b1, b2] = t.backdrop;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO_SIZE}" height="${PHOTO_SIZE}" viewBox="0 0 800 800">
<defs>
  <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${b1}"/><stop offset="1" stop-color="${b2}"/></linearGradient>
  <radialGradient id="glow" cx="0.5" cy="0.42" r="0.5"><stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
  <linearGradient id="cloth" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${t.clothes}"/><stop offset="1" stop-color="${darken(t.clothes, 0.22)}"/></linearGradient>
  <radialGradient id="shade" cx="0.36" cy="0.3" r="0.8"><stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/><stop offset="0.6" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.12"/></radialGradient>
</defs>
<rect width="800" height="800" fill="url(#bg)"/>
<circle cx="400" cy="340" r="330" fill="url(#glow)"/>
<ellipse cx="400" cy="790" rx="330" ry="40" fill="#000000" opacity="0.06"/>
${hairBack(t)}
${clothes(t)}
${t.hairStyle === 'headscarf' ? `<path fill="${darken(t.hair, 0.08)}" d="M292 420 C292 540 330 626 400 664 C470 626 508 540 508 420 Z"/>` : ''}
${face(t)}
${hairFront(t)}
</svg>`;
}

// ---------------------------------------------------------------- covers

/** The compositions a cover can use. */
export const COVER_STYLES = ['arches', 'waves', 'nodes', 'bands', 'rings', 'blocks'] as const;
/** A cover composition. */
export type CoverStyle = (typeof COVER_STYLES)[number];

/** The demo stories' compositions, to match the alt text in their front matter. */
const COVERS: Record<string, CoverStyle> = {
  'sensors-that-survive-the-meuse': 'waves',
  'three-months-one-anomaly-detector': 'nodes',
  'een-nacht-op-de-sluis': 'blocks',
  'trois-langues-une-equipe': 'bands',
  'thirty-three-years-under-bridges': 'arches',
  'leaving-on-good-terms': 'bands',
  'we-opened-our-sensor-format': 'nodes',
  'a-repair-cafe-in-liege': 'rings',
  'a-footbridge-in-light': 'waves',
  'moving-to-ghent-for-the-data': 'arches',
  'nine-in-the-evening-at-the-council': 'blocks',
  'what-we-are-hiring-for-in-2027': 'rings',
  'student-open-day-2027': 'rings',
};

/** The SVG of an abstract cover in the brand colours, seeded by the story's slug. */
export function renderCoverSvg(slug: string, colors: { primary: string; accent: string }, style?: CoverStyle): string {
  const random = createRandom(hashSeed(`cover:${slug}`));
  const chosen = style ?? COVERS[slug] ?? pick(random, COVER_STYLES);
  const { width: W, height: H } = COVER_SIZE;
  const p = colors.primary;
  const a = colors.accent;
  const cream = '#f6efe4';
  const deep = darken(p, 0.35);
  const tints = [lighten(p, 0.15), lighten(p, 0.3), lighten(p, 0.5), lighten(p, 0.72)];
  const r = (min: number, max: number) => min + random() * (max - min);
  const shapes: string[] = [];
  let background = `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p}"/><stop offset="1" stop-color="${deep}"/></linearGradient>`;

  switch (chosen) {
    case 'arches': {
      // Viaducts seen from the river: decks with arched openings, nearer ones larger and lighter.
      shapes.push(`<circle cx="${r(1080, 1380).toFixed(0)}" cy="${r(170, 250).toFixed(0)}" r="${r(80, 120).toFixed(0)}" fill="${a}"/>`);
      const layers = [
        { deck: 360, depth: 34, span: r(150, 190), pier: 22, colour: lighten(p, 0.08), opacity: 1 },
        { deck: 450, depth: 48, span: r(240, 300), pier: 34, colour: tints[1]!, opacity: 1 },
        { deck: 560, depth: 64, span: r(380, 460), pier: 48, colour: tints[3]!, opacity: 1 },
      ];
      const water = 760;
      for (const { deck, depth, span, pier, colour, opacity } of layers) {
        const spring = deck + depth + (span - pier) / 2;
        let d = `M0 ${deck} H${W} V${water} H0 Z`;
        for (let x = -r(0, span); x < W; x += span) {
          const x0 = x + pier / 2;
          const x1 = x + span - pier / 2;
          d += ` M${x0.toFixed(0)} ${water} V${spring.toFixed(0)} A${((x1 - x0) / 2).toFixed(0)} ${((x1 - x0) / 2).toFixed(0)} 0 0 1 ${x1.toFixed(0)} ${spring.toFixed(0)} V${water} Z`;
        }
        shapes.push(`<path d="${d}" fill="${colour}" fill-rule="evenodd" opacity="${opacity}"/>`);
      }
      shapes.push(`<rect x="0" y="${water}" width="${W}" height="${H - water}" fill="${deep}"/>`);
      for (let i = 0; i < 4; i++) {
        const y = water + 28 + i * 30;
        shapes.push(`<line x1="${r(60, 500).toFixed(0)}" y1="${y}" x2="${r(900, 1540).toFixed(0)}" y2="${y}" stroke="${tints[3]}" stroke-width="3" opacity="0.3"/>`);
      }
      break;
    }
    case 'waves': {
      const lines = 9;
      for (let i = 0; i < lines; i++) {
        const y0 = 140 + i * 80;
        const amp = r(12, 70) * (i === 4 ? 2.2 : 1);
        const freq = r(2, 5);
        const phase = r(0, Math.PI * 2);
        const points: string[] = [];
        for (let x = 0; x <= W; x += 20) points.push(`${x},${(y0 + Math.sin((x / W) * Math.PI * 2 * freq + phase) * amp * Math.sin((x / W) * Math.PI)).toFixed(1)}`);
        shapes.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${i === 4 ? a : tints[i % 4]}" stroke-width="${i === 4 ? 10 : 4}" stroke-linecap="round" opacity="${i === 4 ? 1 : 0.7}"/>`);
      }
      shapes.push(`<circle cx="${r(300, 1300).toFixed(0)}" cy="460" r="18" fill="${cream}"/>`);
      break;
    }
    case 'nodes': {
      const cols = 12;
      const rows = 6;
      const gapX = W / (cols + 1);
      const gapY = H / (rows + 1);
      const centres: [number, number][] = [];
      for (let y = 1; y <= rows; y++) for (let x = 1; x <= cols; x++) centres.push([x * gapX, y * gapY]);
      const lit = new Set<number>();
      while (lit.size < 7) lit.add(Math.floor(random() * centres.length));
      const litList = [...lit];
      for (let i = 0; i < litList.length - 1; i++) {
        const [x1, y1] = centres[litList[i]!]!;
        const [x2, y2] = centres[litList[i + 1]!]!;
        shapes.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${tints[3]}" stroke-width="3" opacity="0.55"/>`);
      }
      centres.forEach(([x, y], i) => {
        if (lit.has(i)) shapes.push(`<circle cx="${x}" cy="${y}" r="30" fill="${a}" opacity="0.25"/><circle cx="${x}" cy="${y}" r="16" fill="${a}"/>`);
        else shapes.push(`<circle cx="${x}" cy="${y}" r="${r(5, 11).toFixed(1)}" fill="${tints[Math.floor(random() * 4)]}" opacity="0.8"/>`);
      });
      break;
    }
    case 'bands': {
      background = `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${cream}"/><stop offset="1" stop-color="${lighten(p, 0.82)}"/></linearGradient>`;
      const colours = [p, tints[0]!, tints[1]!, a, tints[2]!, deep];
      let x = -300;
      let i = 0;
      while (x < W + 300) {
        const w = r(90, 220);
        shapes.push(`<path d="M${x.toFixed(0)} ${H} L${(x + 360).toFixed(0)} 0 L${(x + 360 + w).toFixed(0)} 0 L${(x + w).toFixed(0)} ${H} Z" fill="${colours[i % colours.length]}" opacity="${i % 3 === 1 ? 0.85 : 1}"/>`);
        x += w + r(40, 140);
        i++;
      }
      shapes.push(`<circle cx="${r(400, 1200).toFixed(0)}" cy="${r(250, 650).toFixed(0)}" r="${r(110, 170).toFixed(0)}" fill="${cream}" opacity="0.9"/>`);
      break;
    }
    case 'rings': {
      const cx = r(500, 1100);
      const cy = r(350, 550);
      for (let i = 14; i >= 1; i--) {
        shapes.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${i * 62}" fill="none" stroke="${i === 4 ? a : tints[i % 4]}" stroke-width="${i === 4 ? 12 : 5}" opacity="${i === 4 ? 1 : 0.45}"/>`);
      }
      shapes.push(`<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="36" fill="${a}"/>`);
      shapes.push(`<circle cx="${(cx + r(280, 480)).toFixed(0)}" cy="${(cy - r(120, 240)).toFixed(0)}" r="20" fill="${cream}"/>`);
      break;
    }
    case 'blocks': {
      shapes.push(`<rect x="0" y="${H * 0.64}" width="${W}" height="${H * 0.36}" fill="${deep}"/>`);
      let x = 40;
      while (x < W - 40) {
        const w = r(80, 200);
        const h = r(140, 430);
        const colour = random() < 0.15 ? a : tints[Math.floor(random() * 3)]!;
        shapes.push(`<rect x="${x.toFixed(0)}" y="${(H * 0.64 - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${colour}"/>`);
        shapes.push(`<rect x="${x.toFixed(0)}" y="${(H * 0.64).toFixed(0)}" width="${w.toFixed(0)}" height="${(h * 0.4).toFixed(0)}" fill="${colour}" opacity="0.22"/>`);
        x += w + r(12, 40);
      }
      for (let i = 0; i < 5; i++) {
        const y = H * 0.7 + i * 46;
        shapes.push(`<line x1="${r(80, 600).toFixed(0)}" y1="${y}" x2="${r(900, 1500).toFixed(0)}" y2="${y}" stroke="${cream}" stroke-width="3" opacity="0.25"/>`);
      }
      shapes.push(`<circle cx="${r(1150, 1450).toFixed(0)}" cy="150" r="60" fill="${a}"/>`);
      break;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>${background}</defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${shapes.join('\n')}
</svg>`;
}

// ---------------------------------------------------------------- files

/** The front matter of a Markdown or MDX file, parsed, or undefined without one. */
export function readFrontMatter(file: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
  return match ? (parse(match[1]!) as Record<string, unknown>) : undefined;
}

/** Encodes an SVG to a JPEG file (cropped to a size if given), leaving the file untouched when the bytes are the same. */
async function writeJpeg(svg: string, file: string, size?: { width: number; height: number }): Promise<{ bytes: number; changed: boolean }> {
  const image = sharp(Buffer.from(svg));
  if (size) image.resize(size.width, size.height, { fit: 'cover' });
  const jpeg = await image.jpeg(JPEG).toBuffer();
  const changed = !fs.existsSync(file) || !fs.readFileSync(file).equals(jpeg);
  if (changed) fs.writeFileSync(file, jpeg);
  return { bytes: jpeg.length, changed };
}

/** Finds `<slug>.md` entries of a collection folder with the given image field. */
function filesWith(folder: string, field: string): { slug: string; target: string }[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const value = readFrontMatter(path.join(folder, name))?.[field];
      return typeof value === 'string' ? [{ slug: name.slice(0, -3), target: path.resolve(folder, value) }] : [];
    })
    .sort((x, y) => x.slug.localeCompare(y.slug));
}

/** Finds `<slug>/index.md|mdx` entries of a collection folder with the given image field. */
function entriesWith(folder: string, field: string): { slug: string; target: string }[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const file = ['index.md', 'index.mdx'].map((f) => path.join(folder, d.name, f)).find((f) => fs.existsSync(f));
      const value = file ? readFrontMatter(file)?.[field] : undefined;
      return typeof value === 'string' ? [{ slug: d.name, target: path.resolve(folder, d.name, value) }] : [];
    })
    .sort((x, y) => x.slug.localeCompare(y.slug));
}

async function main() {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const contentDir = resolveContentDir(process.env, process.cwd(), projectRoot);
  const site = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { colors?: { primary?: string; accent?: string } };
  const colors = { primary: site.colors?.primary ?? '#0b5560', accent: site.colors?.accent ?? '#e8a33d' };

  const jobs: { slug: string; target: string; svg: () => string; size?: { width: number; height: number } }[] = [
    ...entriesWith(path.join(contentDir, 'ambassadors'), 'photo').map((e) => ({ ...e, svg: () => renderPortraitSvg(portraitTraits(e.slug)) })),
    ...entriesWith(path.join(contentDir, 'stories'), 'cover').map((e) => ({ ...e, svg: () => renderCoverSvg(e.slug, colors) })),
    ...filesWith(path.join(contentDir, 'share'), 'image').map((e) => ({ ...e, svg: () => renderCoverSvg(e.slug, colors), size: SHARE_IMAGE_SIZE })),
  ];
  let written = 0;
  for (const job of jobs) {
    const { bytes, changed } = await writeJpeg(job.svg(), job.target, job.size);
    if (changed) written++;
    console.log(`${changed ? 'wrote' : 'same '} ${path.relative(process.cwd(), job.target)} (${(bytes / 1024).toFixed(0)} KB)`);
  }
  console.log(`${jobs.length} images, ${written} written`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
