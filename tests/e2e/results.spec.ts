import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, type StoredItem, startMock, storedForm, submitMock } from './fixtures';

/** The text of a choice that is not the key. */
function wrongText(item: StoredItem | undefined): string {
  const q = item?.question;
  const text = q?.choices?.find((c) => c.id !== q.key)?.text;
  if (!text) throw new Error('not a single-answer item');
  return text;
}

function rightText(item: StoredItem | undefined): string {
  const q = item?.question;
  const text = q?.choices?.find((c) => c.id === q.key)?.text;
  if (!text) throw new Error('not a single-answer item');
  return text;
}

const cellNumber = async (row: ReturnType<Page['getByRole']>, column: number) =>
  Number(await row.getByRole('cell').nth(column).textContent());

test('a CPC report adds up by area, shows the pace, prints cleanly and passes axe', async ({ page }) => {
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  const choices = page.getByRole('group', { name: 'Choose one answer' });
  // Right, wrong, right, then a flag on the fourth without an answer.
  await choices.getByRole('radio', { name: rightText(form[0]), exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await choices.getByRole('radio', { name: wrongText(form[1]), exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await choices.getByRole('radio', { name: rightText(form[2]), exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Question 4, unanswered, flagged' })).toBeVisible();
  await submitMock(page, id);

  await expect(page.getByRole('heading', { level: 2, name: 'Not passed' })).toBeVisible();
  await expect(page.getByText('Exam mode', { exact: true })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('2 of 150');

  // Every area's points add up to the total row and to the score.
  const areas = page.getByRole('table', { name: 'Points by area of knowledge' });
  const bodyRows = areas.locator('tbody').getByRole('row');
  const count = await bodyRows.count();
  expect(count).toBe(17);
  let earned = 0;
  let possible = 0;
  for (let i = 0; i < count; i++) {
    earned += await cellNumber(bodyRows.nth(i), 1);
    possible += await cellNumber(bodyRows.nth(i), 2);
  }
  const total = areas.getByRole('row', { name: /^Total/ });
  expect(earned).toBe(await cellNumber(total, 1));
  expect(possible).toBe(await cellNumber(total, 2));
  expect([earned, possible]).toEqual([2, 150]);
  await expect(page.getByRole('img', { name: /Percent earned in each area of knowledge/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Points by part of the exam' })).toContainText(
    'Multiple choice',
  );

  const pace = page.getByRole('region', { name: 'Time and pace' });
  await expect(pace.getByText('3 of 150')).toBeVisible();
  await expect(
    pace.getByText(/^You stayed level with or ahead of an even pace throughout/).first(),
  ).toBeVisible();
  await expect(pace.getByRole('img', { name: /Questions answered over the/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
  await expect(page.getByRole('img', { name: /Percent earned in each area/ })).toBeVisible();
  await expect(areas).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The review: the wrong answer, the key and the rationale; filters and keys.
  await page.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 150' })).toBeVisible();
  await page.getByRole('radio', { name: 'Incorrect (1)' }).check();
  const question = page.getByRole('region', { name: 'Question 2 of 150' });
  await expect(question.getByText('Incorrect', { exact: true })).toBeVisible();
  await expect(question.getByRole('listitem').filter({ hasText: 'Your answer' })).toContainText(
    wrongText(form[1]),
  );
  await expect(question.getByRole('listitem').filter({ hasText: 'Correct answer' })).toContainText(
    rightText(form[1]),
  );
  await expect(question.getByRole('heading', { name: 'Rationale' })).toBeVisible();
  await page.getByRole('radio', { name: 'Flagged (1)' }).check();
  await expect(page.getByRole('heading', { name: 'Question 4 of 150' })).toBeVisible();
  await page.getByRole('radio', { name: /^All/ }).check();
  await page.getByRole('button', { name: 'Question 1, correct' }).click();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Question 2 of 150' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Question 3 of 150' })).toBeFocused();
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: 'Question 2 of 150' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('a CIC report marks each expected code of a case and the extra codes', async ({ page }) => {
  const id = await startMock(page, 'cic');
  const form = await storedForm(page, id);
  const codes = (form[60]?.question.expectedCodes ?? []).map((c) => c.code);
  const [principal = '', second = ''] = codes;
  await page.getByRole('button', { name: 'Question 61, unanswered' }).click();
  // The second code first: the principal is out of order; one code that is not expected.
  await page.getByRole('textbox', { name: 'Code 1' }).fill(second);
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.getByRole('textbox', { name: 'Code 2' }).fill(principal);
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.getByRole('textbox', { name: 'Code 3' }).fill('Z00.00');
  await expect(page.getByRole('button', { name: 'Question 61, answered' })).toBeVisible();
  await submitMock(page, id);

  const table = page.getByRole('table', { name: `Question 61: 1 of ${codes.length} codes` });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Out of order');
  await expect(table.getByRole('row').nth(2)).toContainText('Found');
  await expect(table.getByRole('row', { name: /^Extra codes entered/ })).toContainText('Z0000');
  await expect(page.getByRole('table', { name: 'Points by part of the exam' }).getByRole('row')).toHaveCount(
    4,
  );
  await expectNoAxeViolations(page);
});
