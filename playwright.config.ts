import { chromium, defineConfig, devices, type LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * Playwright's own Chromium when it is installed (a laptop after `npx playwright install chromium`),
 * else Debian's /usr/bin/chromium (CI and this VM, where `playwright install` cannot download).
 */
function launchOptions(): LaunchOptions {
  const system = '/usr/bin/chromium';
  if (existsSync(chromium.executablePath()) || !existsSync(system)) return {};
  return {
    executablePath: system,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

// The config is loaded by the runner and again by every worker; workers inherit the runner's
// environment, so setting it here once keeps one data folder per run.
const dataDir = (process.env.CITED_E2E_DATA_DIR ??= `.data/e2e-${Date.now().toString(36)}`);

const serverCommand = process.env.E2E_SKIP_BUILD === '1'
  ? `npm run start -- -p ${PORT}`
  : `npm run build && npm run start -- -p ${PORT}`;

/** A touch phone (Pixel 5's user agent and pixel ratio) at the given viewport. */
function phone(viewport: { width: number; height: number }) {
  return { ...devices['Pixel 5'], viewport, isMobile: true, hasTouch: true, launchOptions: launchOptions() };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores: the server and one browser already fill them.
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: launchOptions(),
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /(journey|study|offline)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() },
    },
    {
      // The journey a student takes on the smallest phone we support.
      name: 'phone',
      testMatch: /journey\.spec\.ts/,
      use: phone({ width: 360, height: 740 }),
    },
    {
      // The study loop (quiz, flashcards, progress) on a common phone, swiping with a finger.
      name: 'phone-study',
      testMatch: /study\.spec\.ts/,
      use: phone({ width: 390, height: 844 }),
    },
    {
      // Offline study (service worker, device queue, sync) on a phone, the network switched off and on.
      name: 'phone-offline',
      testMatch: /offline\.spec\.ts/,
      use: phone({ width: 390, height: 844 }),
    },
  ],
  webServer: {
    command: serverCommand,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    // The build and the first start (migrations, import, demo data) take minutes on a busy 2-core machine.
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ...(process.env as Record<string, string>),
      // A fresh embedded database per run; ignored when DATABASE_URL or POSTGRES_URL picks a server.
      CITED_DATA_DIR: dataDir,
    },
  },
});
