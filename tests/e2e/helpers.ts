import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Browser, type Page } from '@playwright/test';

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

let clients = 0;
/**
 * A browser context as a client of its own: better-auth rate-limits sign-in per client address, read from
 * X-Forwarded-For as a proxy in front of the app would set it.
 */
export async function newClient(browser: Browser) {
  clients += 1;
  const address = `10.${process.pid % 250}.${Math.floor(clients / 250)}.${clients % 250}`;
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
}

/** Signs up a new account through the form; returns its email. */
export async function signUp(page: Page, name: string, role: 'learner' | 'teacher' = 'learner', password = 'lees-lamp-42') {
  const local = name.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const email = `${local}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto('/en/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel(role === 'learner' ? 'Learner' : 'Teacher').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('link', { name: 'Account' })).toBeVisible();
  return email;
}

/** A page signed in as a new teacher (a client of its own). */
export async function teacherPage(browser: Browser, name = 'Tess') {
  const page = await (await newClient(browser)).newPage();
  await signUp(page, name, 'teacher');
  return page;
}

/** Answers the quiz question on screen (the first choice, or "xyz" typed) and waits for the feedback; returns its type. */
export async function answerCurrent(page: Page): Promise<string> {
  const question = page.locator('.question');
  await expect(question).toBeVisible();
  const type = (await question.getAttribute('data-type'))!;
  if (type === 'recall') {
    await page.getByLabel('Your answer').fill('xyz');
    await page.getByRole('button', { name: 'Check' }).click();
  } else {
    await question.locator('.options button').first().click();
  }
  await expect(page.locator('.feedback')).toBeVisible();
  return type;
}
