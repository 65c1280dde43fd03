import { createServer, request } from 'node:http';
import { expect, type Page, test } from '@playwright/test';
import { finishedMock } from './fixtures';

// The service worker precaches the whole build on the first visit; one reload lets it control the
// page (STACK.md). After that the network is switched off and every page must still open.

async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after the first visit the app opens offline: history, a past result and pages never visited', async ({
  page,
  context,
}) => {
  test.slow(); // a mock exam, then every kind of page once more offline
  await controlledByServiceWorker(page);
  const id = await finishedMock(page, 2);
  await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();

  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '2 of 150' })).toBeVisible();

  await page.goto(`/results/${id}/review`);
  await expect(page.getByRole('heading', { level: 1, name: /CPC answer review/ })).toBeVisible();

  // Lazily loaded routes that this browser has not opened yet come from the precache too.
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and backup' })).toBeVisible();
  await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/formats/cic');
  await expect(page.getByRole('heading', { level: 1, name: 'CIC: Certified Inpatient Coder' })).toBeVisible();
  // The sample banks were cached too: a new mock can be started with no network.
  await expect(page.getByText(/The selected banks are enough for a/)).toBeVisible();
});

test('the app is installable: a manifest with its name, colours, start page and icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    name: 'Coding Exam Simulator',
    short_name: expect.any(String),
    theme_color: '#1d4e89',
    start_url: '/',
    display: 'standalone',
  });
  const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
  expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, icon.src);
    expect(size).toBe(icon.sizes);
    expect(icon.type).toBe('image/png');
  }
});

interface Proxy {
  readonly url: string;
  /** From now on /sw.js differs by a byte, as a newly deployed version would. */
  readonly deployNextVersion: () => void;
  readonly close: () => Promise<void>;
}

/**
 * A pass-through server in front of `vite preview` that can "deploy" a new service worker: the
 * browser fetches the worker script itself, out of Playwright's routing, so a real server is needed.
 */
async function startProxy(): Promise<Proxy> {
  const target = Number(process.env.E2E_PORT ?? 4173);
  let next = false;
  const server = createServer((req, res) => {
    const changing = next && (req.url ?? '').startsWith('/sw.js');
    const headers = { ...req.headers, host: `localhost:${target}`, 'accept-encoding': 'identity' };
    if (changing) {
      delete headers['if-none-match'];
      delete headers['if-modified-since'];
    }
    const upstream = request(
      { host: 'localhost', port: target, path: req.url, method: req.method, headers },
      (up) => {
        if (!changing) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        up.on('data', (chunk: Buffer) => chunks.push(chunk));
        up.on('end', () => {
          const { 'content-length': _length, etag: _etag, ...rest } = up.headers;
          res.writeHead(up.statusCode ?? 502, rest);
          res.end(Buffer.concat([...chunks, Buffer.from('\n// the next version\n')]));
        });
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    url: `http://localhost:${address.port}`,
    deployNextVersion: () => {
      next = true;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Asks the browser to look for a new service worker now, as it does on its own from time to time. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

/** A mark on the page's window: gone after a reload. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.sameDocument = 'yes';
  });
}
const sameDocument = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.sameDocument === 'yes');

test.describe('a new version', () => {
  let proxy: Proxy;
  test.beforeEach(async () => {
    proxy = await startProxy();
  });
  test.afterEach(async () => {
    await proxy.close();
  });

  test('is offered with "Update now" and "Later"; updating reloads into it', async ({ page }) => {
    await page.goto(`${proxy.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await markPage(page);

    proxy.deployNextVersion();
    await checkForUpdate(page);
    const prompt = page.getByRole('complementary', { name: 'App update' });
    await expect(prompt.getByText('A new version is ready.')).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Later' })).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    expect(await sameDocument(page)).toBe(false);
    await expect(prompt).toHaveCount(0);
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(false);
  });

  test('never reloads a running exam: it waits until the exam is left', async ({ page, context }) => {
    test.slow(); // a mock exam in one tab, an update installed from another
    await page.goto(`${proxy.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.goto(`${proxy.url}/formats/cpc`);
    await expect(page.getByText(/The selected banks are enough for a/)).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Start exam' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 150' })).toBeVisible();
    const choices = page.getByRole('group', { name: 'Choose one answer' });
    await choices.getByRole('radio').first().click();
    await markPage(page);

    proxy.deployNextVersion();
    await checkForUpdate(page);
    await expect(
      page.getByText('A new version of the app is ready. It will be installed after this exam.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Update now' })).toHaveCount(0);

    // Another tab installs the new version: it takes over this tab's page too, which must not reload.
    await page.evaluate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        document.documentElement.dataset.newWorker = 'yes';
      });
    });
    const other = await context.newPage();
    await other.goto(`${proxy.url}/`);
    const otherReloaded = other.waitForEvent('load');
    await other.getByRole('button', { name: 'Update now' }).click();
    await otherReloaded;
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.newWorker === 'yes'))
      .toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Question 2 of 150' })).toBeVisible();
    expect(await sameDocument(page)).toBe(true);
    await expect(choices.getByRole('radio').first()).toBeEnabled();

    // Leaving the exam (submitting it) is when the update happens.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Review and submit' }).click();
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page
      .getByRole('dialog', { name: 'Submit your exam?' })
      .getByRole('button', { name: 'Submit now' })
      .click();
    await reloaded;
    await expect(page).toHaveURL(/\/results\//);
    expect(await sameDocument(page)).toBe(false);
    await expect(page.getByRole('heading', { name: 'Not passed' })).toBeVisible();
  });
});
