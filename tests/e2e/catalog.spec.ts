import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test('the catalog shows CPC, CIC and CMCS facts read from the format data', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mock exams' })).toBeVisible();

  const cpc = page.getByRole('article', { name: 'CPC: Certified Professional Coder' });
  await expect(cpc.getByRole('definition').nth(0)).toHaveText('150 questions');
  await expect(cpc.getByRole('definition').nth(1)).toHaveText('5 h 40 min');
  await expect(cpc.getByRole('definition').nth(2)).toHaveText('70%');

  const cic = page.getByRole('article', { name: 'CIC: Certified Inpatient Coder' });
  await expect(cic.getByRole('definition').nth(0)).toHaveText('60 questions + 10 cases');

  const cmcs = page.getByRole('article', { name: 'CMCS: Certified Medical Coding Specialist' });
  await expect(cmcs.getByRole('definition').nth(1)).toHaveText('10-day window');
  await expect(cmcs.getByRole('definition').nth(2)).toHaveText('80%');
  await expect(cmcs.getByRole('definition').nth(3)).toHaveText('Open book and notes');

  await expectNoAxeViolations(page);
});

test('a format page lists its blueprint and assumptions, reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'CMCS: Certified Medical Coding Specialist' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'CMCS: Certified Medical Coding Specialist' }),
  ).toBeVisible();
  await expect(
    page.getByText('The source does not state the number of questions: 100 is assumed.'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Multiple choice: 100' })).toBeVisible();
  await expectNoAxeViolations(page);
});
