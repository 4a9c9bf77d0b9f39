import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('foundation walk in a real browser', () => {
  it('signs up, sees the dashboard, switches language, logs out and logs in again', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchPage(page);

    await page.goto(`${server.url}/`);
    // Not logged in: the app sends us to the login page, in Dutch because the browser asks for Dutch.
    await page.waitForURL(/\/login/);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await page.getByRole('link', { name: 'Account aanmaken' }).click();

    await page.getByLabel('Je naam').fill('Anna de Vries');
    await page.getByLabel('E-mailadres').fill('anna@bakkerij.example');
    await page.locator('input[name=password]').fill('heerlijk vers brood');
    await page.getByLabel('Naam van je bedrijf of team').fill('Bakkerij Proef');
    await page.getByTestId('signup-submit').click();

    await page.getByTestId('dashboard-title').waitFor();
    expect(await page.getByTestId('dashboard-title').textContent()).toBe('Welkom, Anna de Vries');
    expect(await page.getByTestId('nav-surveys').textContent()).toBe('Enquêtes');
    await screenshot(page, 'foundation-dashboard-nl');

    // Switch to English: the navigation follows, and the choice sticks after a reload.
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByTestId('dashboard-title').filter({ hasText: 'Welcome, Anna de Vries' }).waitFor();
    expect(await page.getByTestId('nav-surveys').textContent()).toBe('Surveys');
    await page.reload();
    await page.getByTestId('dashboard-title').filter({ hasText: 'Welcome' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Log out, then log in again.
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mail address').fill('anna@bakkerij.example');
    await page.locator('input[name=password]').fill('heerlijk vers brood');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard-title').waitFor();
    expect(await page.getByTestId('dashboard-title').textContent()).toBe('Welcome, Anna de Vries');
    await screenshot(page, 'foundation-dashboard-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a wrong password as a clear error', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail address').fill('nobody@example.org');
    await page.locator('input[name=password]').fill('not the password');
    await page.getByTestId('login-submit').click();
    await page.getByRole('alert').filter({ hasText: 'E-mail address or password is wrong.' }).waitFor();
    await context.close();
  });
});
