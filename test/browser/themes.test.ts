import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, logInAsDemo, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('themes in a real browser', () => {
  it('demo workspace → Themes → NPS "why" answers: chart, evidence cards, why a sentiment, rename a theme', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPage(page);

    await logInAsDemo(page, server.url);
    await page.getByTestId('nav-themes').click();
    await page.getByTestId('themes-title').waitFor();

    // The NPS survey asks "why?" in three wordings by score; "Alle open antwoorden" takes them together.
    await page.getByTestId('source-select').click();
    await page.getByRole('option', { name: /Klanttevredenheid 2026 \(NPS\) · Alle open antwoorden/ }).click();
    expect(await page.getByTestId('source-select').inputValue()).toMatch(/NPS\) · Alle open antwoorden \((\d{3})\)/);
    await page.getByTestId('theme-card').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=theme-chart] canvas').first().waitFor();

    const labels = await page.getByTestId('theme-label').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(3);
    // Human labels from the taxonomy, in Dutch.
    expect(labels.some((l) => ['Prijs en waarde', 'Wachten en levertijd', 'Vriendelijkheid personeel', 'Kwaliteit van product of dienst'].includes(l))).toBe(true);
    const firstCard = page.getByTestId('theme-card').first();
    expect(await firstCard.getByTestId('evidence-people').textContent()).toMatch(/\d+ personen?/);
    expect(await firstCard.getByTestId('verdict-badge').first().textContent()).toMatch(/anekdote|opkomend|gevestigd/);
    expect(await firstCard.getByTestId('evidence-rule').textContent()).toContain('Anekdote');
    expect(await firstCard.getByTestId('theme-quote').count()).toBe(3);

    // Hovering a sentiment label shows the words that decided it.
    const negative = page.getByTestId('sentiment-label').filter({ hasText: 'negatief' }).first();
    await negative.scrollIntoViewIfNeeded();
    await negative.hover();
    const why = page.getByTestId('sentiment-why');
    await why.waitFor();
    expect(await why.getByTestId('decisive-token').count()).toBeGreaterThan(0);
    expect(await why.textContent()).toContain('Waarom negatief?');
    await screenshot(page, 'themes-sentiment-why');

    // Rename the first theme; the new name shows on its card.
    await page.mouse.move(0, 0);
    await firstCard.scrollIntoViewIfNeeded();
    await firstCard.getByTestId('theme-menu').click();
    await page.getByTestId('theme-rename').click();
    await page.getByTestId('label-nl').fill('Prijs (hernoemd)');
    await page.getByTestId('label-save').click();
    await page.getByTestId('theme-label').filter({ hasText: 'Prijs (hernoemd)' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'themes-nps-why');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
