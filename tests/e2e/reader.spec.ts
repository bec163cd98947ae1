import { expect, test } from '@playwright/test';
import { expectTooltipFor, NOS_ARTICLE, tooltip, word } from './helpers';

test.describe('glossary tooltips', () => {
  test('hovering a word shows its form, lemma, part of speech, de/het and meaning, without a request', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    // Let Next finish prefetching the page's links first: only what the tooltips cause counts.
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    const sancties = word(page, 'sancties');
    await sancties.hover();
    await expectTooltipFor(page, ['sancties', 'sanction', 'sanctie', 'noun', 'de', 'plural']);
    await expect(sancties).toHaveAttribute('aria-describedby', 'gloss-tooltip');
    await expect(tooltip(page).locator('.gender')).toHaveText('de');

    await word(page, 'Poetin').hover();
    await expectTooltipFor(page, ['Putin, Russian president', 'proper noun']);
    await expect(tooltip(page).locator('.gender')).toHaveCount(0);
    expect(requests).toEqual([]);

    // Moving the pointer away closes it.
    await page.mouse.move(5, 5);
    await expect(tooltip(page)).toHaveCount(0);
  });

  test('a separable verb is one unit: either part shows the whole and highlights the other', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    const kondigde = word(page, 'kondigde');
    const unit = await kondigde.getAttribute('data-o');
    const parts = page.locator(`[data-o="${unit}"]`);
    await expect(parts).toHaveText(['kondigde', 'aan']);

    await kondigde.hover();
    await expectTooltipFor(page, ['kondigde … aan', 'aankondigen', 'to announce', 'verb']);
    await expect(parts.nth(1)).toHaveClass(/is-unit-part/);

    await parts.nth(1).hover();
    await expectTooltipFor(page, ['kondigde … aan', 'aankondigen']);
    await expect(kondigde).toHaveClass(/is-unit-part/);

    const hamert = word(page, 'hamert');
    await hamert.hover();
    await expectTooltipFor(page, ['hamert … op', 'hameren op', 'to insist on']);
    await expect(page.locator(`[data-o="${await hamert.getAttribute('data-o')}"]`)).toHaveText(['hamert', 'op']);
  });

  test('the keyboard moves from word to word, and Escape closes', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-word'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(word(page, 'Waarom')).toBeFocused();
    await expectTooltipFor(page, ['Waarom', 'why']);

    await page.keyboard.press('ArrowRight');
    await expect(word(page, 'Rusland')).toBeFocused();
    await expectTooltipFor(page, ['Rusland', 'Russia']);

    await page.keyboard.press('Tab');
    await expect(word(page, 'en')).toBeFocused();
    await expectTooltipFor(page, ['and']);

    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toHaveCount(0);
    await expect(word(page, 'en')).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expectTooltipFor(page, ['Rusland', 'Russia']);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('tapping a word shows its gloss and tapping elsewhere closes it', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    await word(page, 'insteek').tap();
    await expectTooltipFor(page, ['insteek', 'aim', 'de']);
    await page.locator('.article-meta .how-to').tap();
    await expect(tooltip(page)).toHaveCount(0);
  });
});

test.describe('paragraph translations', () => {
  test('are revealed one at a time without moving the Dutch, and stay revealed', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    const first = page.locator('.block-paragraph').first();
    const english = first.locator('.block-en');
    await expect(english).toBeHidden();

    const dutchBefore = await first.locator('.block-nl').boundingBox();
    const nextBefore = await page.locator('.block-paragraph').nth(1).boundingBox();
    await first.getByRole('button', { name: 'Show translation' }).click();
    await expect(english).toBeVisible();
    await expect(english).toContainText('Discussing how we can work together more');
    expect(await first.locator('.block-nl').boundingBox()).toEqual(dutchBefore);
    // On a wide screen the translation's space is already kept: nothing below moves either.
    expect(await page.locator('.block-paragraph').nth(1).boundingBox()).toEqual(nextBefore);
    await expect(page.locator('.block-paragraph').nth(1).locator('.block-en')).toBeHidden();

    await page.reload();
    await expect(page.locator('.block-paragraph').first().locator('.block-en')).toBeVisible();
    await expect(page.locator('.block-paragraph').nth(1).locator('.block-en')).toBeHidden();

    await page.locator('.block-paragraph').first().getByRole('button', { name: 'Hide translation' }).click();
    await expect(page.locator('.block-paragraph').first().locator('.block-en')).toBeHidden();
  });

  test('are revealed all at once, and the choice carries to other articles', async ({ page }) => {
    await page.goto(NOS_ARTICLE);
    await page.getByRole('button', { name: 'Show all translations' }).click();
    const translations = page.locator('.block-en');
    const count = await translations.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) await expect(translations.nth(i)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide all translations' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/en');
    await page.getByTestId('article-card').filter({ hasText: 'Samarkand' }).getByRole('heading').getByRole('link').click();
    await expect(page.locator('.block-en').first()).toBeVisible();
    await expect(page.locator('.block-en').last()).toBeVisible();

    await page.getByRole('button', { name: 'Hide all translations' }).click();
    await expect(page.locator('.block-en').first()).toBeHidden();
  });
});

test('a screenshot of the reader, with a tooltip and a translation open', async ({ page }, testInfo) => {
  await page.goto(NOS_ARTICLE);
  await page.locator('.block-paragraph').nth(2).getByRole('button', { name: 'Show translation' }).click();
  await word(page, 'sancties').hover();
  await expect(tooltip(page)).toBeVisible();
  const path = testInfo.outputPath('reader-001.png');
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach('reader', { path, contentType: 'image/png' });
  expect((await page.screenshot()).byteLength).toBeGreaterThan(10_000);
});
