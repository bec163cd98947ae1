import { expect, test } from '@playwright/test';

test.describe('language of the interface', () => {
  test.describe('a Dutch browser', () => {
    test.use({ locale: 'nl-NL' });
    test('is sent from / to the Dutch library', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/nl$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliotheek');
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    });
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-GB' });
    test('is sent from / to the English library', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
    });
  });

  test('the switch changes the UI language and keeps the page', async ({ page }) => {
    await page.goto('/en/articles/waarom-rusland-en-china-elkaar-blijven-opzoeken');
    await expect(page.getByRole('button', { name: 'Show all translations' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/nl\/articles\/waarom-rusland-en-china-elkaar-blijven-opzoeken$/);
    await expect(page.getByRole('button', { name: 'Toon alle vertalingen' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Terug naar de bibliotheek/ })).toBeVisible();
    await page.getByRole('navigation', { name: 'Taal van de interface' }).getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Show all translations' })).toBeVisible();
  });
});

const SEED_TITLES = [
  'Rusland houdt militaire oefeningen in Siberië, en China doet mee',
  'Waarom Rusland en China elkaar blijven opzoeken',
  'Xi op staatsbezoek bij Poetin in Moskou',
  'Xi en Poetin prijzen elkaar, maar gelijk zijn ze niet',
  'Xi en Poetin ontmoeten elkaar in Samarkand',
];

test('the library lists the five articles with title, date, source, level, length and reading time', async ({ page }) => {
  await page.goto('/en');
  // Articles that teachers import in other tests are listed too; these are the five seed articles.
  const cards = page.getByTestId('article-card').filter({ has: page.getByRole('heading', { name: new RegExp(`^(${SEED_TITLES.join('|')})$`) }) });
  await expect(cards).toHaveCount(5);
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expect(card).toContainText(/Level (A2|B1|B2|C1)/);
    await expect(card).toContainText(/\d{3} words/);
    await expect(card).toContainText(/\d+ min read/);
    await expect(card).toContainText(/20(22|23)/);
  }
  const nos = cards.filter({ hasText: 'Waarom Rusland en China elkaar blijven opzoeken' });
  await expect(nos).toContainText('NOS Nieuwsuur');
  await expect(nos).toContainText('December 30, 2022');
  await expect(nos).toContainText('Why Russia and China keep seeking each other out');
  await expect(nos).not.toContainText('Editorial title');
  // Four sources have no headline of their own and say where theirs came from, and none names a source.
  await expect(cards.filter({ hasText: 'Editorial title' })).toHaveCount(4);
  await expect(cards.filter({ hasText: 'Source not stated' })).toHaveCount(4);

  await nos.getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarom Rusland en China elkaar blijven opzoeken');
});

test('the library in Dutch', async ({ page }) => {
  await page.goto('/nl');
  await expect(page.getByTestId('article-card').first()).toContainText(/Niveau (A2|B1|B2|C1)/);
  await expect(page.getByTestId('article-card').filter({ hasText: 'NOS Nieuwsuur' })).toContainText('30 december 2022');
  await expect(page.getByText(/\d{3} woorden/).first()).toBeVisible();
});

test('the health check answers once the database is reachable', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
});

test('an unknown article is a 404 page', async ({ page }) => {
  const response = await page.goto('/en/articles/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
