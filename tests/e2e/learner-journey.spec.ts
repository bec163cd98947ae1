import { expect, test } from '@playwright/test';
import { answerCurrent, newClient, signUp, tooltip, word } from './helpers';

const A2 = '/en/articles/xi-en-poetin-ontmoeten-elkaar-in-samarkand?level=A2';

test.describe('a learner', () => {
  test('signs up, reads, sets statuses from the tooltip, takes an article quiz with every question type and sees the schedule', async ({ browser }) => {
    const context = await newClient(browser);
    const page = await context.newPage();
    await signUp(page, 'Anna');

    // The library shows how much of each version the new learner knows, and suggests one.
    await page.goto('/en');
    await expect(page.getByTestId('coverage').first()).toContainText('A2:');
    await expect(page.getByTestId('coverage').first()).toContainText('Suggested for you');

    await page.goto(A2);
    // Status from the tooltip, shared by every form of the lemma.
    await word(page, 'leider').click();
    await tooltip(page).getByRole('button', { name: '2', exact: true }).click();
    await expect(tooltip(page).getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await word(page, 'leiders').click();
    await expect(tooltip(page).getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await tooltip(page).getByRole('button', { name: 'Known' }).click();
    // Saving a word keeps its sentence for the quiz.
    await word(page, 'wapens').click();
    await tooltip(page).getByRole('button', { name: 'Save word' }).click();
    await expect(tooltip(page).getByRole('button', { name: 'Saved ✓' })).toBeDisabled();
    await expect(tooltip(page).getByRole('button', { name: '1', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // Keyboard: a key sets the status of the focused word; Enter moves into the tooltip's buttons, Escape back out.
    await word(page, 'soldaten').focus();
    await page.keyboard.press('3');
    await expect(tooltip(page).getByRole('button', { name: '3', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(tooltip(page).getByRole('button', { name: '3', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tooltip(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toHaveCount(0);
    await expect(word(page, 'soldaten')).toBeFocused();

    // Highlighting is off by default, on at the learner's request.
    const glossed = page.locator('.glossed-text');
    await expect(glossed).not.toHaveClass(/highlight-statuses/);
    await page.getByLabel('Highlight words by status').check();
    await expect(glossed).toHaveClass(/highlight-statuses/);
    await expect(word(page, 'leider')).toHaveAttribute('data-status', 'known');
    await expect(word(page, 'soldaten')).toHaveAttribute('data-status', '3');
    await expect(word(page, 'Samarkand')).not.toHaveAttribute('data-status');

    // Statuses are stored: a reload shows them.
    await page.reload();
    await word(page, 'leiders').click();
    await expect(tooltip(page).getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Quiz me on this article' }).click();
    await expect(page).toHaveURL(/\/en\/quiz\//);
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    const types = new Set<string>();
    for (let i = 0; i < 10; i += 1) {
      types.add(await answerCurrent(page));
      // The feedback names the right answer.
      await expect(page.locator('.feedback')).toContainText(/Correct!|Accepted|The answer:/);
      if (i === 3) {
        // Closing the tab mid-quiz loses nothing: the review page offers the quiz, which resumes at the next open question.
        await page.goto('/en/review');
        await expect(page.getByTestId('open-quizzes')).toContainText('4 of 10 answered');
        await page.getByRole('link', { name: 'Resume the A2 article quiz' }).click();
        await expect(page.getByText('Question 5 of 10')).toBeVisible();
        continue;
      }
      await page.getByRole('button', { name: i < 9 ? 'Next question' : 'See results' }).click();
    }
    expect([...types].sort()).toEqual(['cloze', 'en-nl', 'gender', 'nl-en', 'recall']);
    await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
    await expect(page.locator('.score')).toHaveText(/^\d+ of 10 correct$/);

    // The review page shows the schedule: the saved word and the quiz's words.
    await page.getByRole('link', { name: 'See your review schedule' }).click();
    const schedule = page.getByTestId('schedule');
    await expect(schedule).toContainText('wapen');
    expect(await schedule.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('saved-words')).toContainText('wapen');
    await expect(page.getByTestId('saved-words')).toContainText('China helpt Rusland niet met wapens of soldaten.');

    await page.getByRole('link', { name: 'Progress' }).click();
    await expect(page.getByTestId('known-count')).toContainText(/[1-9]\d* words known/);
    await expect(page.getByRole('figure', { name: 'Accuracy by question type' })).toBeVisible();
    await context.close();
  });

  test('an answer whose reply is lost is retried and counted once', async ({ browser }) => {
    const context = await newClient(browser);
    const page = await context.newPage();
    await signUp(page, 'Dirk');
    await page.goto(A2);
    await page.getByRole('button', { name: 'Quiz me on this article' }).click();
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    const quizUrl = page.url();

    // The first answer reaches the server, but its reply never reaches the browser.
    let dropped = 0;
    await page.route('**/answers', async (route) => {
      if (dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await answerCurrent(page);
    expect(dropped).toBe(1);
    const quiz = await page.request.get(quizUrl.replace('/en/quiz/', '/api/quizzes/'));
    const answered = ((await quiz.json()) as { questions: { result: unknown }[] }).questions.filter((question) => question.result);
    expect(answered).toHaveLength(1);
    await context.close();
  });

  test('a second learner sees none of the first one’s data', async ({ browser }) => {
    const first = await newClient(browser);
    const anna = await first.newPage();
    await signUp(anna, 'Eva');
    await anna.goto(A2);
    await word(anna, 'leider').click();
    await tooltip(anna).getByRole('button', { name: 'Known' }).click();
    await word(anna, 'wapens').click();
    await tooltip(anna).getByRole('button', { name: 'Save word' }).click();
    await expect(tooltip(anna).getByRole('button', { name: 'Saved ✓' })).toBeVisible();
    await anna.getByRole('button', { name: 'Quiz me on this article' }).click();
    await expect(anna).toHaveURL(/\/en\/quiz\//);
    const quizPath = new URL(anna.url()).pathname;

    const second = await newClient(browser);
    const bram = await second.newPage();
    await signUp(bram, 'Bram');
    await bram.goto(A2);
    await word(bram, 'leider').click();
    await expect(tooltip(bram).getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
    await expect(tooltip(bram).getByRole('button', { name: 'Save word' })).toBeEnabled();
    await bram.goto('/en/review');
    await expect(bram.getByTestId('due-count')).toHaveText('Nothing is due now.');
    await expect(bram.getByTestId('saved-words')).toHaveCount(0);
    expect((await bram.goto(quizPath))!.status()).toBe(404);
    const api = await bram.request.get(quizPath.replace('/en/quiz/', '/api/quizzes/'));
    expect(api.status()).toBe(404);
    expect(await api.text()).not.toContain('wapen');
    const exported = await (await bram.request.get('/api/account/export')).json();
    expect(exported.savedWords).toEqual([]);
    expect(exported.statuses).toEqual([]);
    await first.close();
    await second.close();
  });

  test('sign-in is rate-limited; a learner can export their data and delete the account', async ({ browser }) => {
    const context = await newClient(browser);
    const page = await context.newPage();
    const email = await signUp(page, 'Cara', 'learner', 'cara-wachtwoord');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/en/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong-password');
    const attempt = async () => {
      const response = page.waitForResponse('**/api/auth/sign-in/email');
      await page.getByRole('button', { name: 'Sign in' }).click();
      return (await response).status();
    };
    for (let i = 1; i <= 5; i += 1) expect(await attempt()).toBe(401);
    await expect(page.locator('#auth-error')).toHaveText('Wrong email or password.');
    // The sixth attempt within a minute is refused, even with the right password.
    await page.getByLabel('Password').fill('cara-wachtwoord');
    expect(await attempt()).toBe(429);
    await expect(page.locator('#auth-error')).toHaveText('Too many attempts. Wait a minute and try again.');

    // From another client the right password works.
    const other = await newClient(browser);
    const again = await other.newPage();
    await again.goto('/en/sign-in?next=/en/account');
    await again.getByLabel('Email').fill(email);
    await again.getByLabel('Password').fill('cara-wachtwoord');
    await again.getByRole('button', { name: 'Sign in' }).click();
    await expect(again).toHaveURL(/\/en\/account$/);

    const download = again.waitForEvent('download');
    await again.getByRole('link', { name: 'Download my data (JSON)' }).click();
    const file = await (await download).path();
    const data = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8')));
    expect(data.user).toMatchObject({ name: 'Cara', email, role: 'learner' });
    expect(JSON.stringify(data)).not.toContain('cara-wachtwoord');

    await again.getByLabel('Your password, to confirm').fill('not-my-password');
    await again.getByRole('button', { name: 'Delete my account and data' }).click();
    await expect(again.locator('form .error-text')).toHaveText('Wrong password: nothing was deleted.');
    await again.getByLabel('Your password, to confirm').fill('cara-wachtwoord');
    await again.getByRole('button', { name: 'Delete my account and data' }).click();
    await expect(again.getByRole('link', { name: 'Sign in' })).toBeVisible();

    const gone = await other.request.post('/api/auth/sign-in/email', { data: { email, password: 'cara-wachtwoord' } });
    expect(gone.status()).toBe(401);
    await context.close();
    await other.close();
  });
});
