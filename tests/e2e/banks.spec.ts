import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Question } from '../../src/domain/questions';
import { syntheticBankText } from '../../src/importers/export/synthetic';
import { parseGift } from '../../src/importers/gift';
import { parseNative } from '../../src/importers/native';
import { describeProblem, type ImportResult } from '../../src/importers/types';
import { expectNoAxeViolations } from './fixtures';

// Axe scans of the full library and a 10,000-question parse are slow on a shared machine: a wider
// per-test allowance than the default 30 s keeps them from failing for the machine's sake. Nothing
// here measures speed.
test.describe.configure({ timeout: 90_000 });

const SAMPLES = [
  'Professional coding sample bank',
  'Inpatient coding sample bank',
  'Billing and coding specialist sample bank',
];

/** Opens the library once the sample banks are seeded; returns each listed bank with its count line. */
async function openLibrary(page: Page): Promise<string[]> {
  await page.goto('/banks');
  await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
  await expect(bankCards(page)).toHaveCount(3, { timeout: 15_000 });
  return libraryState(page);
}

const bankCards = (page: Page) => page.getByRole('region', { name: 'Your banks' }).getByRole('article');

/** Each listed bank as `title: N questions`. */
async function libraryState(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const card of await bankCards(page).all()) {
    const title = await card.getByRole('heading', { level: 3 }).textContent();
    const count = await card.getByText(/^[\d,]+ questions?$/).textContent();
    out.push(`${title}: ${count}`);
  }
  return out;
}

/** What IndexedDB holds, read directly: bank ids and question count. */
async function stored(page: Page): Promise<{ banks: string[]; questions: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('coding-exam-simulator');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['banks', 'questions']);
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = tx.objectStore('banks').getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    const questions = await new Promise<number>((resolve) => {
      const r = tx.objectStore('questions').count();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return { banks: keys.map(String).sort(), questions };
  });
}

const bankOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank;
};

const chooseFile = (page: Page, name: string, text: string) =>
  page
    .getByLabel('Choose a bank file')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

test('a GIFT stem with a script-bearing image runs nothing and shows its text safely', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openLibrary(page);
  const gift = [
    '$CATEGORY: ICD-10-CM',
    '',
    '::xss-1::[html]<p>Which code reports <b>essential</b> hypertension? <img src=x onerror="window.__xss=1;alert(1)"></p> {=I10 ~I11.9 ####[html]<span onmouseover="window.__xss=2">I10 is essential hypertension.</span>}',
    '',
  ].join('\n');
  await chooseFile(page, 'xss.gift', gift);

  const preview = page.getByRole('region', { name: 'Preview of xss.gift' });
  const question = preview.getByRole('article', { name: 'Question 1: ICD-10-CM, one answer' });
  await expect(question.getByText('Which code reports essential hypertension?')).toBeVisible();
  await expect(question.locator('img')).toHaveCount(0);
  await question.getByText('I10 is essential hypertension.').hover();
  await preview.getByRole('button', { name: 'Save bank' }).click();
  await expect(page.getByRole('article', { name: 'xss' })).toBeVisible();

  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(dialogs).toEqual([]);
});

test('a broken file shows its problem with the line and leaves the library as it was', async ({ page }) => {
  const before = await openLibrary(page);
  const storedBefore = await stored(page);
  await chooseFile(
    page,
    'broken.gift',
    '// a comment\n::q1::Which code reports essential hypertension? {=I10 ~I11.9\n',
  );

  await expect(page.getByRole('heading', { name: 'Problems in broken.gift' })).toBeVisible();
  await expect(
    page.getByText('broken.gift:2: the answer block opened on line 2 is never closed'),
  ).toBeVisible();
  await expect(
    page.getByText('broken.gift was not imported: 1 problem found. Nothing was saved.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save bank' })).toHaveCount(0);
  expect(await libraryState(page)).toEqual(before);
  expect(await stored(page)).toEqual(storedBefore);
  await expectNoAxeViolations(page);
});

test('a valid import shows the preview, saves, and the bank appears with its coverage', async ({ page }) => {
  const before = await openLibrary(page);
  for (const title of SAMPLES) expect(before.join('\n')).toContain(title);
  // 400 generated questions cover every multiple-choice area of the built-in blueprints but hold no cases.
  await chooseFile(page, 'drill.gift', syntheticBankText('gift', { count: 400, seed: 4 }));

  const preview = page.getByRole('region', { name: 'Preview of drill.gift' });
  await expect(preview.getByText(/Read as Moodle GIFT: 400 questions/)).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Questions per area' })).toBeVisible();
  await expect(preview.getByRole('article')).toHaveCount(5);
  await expectNoAxeViolations(page);

  await preview.getByRole('textbox', { name: 'Bank title' }).fill('Generated drill');
  await preview.getByRole('button', { name: 'Save bank' }).click();
  await expect(page.getByText('Saved “Generated drill” with 400 questions.', { exact: false })).toBeVisible();

  const card = page.getByRole('article', { name: 'Generated drill' });
  await expect(card.getByText('400 questions')).toBeVisible();
  await expect(
    card.getByText(
      /enough for a CPC, COC, CRC, CASCC, CEDC, CHONC, CEMC, CMCS, CPC \(newer format\) or CRC \(newer format\) form/,
    ),
  ).toBeVisible();
  await expect(card.getByText(/^CIC: short by 10 in Inpatient coding cases\.$/)).toBeVisible();
  expect((await stored(page)).banks).toHaveLength(4);
});

