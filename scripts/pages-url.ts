/**
 * `npx tsx scripts/pages-url.ts <pages-url>`: in the deploy workflow, stops the deployment with a
 * clear message when site.yaml's url is not where GitHub Pages publishes the site (see scripts/pages/compare.ts).
 */
import { readSiteUrl } from '../src/integrations/site-url.ts';
import { comparePagesUrl } from './pages/compare.ts';

const pagesUrl = process.argv[2];
if (!pagesUrl) {
  process.stderr.write('Usage: npx tsx scripts/pages-url.ts <the address GitHub Pages gives, e.g. https://org.github.io/careers>\n');
  process.exit(2);
}
const problem = comparePagesUrl(readSiteUrl(), pagesUrl);
if (problem) {
  // A workflow annotation on site.yaml, and the same words in the log.
  process.stdout.write(`::error file=content/site.yaml,title=url::${problem}\n`);
  process.exit(1);
}
process.stdout.write(`site.yaml's url matches the GitHub Pages address ${pagesUrl}.\n`);
