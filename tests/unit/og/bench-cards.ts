/**
 * Card rendering benchmark (not a test): a synthetic batch of cards, rendered through the card
 * service as a build does (hash, prepare photos, render, write the cache), once per way of spreading
 * the work: on the main thread one at a time or several at once (what Astro's build.concurrency
 * amounts to), on 1–3 worker threads, with libvips (sharp) on 1 or 2 threads. Prints wall time, CPU
 * time of the whole process (all threads) and milliseconds per card.
 *
 *   npx tsx tests/unit/og/bench-cards.ts [--cards 300] [--modes inline-1,workers-2,…]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createCardService } from '../../../src/lib/og/card-service-fs.ts';
import type { CardSpec } from '../../../src/lib/og/cards.ts';
import { BRAND, LOGO } from './renderer.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '300' }, modes: { type: 'string' } } });
const COUNT = Number(values.cards);
const WORKER = new URL('../../../src/lib/og/render-worker.ts', import.meta.url);

/** How the work is spread: worker threads, cards in flight per thread (or on the main thread), libvips threads. */
const MODES: Record<string, { workers: number; perWorker: number; vips: number }> = {
  'inline-1': { workers: 0, perWorker: 1, vips: 1 },
  'inline-4': { workers: 0, perWorker: 4, vips: 1 },
  'inline-4-vips2': { workers: 0, perWorker: 4, vips: 2 },
  'workers-1': { workers: 1, perWorker: 1, vips: 1 },
  'workers-2': { workers: 2, perWorker: 1, vips: 1 },
  'workers-2x2': { workers: 2, perWorker: 2, vips: 1 },
  'workers-2-vips2': { workers: 2, perWorker: 1, vips: 2 },
  'workers-3': { workers: 3, perWorker: 1, vips: 1 },
};

const WORDS = 'bakery night shift sourdough Kortrijk Namur team career bread oven speculoos apprentice logistics data engineer café crème ploeg brood équipe journée'.split(' ');
/** n words, different for every i (so that no two cards are the same and none is reused). */
const pick = (i: number, n: number) => `${Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ')} ${i}`;

/** Twenty distinct photos, as a site would have. */
async function makePhotos(dir: string): Promise<string[]> {
  return Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const hue = (i * 37) % 360;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><defs><linearGradient id="b" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},50%,85%)"/><stop offset="1" stop-color="hsl(${hue},45%,55%)"/></linearGradient></defs><rect width="600" height="600" fill="url(#b)"/><ellipse cx="300" cy="250" rx="115" ry="140" fill="hsl(${(hue + 20) % 360},45%,75%)"/><path d="M75 600 Q100 410 300 400 Q500 410 525 600Z" fill="hsl(${(hue + 180) % 360},35%,35%)"/></svg>`;
      const file = path.join(dir, `photo-${i}.jpg`);
      await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
      return file;
    }),
  );
}

/** A mix like a real site's: 40% ambassadors, 30% stories, 15% jobs, 15% share posts. */
function makeSpecs(photos: string[]): CardSpec[] {
  return Array.from({ length: COUNT }, (_, i): CardSpec => {
    const photo = photos[i % photos.length]!;
    const slot = i % 20;
    const base = { brand: BRAND };
    if (slot < 8)
      return { path: `/og/ambassadors/a${i}.${i % 3 ? 'jpg' : 'png'}`, format: i % 3 ? 'jpeg' : 'png', kind: 'ambassadors', slug: `a${i}`, content: { ...base, text: { template: 'ambassador', name: `Person ${pick(i, 2)}`, role: pick(i + 1, 2), team: 'Bakery', quote: pick(i, 6 + (i % 20)) }, images: i % 3 ? { logo: LOGO, ambassadorPhoto: photo } : { logo: LOGO } } };
    if (slot < 14)
      return { path: `/og/stories/s${i}.png`, format: 'png', kind: 'stories', slug: `s${i}`, content: { ...base, text: { template: 'story', title: pick(i, 4 + (i % 12)), person: { name: `Person ${pick(i, 2)}`, detail: pick(i, 3), others: i % 2 }, theme: 'Culture' }, images: { logo: LOGO, storyPhoto: photo } } };
    if (slot < 17)
      return { path: `/og/jobs/j${i}.png`, format: 'png', kind: 'jobs', slug: `j${i}`, content: { ...base, text: { template: 'job', title: pick(i, 2 + (i % 5)), team: 'Digital', locations: ['Kortrijk'], workMode: 'Hybrid', closed: i % 9 === 0 }, images: { logo: LOGO } } };
    return { path: `/og/share/p${i}.${i % 2 ? 'jpg' : 'png'}`, format: i % 2 ? 'jpeg' : 'png', kind: 'share', slug: `p${i}`, content: { ...base, text: { template: 'share', title: pick(i, 6), text: pick(i, 20), themes: ['Culture', 'Tech'], target: 'Story · ' + pick(i, 4) }, images: i % 2 ? { logo: LOGO, sharePicture: photo } : { logo: LOGO } } };
  });
}

const work = await mkdtemp(path.join(os.tmpdir(), 'vaandel-og-bench-'));
const photos = await makePhotos(work);
const specs = makeSpecs(photos);
const modes = values.modes ? values.modes.split(',') : Object.keys(MODES);
console.log(`${COUNT} cards; ${os.availableParallelism()} cores; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('mode              wall s   cpu s   wall ms/card  cpu ms/card  KB min/med/max');
for (const name of modes) {
  const mode = MODES[name];
  if (!mode) throw new Error(`unknown mode ${name}; modes: ${Object.keys(MODES).join(', ')}`);
  sharp.concurrency(mode.vips);
  const cacheDir = path.join(work, `cache-${name}`);
  const service = createCardService({ cacheDir, keyContext: { templateVersion: name, fontHash: '', rendererHash: '' }, workers: mode.workers, perWorker: mode.perWorker, workerUrl: WORKER });
  const cpu = process.cpuUsage();
  const started = performance.now();
  service.submit(specs);
  const sizes = (await Promise.all(specs.map((s) => service.get(s.path)))).map((card) => card.byteLength).sort((a, b) => a - b);
  const stats = await service.finish({ prune: false });
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (stats.rendered !== COUNT) throw new Error(`expected ${COUNT} rendered, got ${stats.rendered}`);
  const kb = (n: number) => (n / 1024).toFixed(0);
  console.log(
    `${name.padEnd(16)} ${wall.toFixed(1).padStart(7)} ${cpuSeconds.toFixed(1).padStart(7)} ${((wall * 1000) / COUNT).toFixed(1).padStart(13)} ${((cpuSeconds * 1000) / COUNT).toFixed(1).padStart(12)}  ${kb(sizes[0]!)}/${kb(sizes[sizes.length >> 1]!)}/${kb(sizes[sizes.length - 1]!)}`,
  );
  await rm(cacheDir, { recursive: true, force: true });
}
await rm(work, { recursive: true, force: true });
