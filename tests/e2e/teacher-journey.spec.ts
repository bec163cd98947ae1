import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answerCurrent, newClient, signUp, teacherPage, tooltip, word } from './helpers';

const ARTICLE = 'Xi en Poetin ontmoeten elkaar in Samarkand';

async function answerAll(page: Page) {
  for (;;) {
    await answerCurrent(page);
    const finish = page.getByRole('button', { name: 'See results' });
    if (await finish.isVisible()) {
      await finish.click();
      return;
    }
    await page.getByRole('button', { name: 'Next question' }).click();
  }
}

test('a teacher creates a class, a learner joins with the code, reads and takes the assigned quiz, the teacher sees the result and the hard words', async ({
  browser,
}) => {
  const teacher = await teacherPage(browser, 'Meester Jansen');
  await teacher.goto('/en/teach');
  await teacher.getByLabel('Class name').fill('Klas 3B');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Klas 3B' })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!;
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

  // A learner joins with the code, typed loosely.
  const learnerContext = await newClient(browser);
  const learner = await learnerContext.newPage();
  await signUp(learner, 'Zoë');
  await learner.goto('/en/join');
  await learner.getByLabel('Class code').fill(code.toLowerCase().replace('-', ' '));
  await learner.getByRole('button', { name: 'Join' }).click();
  await expect(learner.getByRole('heading', { name: 'Your assignments' })).toBeVisible();

  // The teacher sees the student and assigns the A2 version with a quiz.
  await teacher.reload();
  await expect(teacher.getByTestId('students')).toContainText('Zoë');
  await teacher.getByLabel('Article and level').selectOption({ label: `${ARTICLE} — A2` });
  await teacher.getByLabel('Instructions (optional)').fill('Lees het artikel en maak de quiz.');
  await teacher.getByLabel('Minimum score (%)').fill('0');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await teacher.getByRole('link', { name: `${ARTICLE} (A2)` }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Progress: ${ARTICLE} (A2)` })).toBeVisible();
  const row = teacher.getByTestId('progress').locator('tr', { hasText: 'Zoë' });
  await expect(row).toContainText('Not started');

  // The learner sees the assignment on their home page, reads it and looks words up.
  await learner.reload();
  const assignment = learner.getByTestId('learner-assignments').locator('li').first();
  await expect(assignment).toContainText(ARTICLE);
  await expect(assignment).toContainText('Not started');
  await expect(assignment).toContainText('Lees het artikel en maak de quiz.');
  await assignment.getByRole('link', { name: 'Read it' }).click();
  for (const text of ['leider', 'wapens', 'soldaten']) {
    await word(learner, text).click();
    await expect(tooltip(learner)).toBeVisible();
    await learner.waitForTimeout(700); // a look-up is a tooltip open long enough to read
  }
  await learner.keyboard.press('Escape');
  await learner.mouse.wheel(0, 5000);
  await learner.waitForTimeout(500);
  await learner.goto('/en'); // leaving the page sends the reading report

  // The teacher's table updates without a reload.
  await expect(row).toContainText('Reading', { timeout: 15_000 });
  await expect(row.locator('td').nth(3)).toHaveText(/^[1-9]\d*$/); // words looked up

  await learner.getByTestId('learner-assignments').getByRole('button', { name: 'Take the quiz' }).click();
  await expect(learner).toHaveURL(/\/en\/quiz\//);
  await answerAll(learner);
  await expect(learner.locator('.score')).toHaveText(/^\d+ of 10 correct$/);
  await learner.goto('/en');
  await expect(learner.getByTestId('learner-assignments').locator('li').first()).toContainText('Quiz done');

  await expect(row).toContainText('Quiz done', { timeout: 15_000 });
  await expect(row.locator('td').nth(5)).toHaveText('1'); // attempts
  await expect(row.locator('td').nth(1)).toHaveText(/^(100|[1-9]\d?)%$/); // share of blocks read

  // Results as CSV, names with accents intact.
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('link', { name: 'Download results (CSV)' }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, first] = csv.slice(1).split('\r\n');
  expect(header).toBe('name,email,status,opened,read (%),minutes reading,words looked up,quiz attempts,best score (%),last score (%)');
  expect(first).toMatch(/^Zoë,zo[^,]*@example\.com,quiz-done,yes,\d+,[\d.]+,[1-9]\d*,1,\d+,\d+$/);

  // The class's hard words, and a quiz made of them for the class.
  await teacher.getByRole('link', { name: 'Back to Klas 3B' }).click();
  const hard = teacher.getByTestId('hard-words');
  await expect(hard).toContainText('soldaat');
  await expect(hard).not.toContainText('Samarkand');
  await teacher.getByRole('button', { name: 'Make a quiz of the hardest words' }).click();
  await expect(teacher.getByTestId('assignments')).toContainText('Word quiz: Hard words');
  await learner.reload();
  await expect(learner.getByTestId('learner-assignments')).toContainText('Word quiz: Hard words');

  // A new code: the old one stops working; removing a student takes the class's work off their page.
  teacher.on('dialog', (dialog) => dialog.accept());
  await teacher.getByRole('button', { name: 'Replace the code' }).click();
  await expect(teacher.getByTestId('join-code')).not.toHaveText(code);
  const late = await (await newClient(browser)).newPage();
  await signUp(late, 'Bas');
  await late.goto(`/en/join?code=${code}`);
  await late.getByRole('button', { name: 'Join' }).click();
  await expect(late.locator('.form-message')).toContainText('No class has this code.');
  await teacher.getByTestId('students').locator('tr', { hasText: 'Zoë' }).getByRole('button', { name: 'Remove' }).click();
  await expect(teacher.getByText('No students yet')).toBeVisible();
  await learner.reload();
  await expect(learner.getByTestId('learner-assignments')).toHaveCount(0);
});
