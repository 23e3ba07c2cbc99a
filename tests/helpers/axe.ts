/** axe-core in a playwright page, with violations as readable lines (for tests and `npm run audit`). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per violating element: "rule (impact): help — selector: what to fix". */
export function describeViolations(results: Pick<AxeResults, 'violations'>, label = ''): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => {
      const fix = (node.failureSummary ?? '').replace(/^Fix (any|all) of the following:\s*/gm, '').replace(/\s*\n\s*/g, '; ').trim();
      return `${label ? `${label} ` : ''}${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target.join(' ')}: ${fix}`;
    }),
  );
}

/** Runs every axe rule (WCAG 2.x A/AA and best practices, not experimental) on the page as it is now. */
export async function findViolations(page: Page, label = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return describeViolations(results, label);
}

/** How wide the page is beyond the viewport, in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}
