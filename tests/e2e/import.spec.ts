import { expect, test } from '@playwright/test';
import { expectTooltipFor, seriousAccessibilityViolations, teacherPage, tooltip, word } from './helpers';

const DUTCH = `De regering kondigde gisteren nieuwe maatregelen aan. Volgens de minister is dat in ieder geval een goed begin.

# Reacties

De <b>oppositie</b> is kritisch over de treinstaking.`;

test('a teacher imports a Dutch text, checks the glosses, corrects one, and learners read it', async ({ browser }) => {
  const page = await teacherPage(browser);
  await page.goto('/en/import');
  await page.getByLabel('Title').fill('Nieuwe maatregelen van de regering');
  await page.getByLabel('Source (optional)').fill('Eigen tekst');
  await page.getByLabel('Dutch text').fill(DUTCH);
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page).toHaveURL(/\/en\/articles\/nieuwe-maatregelen-van-de-regering(-\d+)?\/edit$/);
  await expect(page.getByText(/Estimated level: [ABC][12]/)).toBeVisible();
  await expect(page.getByText(/% of the content words are above B1 \([ABC][12]\); sentences average [\d.]+ words/)).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await expect(page.getByText(/gloss was derived from the parts of a compound/)).toBeVisible();
  const strike = page.getByRole('row', { name: /treinstaking/ });
  await expect(strike.getByRole('textbox', { name: 'Gloss: treinstaking' })).toHaveValue('train strike');
  await expect(strike).toContainText('derived');

  // Correct the derived gloss; the correction is marked and kept.
  await strike.getByRole('textbox', { name: 'Gloss: treinstaking' }).fill('rail strike');
  await strike.getByRole('button', { name: 'Save: treinstaking' }).click();
  await expect(page.getByRole('row', { name: /treinstaking/ })).toContainText('corrected');
  await expect(page.getByRole('row', { name: /treinstaking/ }).getByRole('textbox', { name: 'Gloss: treinstaking' })).toHaveValue('rail strike');

  await page.getByRole('link', { name: 'Open in the reader' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe maatregelen van de regering');
  await expect(page.getByRole('heading', { level: 2, name: 'Reacties' })).toBeVisible();
  // Markup in the text is shown as text, never as HTML.
  await expect(page.locator('.block-paragraph').last()).toContainText('De <b>oppositie</b> is kritisch');
  await expect(page.locator('.block-paragraph b')).toHaveCount(0);
  await word(page, 'kondigde').hover();
  await expectTooltipFor(page, ['kondigde … aan', 'aankondigen', 'to announce']);
  // The open tooltip may cover the next line: move away first, as a reader would.
  await page.mouse.move(0, 0);
  await expect(tooltip(page)).toHaveCount(0);
  await word(page, 'treinstaking').hover();
  await expectTooltipFor(page, ['rail strike']);
});

test('bad input gets a clear error, in the interface language, and keeps what was typed', async ({ browser }) => {
  const page = await teacherPage(browser);
  await page.goto('/en/import');
  await page.getByLabel('Title').fill('English text');
  await page.getByLabel('Dutch text').fill('The government announced new measures yesterday, and the minister said that it was a good start.');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').and(page.locator('#import-error'))).toHaveText('This text does not look like Dutch. Leeslamp glosses Dutch texts only.');
  await expect(page.getByLabel('Title')).toHaveValue('English text');

  await page.goto('/nl/import');
  await page.getByLabel('Titel').fill('Een binair bestand');
  await page.getByLabel('…of upload een bestand (.txt, .md)').setInputFiles({ name: 'foto.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) });
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('alert').and(page.locator('#import-error'))).toContainText('Dat bestand is geen leesbare tekst');
  await expect(page).toHaveURL(/\/nl\/import$/);
});
