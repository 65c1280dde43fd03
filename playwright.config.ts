import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';

// Browser tests run the production build in Debian's Chromium (installed by .ci/run);
// Playwright never downloads a browser of its own here.

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
