import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';

// Browser tests run the production build in Debian's Chromium (installed by .ci/run);
// Playwright never downloads a browser of its own here. E2E_PORT and E2E_DIST let several
// builds be tested side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
