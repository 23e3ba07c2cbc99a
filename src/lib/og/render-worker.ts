/**
 * A render worker thread: loads the fonts once, then draws the cards it is sent and stores each in
 * the card cache. Started by render-pool.ts from this very file (Node runs it as TypeScript through
 * type stripping, so every import here and below names its `.ts` file and uses erasable syntax).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeCachedCard } from './card-cache-fs.ts';
import { loadFontFiles } from './fonts-fs.ts';
import { createCardRenderer } from './render-card.ts';
import type { CardContent } from './card-content.ts';
import type { RenderJob, RenderReply } from './render-pool.ts';
import type { PreparedImage } from './templates.ts';

/** A card drawn only to get the worker going. */
const WARM_UP: CardContent<PreparedImage> = {
  text: { template: 'story', title: 'Warming up the card renderer', person: { name: 'Vaandel', detail: 'Social cards', others: 0 } },
  brand: { name: 'Vaandel', host: 'example.com', primary: '#0b5560' },
  images: {},
};

if (parentPort) {
  const port = parentPort;
  const { fontDir, warm } = workerData as { fontDir?: string; warm?: boolean };
  const ready = loadFontFiles(fontDir).then(async (files) => {
    const renderer = createCardRenderer(files);
    // A first card parses the fonts and warms the JIT; done ahead of time, real cards go faster.
    if (warm) await renderer.render(WARM_UP).catch(() => undefined);
    return renderer;
  });
  port.on('message', async (job: RenderJob) => {
    let reply: RenderReply;
    try {
      const renderer = await ready;
      const started = performance.now();
      const { bytes, format } = await renderer.render(job.content);
      await writeCachedCard(job.cacheDir, job.key, format, bytes);
      reply = { id: job.id, bytes: bytes.byteLength, ms: performance.now() - started };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
