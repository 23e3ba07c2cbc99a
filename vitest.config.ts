/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

export default getViteConfig({
  // astro:content in tests reads the data store from the same cache as `astro sync`.
  cacheDir: './.astro',
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Build and browser tests start their own processes; two cores are all we have.
    maxWorkers: 2,
    projects: [
      // Unit and build tests need only Node: `npm run test:unit` runs this project alone.
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/e2e/**'] } },
      // Tests that drive Chromium or run Java live in tests/e2e/; before they run, the preflight
      // makes sure both start, installing them with apt-get as root (scripts/preflight/).
      { extends: true, test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/helpers/preflight-setup.ts'] } },
    ],
  },
});
