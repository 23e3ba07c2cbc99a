/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  // astro:content in tests reads the data store from the same cache as `astro sync`.
  cacheDir: './.astro',
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Build and browser tests start their own processes; two cores are all we have.
    maxWorkers: 2,
  },
});
