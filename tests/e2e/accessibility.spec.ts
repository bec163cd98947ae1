import { expect, test } from '@playwright/test';
import { NOS_ARTICLE, seriousAccessibilityViolations, tooltip, word } from './helpers';

test('the library and the import page have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of ['/en', '/nl', '/en/import']) {
    await page.goto(path);
    expect(await seriousAccessibilityViolations(page), path).toEqual([]);
  }
});

test('the reader has no serious or critical accessibility violations, with a tooltip and translations open', async ({ page }) => {
  await page.goto(NOS_ARTICLE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show all translations' }).click();
  await word(page, 'kondigde').focus();
  await expect(tooltip(page)).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
