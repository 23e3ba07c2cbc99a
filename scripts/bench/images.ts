/**
 * Generated pictures as SVG text: abstract portraits for ambassadors, landscapes for story covers
 * and a logo. Varied colours and shapes from the seed, so that no two look alike; the file writer
 * turns them into JPEG or PNG.
 */
import type { Random } from './random.ts';

const SKIN = ['#f1c7a5', '#e0ac86', '#c68a62', '#a66a44', '#7d4b2e', '#5b3521', '#f5d6c0', '#d9a07a'];
const HAIR = ['#1c1410', '#3b2617', '#6b4226', '#a7773e', '#d9b26f', '#8c8c8c', '#e6e1d6', '#7a2e1d', '#2b2b35'];
const BACKDROP = ['#0b5560', '#1d4e89', '#7a1f5c', '#2f5d1e', '#5a3e8a', '#b5523b', '#3c6e71', '#8d6a9f', '#c9a227', '#284b63', '#6c757d', '#9c2f2f'];
const CLOTHES = ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', '#3d405b', '#81b29a', '#f2cc8f', '#1b263b', '#d62828', '#588157', '#ffffff'];

/** A shade of a hex colour: amount < 0 darkens, > 0 lightens. */
export function shadeColour(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (n >> shift) & 0xff;
    const v = amount < 0 ? c * (1 + amount) : c + (255 - c) * amount;
    return Math.round(Math.max(0, Math.min(255, v)))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** A square, abstract head-and-shoulders portrait. */
export function drawPortrait(rng: Random, size: number): string {
  const bg = rng.pick(BACKDROP);
  const skin = rng.pick(SKIN);
  const hair = rng.pick(HAIR);
  const shirt = rng.pick(CLOTHES);
  const headX = 50 + rng.int(-6, 6);
  const headY = 42 + rng.int(-3, 3);
  const headR = rng.int(15, 19);
  const hairStyle = rng.int(0, 3);
  const hairShape = [
    `<ellipse cx="${headX}" cy="${headY - headR * 0.6}" rx="${headR * 1.05}" ry="${headR * 0.5}" fill="${hair}"/>`,
    `<path d="M${headX - headR * 1.15} ${headY + headR * 1.4} Q${headX - headR * 1.3} ${headY - headR * 1.5} ${headX} ${headY - headR * 1.2} Q${headX + headR * 1.3} ${headY - headR * 1.5} ${headX + headR * 1.15} ${headY + headR * 1.4} Z" fill="${hair}"/>`,
    `<rect x="${headX - headR}" y="${headY - headR * 1.15}" width="${headR * 2}" height="${headR * 0.8}" rx="${headR * 0.4}" fill="${hair}"/>`,
    '',
  ][hairStyle];
  const glasses = rng.chance(0.3)
    ? `<g fill="none" stroke="#222" stroke-width="1.2"><circle cx="${headX - 6}" cy="${headY + 1}" r="4.2"/><circle cx="${headX + 6}" cy="${headY + 1}" r="4.2"/><path d="M${headX - 1.8} ${headY + 1}h3.6"/></g>`
    : `<g fill="#222"><circle cx="${headX - 6}" cy="${headY + 1}" r="1.4"/><circle cx="${headX + 6}" cy="${headY + 1}" r="1.4"/></g>`;
  const light = rng.int(10, 90);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<defs><radialGradient id="bg" cx="${light}%" cy="20%" r="90%"><stop offset="0" stop-color="${shadeColour(bg, 0.35)}"/><stop offset="1" stop-color="${shadeColour(bg, -0.3)}"/></radialGradient></defs>
<rect width="100" height="100" fill="url(#bg)"/>
<circle cx="${rng.int(5, 95)}" cy="${rng.int(5, 40)}" r="${rng.int(6, 18)}" fill="${shadeColour(bg, 0.5)}" opacity="0.35"/>
${hairStyle === 1 ? hairShape : ''}
<path d="M${headX - 34} 100 Q${headX - 30} ${headY + headR + 12} ${headX} ${headY + headR + 8} Q${headX + 30} ${headY + headR + 12} ${headX + 34} 100 Z" fill="${shirt}"/>
<rect x="${headX - 5}" y="${headY + headR - 4}" width="10" height="10" fill="${shadeColour(skin, -0.12)}"/>
<circle cx="${headX}" cy="${headY}" r="${headR}" fill="${skin}"/>
${hairStyle === 1 ? '' : hairShape}
${glasses}
<path d="M${headX - 5} ${headY + 9} Q${headX} ${headY + 12 + rng.int(0, 2)} ${headX + 5} ${headY + 9}" fill="none" stroke="${shadeColour(skin, -0.45)}" stroke-width="1.2" stroke-linecap="round"/>
</svg>`.replace(/\n/g, '');
}

/** A wide landscape or skyline, for story covers and share images. */
export function drawCover(rng: Random, width: number, height: number): string {
  const sky = rng.pick(BACKDROP);
  const ground = rng.pick(CLOTHES);
  const layers: string[] = [];
  const bands = rng.int(2, 4);
  for (let b = 0; b < bands; b++) {
    const base = height * (0.55 + b * 0.12);
    const points: string[] = [`M0 ${height}`, `L0 ${base}`];
    const steps = rng.int(4, 9);
    for (let i = 1; i <= steps; i++) points.push(`L${Math.round((width * i) / steps)} ${Math.round(base - rng.int(0, Math.round(height * 0.18)))}`);
    points.push(`L${width} ${height} Z`);
    layers.push(`<path d="${points.join(' ')}" fill="${shadeColour(ground, -0.15 * b)}" opacity="${(0.75 + b * 0.08).toFixed(2)}"/>`);
  }
  const buildings = rng.chance(0.5)
    ? Array.from({ length: rng.int(4, 10) }, () => {
        const w = rng.int(Math.round(width * 0.03), Math.round(width * 0.08));
        const h = rng.int(Math.round(height * 0.15), Math.round(height * 0.5));
        const x = rng.int(0, width - w);
        return `<rect x="${x}" y="${height * 0.7 - h}" width="${w}" height="${h}" fill="${shadeColour(sky, -0.55)}" opacity="0.8"/>`;
      }).join('')
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shadeColour(sky, 0.25)}"/><stop offset="1" stop-color="${shadeColour(sky, 0.7)}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${rng.int(Math.round(width * 0.1), Math.round(width * 0.9))}" cy="${rng.int(Math.round(height * 0.1), Math.round(height * 0.4))}" r="${rng.int(Math.round(height * 0.05), Math.round(height * 0.14))}" fill="#fff4d6" opacity="0.85"/>
${buildings}${layers.join('')}
</svg>`.replace(/\n/g, '');
}

/** A simple square logo in the brand colours: a banner on a pole, drawn without text so that it needs no font. */
export function drawLogo(primary: string, accent: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><rect width="256" height="256" rx="48" fill="${primary}"/><path d="M72 40v180" stroke="#ffffff" stroke-width="14" stroke-linecap="round"/><path d="M79 52h112l-28 40 28 40H79z" fill="${accent}"/></svg>`;
}
