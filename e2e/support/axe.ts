import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules every accessibility check in these specs holds the app to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa'];

/**
 * Runs axe (WCAG 2 A/AA) on the page, or only inside `include` (a CSS selector), and expects no violation,
 * each one listed with its elements and axe's summary when there are: shared so every spec checks alike.
 */
export async function expectNoViolations(page: Page, { include }: { include?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
