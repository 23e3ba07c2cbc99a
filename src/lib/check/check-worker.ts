/**
 * The build's content check on a worker thread (src/integrations/content-check.ts starts it from
 * this very file; Node runs it as TypeScript through type stripping, so every import below names
 * its `.ts` file). It checks through the cache once and posts the result, or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkWithCache, type CachedCheck, type CheckFolderOptions } from './check-cache-fs.ts';

/** What the worker answers. */
export type CheckWorkerReply = { ok: CachedCheck } | { error: string };

if (parentPort) {
  const port = parentPort;
  checkWithCache(workerData as CheckFolderOptions).then(
    (ok) => port.postMessage({ ok } satisfies CheckWorkerReply),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies CheckWorkerReply),
  );
}
