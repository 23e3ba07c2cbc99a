import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/lib/worker.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vaandel-worker-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The first message or error of a worker. */
function firstEvent(worker: ReturnType<typeof startWorker>): Promise<{ message?: unknown; error?: Error }> {
  return new Promise((resolve) => {
    worker.once('message', (message) => resolve({ message }));
    worker.once('error', (error) => resolve({ error }));
  }).finally(() => worker.terminate()) as Promise<{ message?: unknown; error?: Error }>;
}

describe('startWorker', () => {
  it('runs the module with its workerData, with the compile cache on', async () => {
    const file = path.join(dir, 'echo.mjs');
    await writeFile(file, "import { parentPort, workerData } from 'node:worker_threads';\nimport module from 'node:module';\nparentPort.postMessage({ got: workerData, cache: module.getCompileCacheDir?.() !== undefined });\n");
    const { message, error } = await firstEvent(startWorker(pathToFileURL(file), { workerData: { n: 7 } }));
    expect(error).toBeUndefined();
    expect(message).toEqual({ got: { n: 7 }, cache: true });
  });

  it('emits error when the module cannot load, as a worker started on it would', async () => {
    const file = path.join(dir, 'broken.mjs');
    await writeFile(file, "import { nothing } from './missing.mjs';\nconsole.log(nothing);\n");
    const { message, error } = await firstEvent(startWorker(pathToFileURL(file)));
    expect(message).toBeUndefined();
    expect(error?.message).toMatch(/missing\.mjs/);
  });
});
