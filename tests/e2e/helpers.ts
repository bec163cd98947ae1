import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

export const NOS_ARTICLE = '/en/articles/waarom-rusland-en-china-elkaar-blijven-opzoeken';

/** The word element with exactly this text; `nth` picks among repeats, in reading order. */
export function word(page: Page, text: string, nth = 0) {
  return page.locator('[data-word]').filter({ hasText: new RegExp(`^${text}$`) }).nth(nth);
}

export function tooltip(page: Page) {
  return page.getByRole('tooltip');
}

const axeSource = readFileSync(createRequire(`${process.cwd()}/package.json`).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations, summarised. */
export async function seriousAccessibilityViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const { passes, violations } = await page.evaluate(async () => {
    type AxeResult = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: () => Promise<{ passes: AxeResult[]; violations: AxeResult[] }> } }).axe;
    const result = await axe.run();
    return { passes: result.passes.length, violations: result.violations };
  });
  // An audit that checked nothing proves nothing.
  expect(passes).toBeGreaterThan(10);
  if (process.env.AXE_VERBOSE) console.log(violations.map((violation) => `${violation.id} ${violation.impact}`));
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

export async function expectTooltipFor(page: Page, parts: (string | RegExp)[]) {
  const tip = tooltip(page);
  await expect(tip).toBeVisible();
  for (const part of parts) await expect(tip).toContainText(part);
}
