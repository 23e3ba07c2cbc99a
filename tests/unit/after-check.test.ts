import type { Loader } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { afterContentCheck, holdContentLoaders } from '../../src/loaders/after-check.ts';

/** A loader that records when it loads. */
function recording(log: string[], name: string): Loader {
  return { name, load: async () => void log.push(`${name} loaded`) };
}

const context = {} as Parameters<Loader['load']>[0];

afterEach(() => holdContentLoaders(Promise.resolve()));

describe('content loaders wait for the build\'s content check', () => {
  it('load only once the check in progress has passed, and keep their name', async () => {
    const log: string[] = [];
    let pass!: () => void;
    holdContentLoaders(new Promise<void>((resolve) => (pass = resolve)).then(() => void log.push('check passed')));
    const collections = afterContentCheck({ stories: { loader: recording(log, 'stories') }, jobs: { loader: recording(log, 'jobs') } });
    expect(collections.stories.loader.name).toBe('stories');
    const loading = Promise.all([collections.stories.loader.load(context), collections.jobs.loader.load(context)]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual([]);
    pass();
    await loading;
    expect(log).toEqual(['check passed', 'stories loaded', 'jobs loaded']);
  });

  it('never load after a check that failed', async () => {
    const log: string[] = [];
    holdContentLoaders(Promise.reject(new Error('content errors')));
    const { stories } = afterContentCheck({ stories: { loader: recording(log, 'stories') } });
    await expect(stories.loader.load(context)).rejects.toThrow('content errors');
    expect(log).toEqual([]);
  });

  it('load at once without a check in progress (astro sync, astro dev), and leave a collection without a loader as it is', async () => {
    const log: string[] = [];
    const entries = async () => [{ id: 'a' }];
    const plain = { type: 'content' as const };
    const collections = afterContentCheck({ stories: { loader: recording(log, 'stories') }, inline: { loader: entries }, plain });
    await collections.stories.loader.load(context);
    expect(log).toEqual(['stories loaded']);
    expect(await collections.inline.loader()).toEqual([{ id: 'a' }]);
    expect(collections.plain).toBe(plain);
  });
});
