import { NPM_TEST_NEEDS } from '../../scripts/preflight/plan.ts';
import { preflightOrExit } from '../../scripts/preflight/preflight-fs.ts';

/**
 * Before any test runs, when the run includes browser tests: Chromium and Java must start. Installs
 * them with apt-get as root, or prints what to install and ends the run (exit 1, one message).
 */
export default async function setup() {
  await preflightOrExit(NPM_TEST_NEEDS);
}
