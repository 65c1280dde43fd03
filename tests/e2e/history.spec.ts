import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, type StoredItem, startMock, storedForm, submitMock } from './fixtures';

const keyOf = (item: StoredItem) => `${item.question.bankId}/${item.question.id}`;

function choiceText(item: StoredItem | undefined, right: boolean): string {
  const q = item?.question;
  const text = q?.choices?.find((c) => (c.id === q.key) === right)?.text;
  if (!text) throw new Error('not a single-answer item');
  return text;
}

interface Sitting {
  readonly id: string;
  readonly form: StoredItem[];
  /** Answered questions by key: whether the answer given was the key. */
  readonly answers: ReadonlyMap<string, boolean>;
}

/** Starts a CPC mock, answers the first questions right or wrong as planned, and submits it. */
async function finishCpc(page: Page, plan: readonly boolean[]): Promise<Sitting> {
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  const choices = page.getByRole('group', { name: 'Choose one answer' });
  const answers = new Map<string, boolean>();
  for (const [i, right] of plan.entries()) {
    const item = form[i];
    if (!item) throw new Error('form too short');
    await choices.getByRole('radio', { name: choiceText(item, right), exact: true }).click();
    await expect(
      page.getByRole('button', { name: new RegExp(`^Question ${i + 1}, answered`) }),
    ).toBeVisible();
    answers.set(keyOf(item), right);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await submitMock(page, id);
  return { id, form, answers };
}

test('two CPC attempts: listed with their scores, a trend with two points and the pass line, a CSV, and a study quiz of only the missed questions', async ({
  page,
}) => {
  // First: 3 right of 6 (2%). Second: 2 right of 5 (1.3%).
  const first = await finishCpc(page, [true, false, true, false, true, false]);
  const second = await finishCpc(page, [false, true, false, true, false]);

  await page.goto('/history');
  const table = page.getByRole('table', { name: 'Finished attempts, newest first' });
  await expect(table).toHaveAttribute('aria-rowcount', '3');
  const rows = table.locator('tbody tr:not(.vt-spacer)');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(/CPCExam1\.3%Not passed2 of 150Submitted/);
  await expect(rows.nth(1)).toContainText(/CPCExam2%Not passed3 of 150Submitted/);
  await expect(rows.nth(0).getByRole('link')).toHaveAttribute('href', `/results/${second.id}`);

  const progress = page.getByRole('article', { name: 'CPC' });
  const chart = progress.getByRole('img', { name: /^CPC exam-mode scores, oldest first/ });
  await expect(chart).toHaveAttribute(
    'aria-label',
    /: Attempt 1, .+: 2%, not passed; Attempt 2, .+: 1\.3%, not passed\. Pass mark 70%\.$/,
  );
  const points = chart.locator('circle');
  await expect(points).toHaveCount(2);
  await expect(points.nth(0).locator('title')).toHaveText(/^Attempt 1, .+: 2%, not passed$/);
  await expect(points.nth(1).locator('title')).toHaveText(/^Attempt 2, .+: 1\.3%, not passed$/);
  await expect(chart.locator('line[data-reference="70"]')).toHaveCount(1);
  await expect(chart.getByText('Pass mark 70%')).toBeVisible();
  await expect(progress.getByText(/Estimated exam-mode score|Not enough data yet/)).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^exam-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await file.path();
  const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toMatch(/^date,format,format name,mode,status,percent,pass mark,passed,earned,possible,/);
  expect(csv.slice(1, 3).map((line) => line.split(',').slice(1, 10).join(','))).toEqual([
    'CPC,Certified Professional Coder,exam,submitted,2,70,no,3,150',
    'CPC,Certified Professional Coder,exam,submitted,1.3,70,no,2,150',
  ]);
  await expect(page.getByText('Exported 2 attempts.')).toBeVisible();

  // The questions missed the last time each was answered, from both frozen forms.
  const lastRight = new Map<string, boolean>([...first.answers, ...second.answers]);
  const missed = new Set([...lastRight].filter(([, right]) => !right).map(([key]) => key));
  await page.getByRole('link', { name: 'Study from mistakes' }).click();
  await expect(
    page.getByRole('checkbox', { name: `Answered wrong the last time (${missed.size})` }),
  ).toBeChecked();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('50');
  await expect(page.getByText(`the quiz will have ${missed.size}.`)).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Time in minutes' }).fill('15');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start practice quiz' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${missed.size}` })).toBeVisible();
  await expect(page.getByText('Practice mode', { exact: true })).toBeVisible();
  const quizId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const quiz = await storedForm(page, quizId);
  expect(new Set(quiz.map(keyOf))).toEqual(missed);
});

test('the history list stays keyboard reachable and filters practice apart', async ({ page }) => {
  const id = await startMock(page, 'coc', 'Practice');
  await submitMock(page, id);
  await expect(page.getByText('Practice mode', { exact: true })).toBeVisible();

  await page.goto('/history');
  await expect(page.getByText('No exam-mode attempts yet.')).toBeVisible();
  await expect(page.getByText('None match these filters.')).toBeVisible();
  await page.getByRole('radio', { name: 'Practice (1)' }).check();
  await expect(page).toHaveURL(/\?mode=practice$/);
  const link = page.getByRole('table', { name: 'Finished attempts, newest first' }).getByRole('link');
  await expect(link).toHaveCount(1);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/results/${id}$`));
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Practice (1)' })).toBeChecked();
  await expectNoAxeViolations(page);
});
