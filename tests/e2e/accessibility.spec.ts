import { expect, test } from '@playwright/test';
import { answerCurrent, newClient, NOS_ARTICLE, seriousAccessibilityViolations, signUp, teacherPage, tooltip, word } from './helpers';

test('the library and the sign-in page have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of ['/en', '/nl', '/en/sign-in']) {
    await page.goto(path);
    expect(await seriousAccessibilityViolations(page), path).toEqual([]);
  }
});

test('the teacher’s pages have no serious or critical accessibility violations', async ({ browser }) => {
  const page = await teacherPage(browser, 'Ada');
  for (const path of ['/en/import', '/en/teach']) {
    await page.goto(path);
    expect(await seriousAccessibilityViolations(page), path).toEqual([]);
  }
  await page.getByLabel('Class name').fill('3B');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '3B' })).toBeVisible();
  expect(await seriousAccessibilityViolations(page), 'class page').toEqual([]);
  await page.getByRole('button', { name: 'Assign' }).click();
  await page.getByRole('link', { name: /\([ABC][12]\)$/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Progress:/ })).toBeVisible();
  expect(await seriousAccessibilityViolations(page), 'assignment progress').toEqual([]);
});

test('the reader has no serious or critical accessibility violations, with a tooltip and translations open', async ({ page }) => {
  await page.goto(NOS_ARTICLE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show all translations' }).click();
  await word(page, 'kondigde').focus();
  await expect(tooltip(page)).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test('the learner’s pages have no serious or critical accessibility violations', async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await page.goto('/en/sign-up');
  expect(await seriousAccessibilityViolations(page), 'sign-up').toEqual([]);
  await signUp(page, 'Axel');
  await page.goto('/en/articles/xi-en-poetin-ontmoeten-elkaar-in-samarkand?level=A2');
  await page.getByLabel('Highlight words by status').check();
  await word(page, 'leider').focus();
  await tooltip(page).getByRole('button', { name: 'Save word' }).click();
  expect(await seriousAccessibilityViolations(page), 'reader with study tools').toEqual([]);
  await page.getByRole('button', { name: 'Quiz me on this article' }).click();
  await expect(page.locator('.question')).toBeVisible();
  expect(await seriousAccessibilityViolations(page), 'quiz').toEqual([]);
  await answerCurrent(page);
  expect(await seriousAccessibilityViolations(page), 'quiz feedback').toEqual([]);
  for (const path of ['/en/review', '/en/progress', '/nl/account']) {
    await page.goto(path);
    expect(await seriousAccessibilityViolations(page), path).toEqual([]);
  }
  await context.close();
});
