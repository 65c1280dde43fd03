import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, startMock, storedForm, submitMock } from './fixtures';

test('CIC codes typed in different spellings score per code', async ({ page }) => {
  const id = await startMock(page, 'cic');
  const form = await storedForm(page, id);
  const firstCase = form.findIndex((item) => item.question.type === 'case');
  expect(firstCase).toBe(60);
  const codes = (form[firstCase]?.question.expectedCodes ?? []).map((c) => c.code);
  expect(codes.length).toBeGreaterThanOrEqual(5);
  const [principal = '', second = ''] = codes;

  await page.getByRole('button', { name: 'Question 61, unanswered' }).click();
  await expect(page.getByRole('heading', { name: 'Medical record' })).toBeVisible();
  // The principal code in lower case with its dot, the next without the dot, and one wrong code.
  await page.getByRole('textbox', { name: 'Code 1' }).fill(principal.toLowerCase());
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.getByRole('textbox', { name: 'Code 2' }).fill(second.replace('.', ''));
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.getByRole('textbox', { name: 'Code 3' }).fill('Z00.00');
  await expect(page.getByRole('status', { name: 'Code 2 reads as' })).toHaveText(
    second.replace('.', '').toUpperCase(),
  );

  // Reordering: the wrong code moves up and back down again.
  await page.getByRole('button', { name: 'Move code 3 up' }).click();
  await expect(page.getByRole('textbox', { name: 'Code 2' })).toHaveValue('Z00.00');
  await page.getByRole('button', { name: 'Move code 2 down' }).click();
  await page.getByRole('button', { name: 'Remove code 3' }).click();
  await expect(page.getByRole('textbox', { name: 'Code 3' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Question 61, answered' })).toBeVisible();

  await submitMock(page, id);
  const possible = 60 + form.slice(60).reduce((n, item) => n + (item.question.expectedCodes?.length ?? 0), 0);
  await expect(page.getByRole('definition').first()).toHaveText(`2 of ${possible}`);
});

test('a CMCS attempt left for three days shows 7 days left and its earlier answers', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-05-04T13:00:00Z') });
  const id = await startMock(page, 'cmcs');
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText('10 days 0 h 0 min');
  await page.getByRole('group', { name: 'Choose one answer' }).getByRole('radio').first().click();
  await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open-book notes' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Open-book notes' }).fill('Modifier 59 vs XS: check NCCI');
  await page.close();

  const later = await context.newPage();
  await later.clock.install({ time: new Date('2026-05-07T13:00:00Z') });
  await later.goto('/');
  await later.getByRole('link', { name: 'Resume CMCS exam' }).click();
  await expect(later.getByRole('timer', { name: 'Time remaining' })).toHaveText('7 days 0 h 0 min');
  await expect(
    later.getByRole('group', { name: 'Choose one answer' }).getByRole('radio').first(),
  ).toBeChecked();
  await expect(later.getByRole('textbox', { name: 'Open-book notes' })).toHaveValue(
    'Modifier 59 vs XS: check NCCI',
  );
  expect(later.url()).toContain(id);
  await context.close();
});

test('a whole exam can be taken with the keyboard alone, and the result passes an axe scan', async ({
  page,
}) => {
  await startMock(page, 'cpc-newer');
  await page.getByRole('heading', { name: 'Question 1 of 100' }).focus();
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('1');
    if (i < 99) await page.keyboard.press('n');
  }
  await expect(page.getByRole('heading', { name: 'Question 100 of 100' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Question 100, answered' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  const review = page.getByRole('button', { name: 'Review and submit' });
  while (!(await review.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Answered 100 of 100.')).toBeVisible();
  const submit = page.getByRole('button', { name: 'Submit exam' });
  while (!(await submit.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Submit your exam?' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^(Passed|Not passed)$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a bank too small for the format is refused before the clock starts, with the shortage by area', async ({
  page,
}) => {
  await page.goto('/formats/cpc');
  await expect(page.getByText(/The selected banks are enough for a CPC form/)).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('checkbox', { name: /Professional coding sample bank/ }).uncheck();
  await expect(
    page.getByText(/short for a CPC form: Multiple choice: short by \d+ in Surgery 10000 series/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('alert')).toContainText('The exam was not started');
  await expect(page.getByRole('alert')).toContainText('short by');
  await expect(page).toHaveURL(/\/formats\/cpc$/);
});
