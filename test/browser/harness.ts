import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export { startServer, type RunningServer } from '../support/server-process.ts';

/**
 * Browser tests drive the real app: the server started as `npm start` would (embedded PGlite in a fresh
 * temporary DATA_DIR, the built web app from dist/web) and Debian's Chromium through playwright-core.
 */
export const ARTIFACTS = path.resolve('test-artifacts');
const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this network needs (see shared/recipes). */
export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh, empty profile directory of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Logs in to the demo workspace ("npm start -- --demo" seeds it) and waits for the dashboard. */
export async function logInAsDemo(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name=email]').fill('demo@klankbord.local');
  await page.locator('input[name=password]').fill('klankbord-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('dashboard-title').waitFor();
}

/** Saves a full-page screenshot into test-artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Collects page errors and console errors, so a test can assert that nothing blew up (or executed). */
export function watchPage(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A 4xx answer (401 before login, a validation error) is the app working; the browser logs it anyway.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}
