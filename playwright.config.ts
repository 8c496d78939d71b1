import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { findChromium } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const browser = findChromium();
const inCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: inCI,
  retries: inCI ? 1 : 0,
  workers: 2,
  // CI has 2 cores for the server, two browsers and the runner's workers: room, not a speed check.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: inCI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    // Recording a trace costs every test (DOM snapshots and a screencast of pages with ~90 code
    // panels): 8 examples took 46 s with 'retain-on-failure', 29.6 s without (e2e/bench). A test
    // that fails once is retried in CI with a trace; locally, pass --trace on.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions:
          browser.kind === 'system'
            ? { executablePath: browser.executablePath, args: browser.args }
            : {},
      },
    },
  ],
  // The production build, served on loopback: what readers get.
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${port} --no-open`,
    url: baseURL,
    reuseExistingServer: !inCI,
    timeout: 60_000,
  },
} satisfies PlaywrightTestConfig);
