import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, finishedMock } from './fixtures';

interface StoredAttempt {
  id: string;
  status: string;
  earned: number | null;
  percent: number | null;
  answers: number;
}

/** The attempts and their scores straight from IndexedDB, sorted by id. */
async function storedAttempts(page: Page): Promise<StoredAttempt[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('coding-exam-simulator');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const get = db.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
    const attempts = await all<{
      id: string;
      status: string;
      score: { earned: number; percent: number } | null;
    }>('attempts');
    const responses = await all<{ attemptId: string }>('responses');
    db.close();
    return attempts
      .map((a) => ({
        id: a.id,
        status: a.status,
        earned: a.score?.earned ?? null,
        percent: a.score?.percent ?? null,
        answers: responses.filter((r) => r.attemptId === a.id).length,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

/** A browser profile of its own: nothing stored, as on another computer. */
async function freshProfile(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function importFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel('Choose a backup file to import').setInputFiles(file);
}

test('a backup made in one browser reproduces the same history in another; twice adds nothing', async ({
  browser,
}, testInfo) => {
  test.slow(); // two browser profiles and two mock exams
  const home = await freshProfile(browser);
  await finishedMock(home, 3);
  await finishedMock(home, 1);
  const before = await storedAttempts(home);
  expect(before.map((a) => [a.status, a.earned])).toEqual(
    expect.arrayContaining([
      ['submitted', 3],
      ['submitted', 1],
    ]),
  );

  await home.goto('/settings');
  const downloading = home.waitForEvent('download');
  await home.getByRole('button', { name: 'Download a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^coding-exam-simulator-backup-\d{4}-\d\d-\d\d\.json$/);
  const path = testInfo.outputPath('backup.json');
  await download.saveAs(path);
  await expect(home.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    download.suggestedFilename(),
  );
  const buffer = await readFile(path);

  const away = await freshProfile(browser);
  await away.goto('/settings');
  await expect(away.getByText(/This browser holds 3 question banks/)).toBeVisible({ timeout: 15_000 });
  await importFile(away, { name: 'backup.json', mimeType: 'application/json', buffer });
  await expect(away.getByText(/Imported backup\.json: [\d,]+ rows added/)).toBeVisible();
  const table = away.getByRole('table', { name: 'What the backup held' });
  await expect(table.getByRole('row', { name: /^Attempts 2 0$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Question banks 0 3$/ })).toBeVisible();
  expect(await storedAttempts(away)).toEqual(before);
  await expectNoAxeViolations(away);

  await importFile(away, { name: 'backup.json', mimeType: 'application/json', buffer });
  await expect(
    away.getByText(/Imported backup\.json: 0 rows added; [\d,]+ rows were already here/),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^Attempts 0 2$/ })).toBeVisible();
  expect(await storedAttempts(away)).toEqual(before);

  await away.goto('/history');
  await expect(away.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(away.getByRole('status').filter({ hasText: /^2 attempts$/ })).toBeVisible();
  await expect(away.getByRole('cell', { name: '3 of 150' })).toBeVisible();
  await expect(away.getByRole('cell', { name: '1 of 150' })).toBeVisible();
});

test('a truncated backup is refused with the line and the reason, and changes nothing', async ({
  browser,
}) => {
  const home = await freshProfile(browser);
  await finishedMock(home, 2);
  await home.goto('/settings');
  const downloading = home.waitForEvent('download');
  await home.getByRole('button', { name: 'Download a backup' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const cut = text.slice(0, Math.floor(text.length * 0.6));

  const away = await freshProfile(browser);
  await away.goto('/settings');
  await expect(away.getByText(/This browser holds 3 question banks/)).toBeVisible({ timeout: 15_000 });
  const before = await storedAttempts(away);
  await importFile(away, { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  const alert = away.getByRole('alert');
  await expect(alert).toContainText('cut.json was not imported, and nothing was changed.');
  await expect(alert).toContainText(new RegExp(`cut\\.json:${cut.split('\n').length}: .*not valid JSON`));
  expect(await storedAttempts(away)).toEqual(before);
  await expectNoAxeViolations(away);
});

test('the settings page passes an axe scan and deletes everything only after the word is typed', async ({
  page,
}) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and backup' })).toBeVisible();
  await expect(page.getByText(/Persistent storage: (not )?granted/)).toBeVisible();
  await expect(page.getByText(/This app uses/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(
    page.getByText('Type DELETE in capital letters to confirm. Nothing was deleted.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByText(/All data in this browser was deleted/)).toBeVisible();
  await expect(page.getByText(/This browser holds 0 question banks/)).toBeVisible();
});
