import { expect, test } from '@playwright/test';
import { NOS_ARTICLE } from './helpers';

test('the library filters articles by level and opens the chosen version', async ({ page }) => {
  await page.goto('/en');
  const filter = page.getByRole('navigation', { name: 'Filter by level' });
  await filter.getByRole('link', { name: 'A2' }).click();
  await expect(page).toHaveURL(/\/en\?level=A2$/);
  await expect(filter.getByRole('link', { name: 'A2' })).toHaveAttribute('aria-current', 'page');
  const nos = page.getByTestId('article-card').filter({ hasText: 'NOS Nieuwsuur' });
  await expect(nos).toContainText('Read at: A2 · B1 · B2');
  await nos.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/waarom-rusland-en-china-elkaar-blijven-opzoeken\?level=A2$/);
  await expect(page.getByRole('navigation', { name: 'Versions of this article' }).locator('[aria-current="page"]')).toHaveText('A2 rewrite');

  // Only levels some article is offered at are filters; C1 lists the two C1 originals and no B2-only article.
  await page.goto('/en?level=C1');
  await expect(page.getByTestId('article-card').filter({ hasText: 'NOS Nieuwsuur' })).toHaveCount(0);
  await expect(page.getByTestId('article-card').filter({ hasText: 'Xi op staatsbezoek bij Poetin in Moskou' })).toHaveCount(1);
});

test('switching level in the reader keeps the place in the story', async ({ page }) => {
  await page.goto(NOS_ARTICLE);
  const versions = page.getByRole('navigation', { name: 'Versions of this article' });
  await expect(versions.locator('[aria-current="page"]')).toHaveText('B2 original');
  // Read on to about two thirds of the story.
  const blocks = page.locator('[data-block]');
  const total = await blocks.count();
  await blocks.nth(Math.round(total * 0.66)).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await versions.getByRole('link', { name: 'B1 rewrite' }).click();
  await expect(page).toHaveURL(/level=B1#at=0\.[0-9]+$/);
  await expect(versions.locator('[aria-current="page"]')).toHaveText('B1 rewrite');
  // The B1 version opens near the same place, not at the top.
  const b1Blocks = page.locator('[data-block]');
  const share = () =>
    b1Blocks.evaluateAll((elements) => elements.findIndex((element) => element.getBoundingClientRect().bottom > 80) / elements.length);
  await expect.poll(share).toBeGreaterThan(0.4);
  await expect(page.locator('.block-title h1')).not.toHaveText('Waarom Rusland en China elkaar blijven opzoeken');
});
