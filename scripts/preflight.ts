/**
 * `npx tsx scripts/preflight.ts`: what `npm test` does before its browser tests, on its own. Checks
 * that Chromium (CHROMIUM_PATH, else `chromium` on PATH) and `java` start; when one is missing,
 * installs the Debian packages with apt-get as root, or prints what to install and exits 1.
 */
import { NPM_TEST_NEEDS } from './preflight/plan.ts';
import { preflightOrExit, resolveChromium } from './preflight/preflight-fs.ts';

await preflightOrExit(NPM_TEST_NEEDS);
console.log(`Chromium (${resolveChromium()}) and Java start: npm test can run its browser tests and the HTML checker.`);
