import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';
import { startMock } from './fixtures';

const BASE = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

function launch(profile: string) {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    baseURL: BASE,
  });
}

/** SIGKILL every process of the browser using this profile: a crash, not a close. */
function killBrowser(profile: string): void {
  const pids = readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`);
    } catch {
      return false;
    }
  });
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

test('every answer given before the browser process is killed is there after a restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'exam-crash-'));
  try {
    const first = await launch(profile);
    const page = first.pages()[0] ?? (await first.newPage());
    const id = await startMock(page, 'cpc');
    const answered = 7;
    for (let i = 0; i < answered; i++) {
      await page
        .getByRole('group', { name: 'Choose one answer' })
        .getByRole('radio')
        .nth(i % 4)
        .click();
      await expect(page.getByRole('button', { name: `Question ${i + 1}, answered` })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    killBrowser(profile);
    await first.close().catch(() => undefined);

    const second = await launch(profile);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/');
    await again.getByRole('link', { name: 'Resume CPC exam' }).click();
    await expect(again).toHaveURL(new RegExp(`/exam/${id}$`));
    await expect(again.getByRole('button', { name: /^Question \d+, answered/ })).toHaveCount(answered);
    for (let i = 0; i < answered; i++) {
      await expect(again.getByRole('button', { name: `Question ${i + 1}, answered` })).toBeVisible();
    }
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
