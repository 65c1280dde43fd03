import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test('a custom 50-question, 90-minute, 75% format is created, sat, scored against 75% and survives a reload', async ({
  page,
}) => {
  await page.goto('/formats/cpc');
  await page.getByRole('link', { name: 'Copy and edit this format' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Copy CPC into a format of your own' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Week 6 class quiz');
  await page.getByRole('textbox', { name: 'Short code' }).fill('quiz6');
  await page.getByRole('spinbutton', { name: 'Time limit in minutes' }).fill('90');
  await page.getByRole('spinbutton', { name: 'Pass mark in percent' }).fill('75');
  await page.getByRole('spinbutton', { name: 'Multiple choice: questions' }).fill('50');

  // Counts that do not fit the blueprint are refused with a clear message.
  await page.getByRole('button', { name: 'Save format' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'the areas add up to 150 but the part has 50 questions',
  );
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Scale areas to 50' }).click();
  await expect(page.getByRole('table', { name: 'Multiple choice: areas add up to 50' })).toBeVisible();
  await page.getByRole('button', { name: 'Save format' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'QUIZ6: Week 6 class quiz' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'QUIZ6: Week 6 class quiz' })).toBeVisible();
  await expect(page.getByRole('definition').nth(0)).toHaveText('50 questions');
  await expect(page.getByRole('definition').nth(1)).toHaveText('1 h 30 min');
  await expect(page.getByRole('definition').nth(2)).toHaveText('75%');

  await expect(page.getByText(/The selected banks are enough for a QUIZ6 form/)).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 50' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^1:(29|30):\d\d/);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await expect(page.getByText('0% against a pass mark of 75%')).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('article', { name: 'QUIZ6: Week 6 class quiz' })).toBeVisible();
});

test('a built-in format cannot be edited, only copied', async ({ page }) => {
  await page.goto('/formats/cpc/edit');
  await expect(page.getByRole('heading', { name: 'This format cannot be edited' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'copy it' })).toHaveAttribute('href', '/formats/cpc/copy');
});
