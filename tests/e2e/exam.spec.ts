import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, keyText, secondsLeft, startMock, storedForm } from './fixtures';

test('a CPC mock keeps every answer, flag, strike and the current question across a reload', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-06-01T09:00:00Z') });
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  expect(form).toHaveLength(150);

  const choices = page.getByRole('group', { name: 'Choose one answer' });
  await choices.getByRole('radio', { name: keyText(form[0]), exact: true }).click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.getByRole('button', { name: 'Rule out A' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.keyboard.press('b');
  await page.keyboard.press('f');
  await page.keyboard.press('n');
  await choices.getByRole('radio').nth(2).click();
  await page.getByRole('button', { name: 'Question 2, answered, flagged' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 150' })).toBeVisible();

  await page.clock.runFor(60_000);
  const before = await secondsLeft(page);
  await page.reload();
  await page.clock.runFor(5_000);

  await expect(page.getByRole('heading', { name: 'Question 2 of 150' })).toBeVisible();
  await expect(choices.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Question 1, answered, flagged' }).click();
  await expect(choices.getByRole('radio', { name: keyText(form[0]), exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Rule out A' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Question 3, answered' })).toBeVisible();
  expect(await secondsLeft(page)).toBeLessThan(before);
});

test('when the clock passes 5 h 40 min the attempt submits itself, counting answers given before', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-06-01T09:00:00Z') });
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  const choices = page.getByRole('group', { name: 'Choose one answer' });
  await choices.getByRole('radio', { name: keyText(form[0]), exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await choices.getByRole('radio', { name: keyText(form[1]), exact: true }).click();
  await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();

  await page.clock.fastForward('05:35:00');
  await expect(page.getByRole('status').filter({ hasText: '5 minutes left.' })).toBeVisible();
  await page.clock.fastForward('00:06:00');

  await expect(page).toHaveURL(new RegExp(`/results/${id}$`));
  await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();
  await expect(page.getByText('Time ran out: submitted at the deadline')).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('2 of 150');
  await expectNoAxeViolations(page);
});

test('an attempt whose deadline passed while the tab was closed is finished on the next visit', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-06-01T09:00:00Z') });
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  await page
    .getByRole('group', { name: 'Choose one answer' })
    .getByRole('radio', { name: keyText(form[0]), exact: true })
    .click();
  await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await page.close();

  const later = await context.newPage();
  await later.clock.install({ time: new Date('2026-06-01T16:00:00Z') });
  await later.goto(`/exam/${id}`);
  await expect(later).toHaveURL(new RegExp(`/results/${id}$`));
  await expect(later.getByRole('definition').first()).toHaveText('1 of 150');
  await context.close();
});

test('a second tab on a running attempt cannot answer and says why', async ({ context, page }) => {
  const id = await startMock(page, 'cpc');
  const second = await context.newPage();
  await second.goto(`/exam/${id}`);
  await expect(second.getByRole('alert')).toContainText('This exam is open in another tab');
  await expect(
    second.getByRole('group', { name: 'Choose one answer' }).getByRole('radio').first(),
  ).toBeDisabled();
  await expect(second.getByRole('button', { name: 'Flag for review' })).toBeDisabled();
  await expect(
    page.getByRole('group', { name: 'Choose one answer' }).getByRole('radio').first(),
  ).toBeEnabled();
});

test('the runner and the review screen pass an axe scan', async ({ page }) => {
  await startMock(page, 'cpc');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByRole('heading', { name: 'Review before submitting' })).toBeVisible();
  await expectNoAxeViolations(page);
});
