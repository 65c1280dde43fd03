import { type ChildProcess, spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium';
import { fmt, median, percentile, printTable } from './stats';

const PORT = 4320;
const BASE = `http://localhost:${PORT}`;

async function serve(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

/** Raw IndexedDB puts in the page, each awaited to its transaction's completion. */
async function rawPutTimes(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-raw', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: ['a', 'q'] });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('rows', 'readwrite');
        tx.objectStore('rows').put({
          a: 'x',
          q: `q${i}`,
          answer: { type: 'single', choice: 'B' },
          flagged: false,
          struck: [],
          note: '',
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      times.push(performance.now() - start);
    }
    db.close();
    return times;
  }, count);
}

/**
 * From a key press to the saved answer on screen (the navigator marks it answered only after the
 * write completes), question after question; and from a key press to the next question painted.
 */
async function runnerTimes(page: Page, count: number): Promise<{ save: number[]; move: number[] }> {
  return page.evaluate(async (n) => {
    const heading = () => document.getElementById('question-heading');
    const press = (key: string) =>
      document.querySelector('.exam')?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const save: number[] = [];
    const move: number[] = [];
    for (let i = 1; i <= n; i++) {
      let start = performance.now();
      press('b');
      await until(() => !!document.querySelector(`[aria-label="Question ${i}, answered"]`));
      save.push(performance.now() - start);
      start = performance.now();
      press('n');
      await until(() => heading()?.textContent?.startsWith(`Question ${i + 1} of`) ?? false);
      await painted();
      move.push(performance.now() - start);
    }
    return { save, move };
  }, count);
}

async function startCpc(page: Page): Promise<void> {
  await page.goto(`${BASE}/formats/cpc`);
  await page.getByText(/The selected banks are enough for a CPC form/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('heading', { name: 'Question 1 of 150' }).waitFor();
}

export async function benchChromium(): Promise<void> {
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    // tsx keeps function names with a __name helper that the page does not have.
    const context = await browser.newContext();
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await startCpc(page);
    const raw = await rawPutTimes(page, 200);
    const { save } = await runnerTimes(page, 100);
    printTable(
      'Saving an answer in Chromium (budget: p95 within 2x of a raw IndexedDB put, and under 16 ms)',
      ['measure', 'median ms', 'p95 ms', 'p95 ratio to raw put'],
      [
        ['raw IndexedDB put (200)', fmt(median(raw)), fmt(percentile(raw, 95)), '1.00'],
        [
          'key press to answer saved and shown (100)',
          fmt(median(save)),
          fmt(percentile(save, 95)),
          fmt(percentile(save, 95) / percentile(raw, 95)),
        ],
      ],
    );

    const throttled = await context.newPage();
    await startCpc(throttled);
    const cdp = await throttled.context().newCDPSession(throttled);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const { move } = await runnerTimes(throttled, 60);
    printTable(
      'Moving to the next question of a 150-question form, CPU throttled 4x (budget: under 50 ms)',
      ['measure', 'median ms', 'p95 ms'],
      [['key press to next question painted (60)', fmt(median(move)), fmt(percentile(move, 95))]],
    );
  } finally {
    await browser.close();
    server.kill();
  }
}
