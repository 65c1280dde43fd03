import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

async function plan(page: Page, cert: string, member: 'Member' | 'Not a member', attempts: number) {
  await page.getByRole('combobox', { name: 'Certification' }).selectOption({ label: cert });
  await page.getByRole('radio', { name: member, exact: true }).check();
  await page.getByRole('combobox', { name: 'Expected attempts' }).selectOption(String(attempts));
}

test.describe('cost planner in the browser', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/guide/costs');
    await expect(page.getByRole('heading', { level: 1, name: 'Plan your costs' })).toBeVisible();
  });

  test('non-member COC twice costs $399 + $399 = $798', async ({ page }) => {
    await plan(page, 'COC: Certified Outpatient Coder', 'Not a member', 2);
    const estimate = page.getByRole('region', { name: 'Estimate for COC' });
    await expect(estimate.getByText('Attempt 1: $399 (non-member fee)')).toBeVisible();
    await expect(estimate.getByText('Attempt 2: $399 (non-member fee)')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Total for 2 attempts: $798');
  });

  test('member COC twice costs $325 with one free retake', async ({ page }) => {
    await plan(page, 'COC: Certified Outpatient Coder', 'Member', 2);
    const estimate = page.getByRole('region', { name: 'Estimate for COC' });
    await expect(estimate.getByText('Attempt 2: $0 (free retake for members)')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Total for 2 attempts: $325');
  });

  test('CMCS three attempts cost $325 with two free retakes', async ({ page }) => {
    await plan(page, 'CMCS: Certified Medical Coding Specialist', 'Member', 3);
    const estimate = page.getByRole('region', { name: 'Estimate for CMCS' });
    await expect(estimate.getByText('Attempt 3: $0 (free retake for members)')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Total for 3 attempts: $325');
    await page.getByRole('checkbox', { name: 'AMBA study guide (optional), $199' }).check();
    await expect(page.getByRole('status')).toHaveText('Total for 3 attempts: $524');
  });

  test('is usable by keyboard alone', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Certification' }).focus();
    // Second option of the list: COC.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    // The membership group: arrow keys move between its radios and check them.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Member', exact: true })).toBeChecked();
    await expect(page.getByRole('status')).toHaveText('Total for 1 attempt: $325');
  });
});

test('the compare table sorts from its column headers', async ({ page }) => {
  await page.goto('/guide/compare');
  const header = page.getByRole('columnheader', { name: 'Pass mark' });
  await header.getByRole('button', { name: 'Pass mark' }).click();
  await header.getByRole('button', { name: 'Pass mark' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const table = page.getByRole('table', { name: 'Certification exams compared' });
  await expect(table.getByRole('rowheader').first()).toHaveText(/^CMCS/);
});

test('the compare table scrolls inside its region on a phone, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/guide/compare');
  const region = page.getByRole('region', { name: 'Certification exams compared' });
  await expect(region).toBeVisible();
  const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflow).toBe(true);
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(pageOverflow).toBe(false);
});

for (const [path, title] of [
  ['/guide', 'Certification guide'],
  ['/guide/compare', 'Compare certifications'],
  ['/guide/costs', 'Plan your costs'],
  ['/guide/pacing', 'Exam-day pacing'],
  ['/guide/career', 'Career context'],
] as const) {
  test(`${path} has one h1 and no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(`${title} · Coding Exam Simulator`);
    await expectNoAxeViolations(page);
  });
}

test('pacing for the CIC with 1.5x extra time, and the salary chart, in the browser', async ({ page }) => {
  await page.goto('/guide/pacing');
  await page.getByRole('combobox', { name: 'Certification' }).selectOption('cic');
  await page.getByRole('combobox', { name: 'Extra time (accommodation)' }).selectOption('1.5');
  const pace = page.getByRole('region', { name: 'Pace for CIC' });
  await expect(pace.getByText('4 min 38 s')).toBeVisible();
  await expect(pace.getByText(/counts as 5 multiple-choice questions/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/guide/career');
  await expect(page.getByRole('img', { name: /Payscale/ })).toBeVisible();
});
