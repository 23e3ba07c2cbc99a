import { describe, expect, it } from 'vitest';
import { medianCutPalette, quantisePhoto } from '../../../src/lib/og/quantise';
import { paintImage } from '../../../src/lib/og/render-card';

/** A 64×64 RGB test picture: a flat square on a smooth two-way gradient. */
function picture() {
  const rgb = new Uint8Array(64 * 64 * 3);
  for (let y = 0; y < 64; y++) {
    for (let x = 0; x < 64; x++) {
      const flat = x >= 16 && x < 48 && y >= 16 && y < 48;
      rgb.set(flat ? [201, 122, 64] : [x * 4, y * 4, 255 - x * 2], (y * 64 + x) * 3);
    }
  }
  return rgb;
}

describe('quantisePhoto', () => {
  const rgb = picture();
  const { indices, palette } = quantisePhoto(rgb, 64, 64, 3, 32);
  const colourAt = (x: number, y: number) => [...palette.subarray(indices[y * 64 + x]! * 3, indices[y * 64 + x]! * 3 + 3)];

  it('uses at most the colours asked for', () => {
    expect(palette.length / 3).toBeLessThanOrEqual(32);
    expect(Math.max(...indices)).toBeLessThan(palette.length / 3);
  });

  it('keeps a flat area flat, in its own colour', () => {
    for (const [x, y] of [[16, 16], [30, 31], [47, 47]]) expect(colourAt(x!, y!)).toEqual([201, 122, 64]);
  });

  it('stays close to the picture on average (dithered gradients)', () => {
    let error = 0;
    for (let i = 0; i < 64 * 64; i++) for (let c = 0; c < 3; c++) error += Math.abs(rgb[i * 3 + c]! - palette[indices[i]! * 3 + c]!);
    expect(error / (64 * 64 * 3)).toBeLessThan(10);
  });
});

describe('medianCutPalette', () => {
  it('gives each of a few flat colours exactly', () => {
    const rgb = new Uint8Array([10, 20, 30, 10, 20, 30, 250, 0, 0, 0, 250, 0]);
    expect(medianCutPalette(rgb, 3, 8).sort()).toEqual([[0, 250, 0], [10, 20, 30], [250, 0, 0]].sort());
  });
});

describe('paintImage', () => {
  it('paints a round image as a circle with a soft edge, leaving the corners', () => {
    const card = new Uint8Array(10 * 10 * 4).fill(255);
    const image = new Uint8Array(10 * 10 * 4);
    for (let i = 0; i < 100; i++) image.set([0, 0, 0, 255], i * 4);
    paintImage(card, 10, 10, image, 10, 10, 0, 0, true);
    const at = (x: number, y: number) => card[(y * 10 + x) * 4]!;
    expect(at(5, 5)).toBe(0); // centre: the image
    expect(at(0, 0)).toBe(255); // corner: the card
    expect(at(0, 5)).toBeGreaterThan(0); // on the edge: a blend
    expect(at(0, 5)).toBeLessThan(255);
  });
});
