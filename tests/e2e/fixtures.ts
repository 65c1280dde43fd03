import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the test with every axe violation on the page, by rule and element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

export interface StoredItem {
  partId: string;
  question: {
    id: string;
    bankId: string;
    type: string;
    key?: string;
    choices?: { id: string; text: string }[];
    expectedCodes?: { code: string }[];
  };
}

/** Reads an attempt's frozen form straight from IndexedDB: the test's answer key, not the app's. */
export async function storedForm(page: Page, attemptId: string): Promise<StoredItem[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('coding-exam-simulator');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<{ form: { items: StoredItem[] } }>((resolve, reject) => {
      const get = db.transaction('attempts').objectStore('attempts').get(id);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return row.form.items;
  }, attemptId);
}

/** The text of the correct choice of a single-answer item. */
export function keyText(item: StoredItem | undefined): string {
  const q = item?.question;
  const text = q?.choices?.find((c) => c.id === q.key)?.text;
  if (!text) throw new Error('not a single-answer item');
  return text;
}

/** Opens a format's page and starts a mock exam from every shipped bank; returns the attempt id. */
export async function startMock(
  page: Page,
  formatId: string,
  mode: 'Exam' | 'Practice' = 'Exam',
): Promise<string> {
  await page.goto(`/formats/${formatId}`);
  await expect(page.getByText(/The selected banks are enough for a/)).toBeVisible({ timeout: 15_000 });
  if (mode === 'Practice') await page.getByRole('radio', { name: /Practice mode/ }).check();
  await page.getByRole('button', { name: mode === 'Exam' ? 'Start exam' : 'Start practice' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error('no attempt id in the URL');
  return id;
}

/** Seconds left on the timer, read from the page. */
export async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer', { name: 'Time remaining' }).textContent()) ?? '';
  const match = /(\d+):(\d\d):(\d\d)/.exec(text);
  if (!match) throw new Error(`timer shows "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Review and submit the running exam, confirm, and wait for its result page. */
export async function submitMock(page: Page, attemptId: string): Promise<void> {
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/results/${attemptId}$`));
}

/** A CPC mock with the first `right` questions answered correctly, submitted; returns its id. */
export async function finishedMock(page: Page, right: number): Promise<string> {
  const id = await startMock(page, 'cpc');
  const form = await storedForm(page, id);
  const choices = page.getByRole('group', { name: 'Choose one answer' });
  for (let i = 0; i < right; i++) {
    await choices.getByRole('radio', { name: keyText(form[i]), exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await submitMock(page, id);
  return id;
}