test('a dropped file is imported', async ({ page }) => {
  await openLibrary(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['Which code reports essential hypertension?\nA. I10\nB. I11.9\nANSWER: A\n'], 'dropped.txt'),
    );
    return dt;
  });
  await page.getByRole('group', { name: 'Bank file' }).dispatchEvent('drop', { dataTransfer });
  const preview = page.getByRole('region', { name: 'Preview of dropped.txt' });
  await expect(preview.getByText('Read as Aiken (Moodle): 1 question.', { exact: false })).toBeVisible();
  await preview.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByText('dropped.txt was not saved.')).toBeVisible();
});

test('a 10,000-question file is parsed in a worker with progress, and Cancel terminates it', async ({
  page,
}) => {
  // The real worker runs; only its final answer is held back until the test says so, so the
  // progress is on screen when Cancel is pressed however fast this machine parses.
  await page.addInitScript(() => {
    const w = window as unknown as { __held: (() => void)[]; __terminated: number; __hold: boolean };
    w.__held = [];
    w.__terminated = 0;
    w.__hold = true;
    const Real = Worker;
    class Held extends Real {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          if (w.__hold && event.data?.type === 'done') w.__held.push(() => handler?.(event));
          else handler?.(event);
        };
      }
      override terminate(): void {
        w.__terminated++;
        super.terminate();
      }
    }
    window.Worker = Held;
  });
  const before = await openLibrary(page);
  const large = syntheticBankText('native', { count: 10_000, seed: 2 });
  await chooseFile(page, 'large.json', large);
  await expect(page.getByLabel('Checking the questions in large.json')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Checking the questions in large.json' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByText('Import of large.json cancelled. Nothing was saved.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __terminated: number }).__terminated)).toBe(1);
  // A result that arrives after Cancel is dropped.
  await page.evaluate(() => {
    for (const deliver of (window as unknown as { __held: (() => void)[] }).__held) deliver();
  });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Preview of/ })).toHaveCount(0);
  expect(await libraryState(page)).toEqual(before);

  await page.evaluate(() => {
    (window as unknown as { __hold: boolean }).__hold = false;
  });
  await chooseFile(page, 'large.json', large);
  const preview = page.getByRole('region', { name: 'Preview of large.json' });
  await expect(
    preview.getByText('Read as Native bank (JSON): 10,000 questions.', { exact: false }),
  ).toBeVisible({
    timeout: 20_000,
  });
});

test('the library page and a bank deletion pass an accessibility scan', async ({ page }) => {
  await openLibrary(page);
  await expectNoAxeViolations(page);
  const card = page.getByRole('article', { name: SAMPLES[2] });
  await card.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${SAMPLES[2]}”?` });
  await expect(dialog.getByText(/Past attempts keep their own frozen copies/)).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Delete bank' }).click();
  await expect(bankCards(page)).toHaveCount(2);
});

test('an imported example file downloads again as JSON and as GIFT that read back', async ({ page }) => {
  await openLibrary(page);
  const text = readFileSync('question-banks/samples/example.gift', 'utf8');
  await chooseFile(page, 'example.gift', text);
  const preview = page.getByRole('region', { name: 'Preview of example.gift' });
  await expect(preview.getByText('Read as Moodle GIFT: 6 questions.', { exact: false })).toBeVisible();
  await preview.getByRole('button', { name: 'Save bank' }).click();
  const card = page.getByRole('article', { name: 'example' });

  const original = bankOf(parseGift({ fileName: 'example.gift', text, bankId: 'b' })).questions;
  const byId = (questions: readonly Question[]) => [...questions].sort((a, b) => a.id.localeCompare(b.id));
  for (const [button, parse] of [
    ['Export as JSON', parseNative],
    ['Export as GIFT', parseGift],
  ] as const) {
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: button }).click();
    const file = await download;
    const path = await file.path();
    const written = bankOf(
      parse({ fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8'), bankId: 'b' }),
    );
    // The library stores questions by id, so an export lists them in id order.
    expect(byId(written.questions)).toEqual(byId(original));
    await expect(card.getByText(`Exported 6 questions to ${file.suggestedFilename()}.`)).toBeVisible();
  }
});
