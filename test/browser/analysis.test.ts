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

describe('analysis in a real browser', () => {
  it('demo workspace → Analysis → NPS survey → NPS chart and figures → crosstab → filter → trend', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPage(page);

    await logInAsDemo(page, server.url);
    await page.getByTestId('nav-analysis').click();

    const nps = page.locator('[data-survey="Klanttevredenheid 2026 (NPS)"]');
    await nps.waitFor();
    expect(await nps.textContent()).toMatch(/\d{3} volledige antwoorden/);
    await nps.getByRole('link', { name: 'Analyseren' }).click();

    // The NPS question: a stacked bar chart and the score with its interval and groups.
    const npsCard = page.locator('[data-question=nps]');
    await npsCard.locator('canvas').first().waitFor();
    const figures = await page.getByTestId('nps-nps').textContent();
    expect(figures).toMatch(/NPS-?\d+\.\d/);
    expect(figures).toMatch(/Promotors\d+\.\d%/);
    expect(figures).toMatch(/95%-BI/);
    expect(await page.getByTestId('analysis-base').textContent()).toMatch(/Basis: n = \d{3} van \d{3}/);
    expect(await page.getByText('Alleen volledig ingevulde antwoorden tellen mee.').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1000); // let the bars finish growing
    await screenshot(page, 'analysis-summary-nps');

    // Crosstab: how often people come × whether they may be contacted.
    await page.getByRole('tab', { name: 'Kruistabel' }).click();
    await page.getByLabel('Rijvraag').first().click();
    await page.getByRole('option').first().click();
    await page.getByLabel('Kolomvraag').first().click();
    await page.getByRole('option').nth(1).click();
    await page.getByRole('button', { name: 'Maak kruistabel' }).click();
    await page.getByTestId('crosstab').waitFor();
    expect(await page.getByTestId('crosstab-stats').textContent()).toMatch(/χ² = \d+\.\d+, df = \d+, p = .+, Cramér's V = \d\.\d{3}/);
    // Columns (how often) in the survey's answer order with its Dutch labels, lettered in that order.
    expect(await page.getByTestId('crosstab-col').allTextContents()).toEqual([
      'Elke week (A)', 'Een paar keer per maand (B)', 'Af en toe (C)', 'Dit was de eerste keer (D)',
    ]);
    await screenshot(page, 'analysis-crosstab');

    // A filter on a channel narrows every view; a small base is marked, not hidden.
    await page.getByRole('tab', { name: 'Samenvatting' }).click();
    await page.getByLabel('Vanaf').first().fill('2099-01-01');
    await page.getByTestId('analysis-base').filter({ hasText: 'n = 0' }).waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByTestId('analysis-base').filter({ hasNotText: 'n = 0 ' }).waitFor();

    await page.getByRole('tab', { name: 'Trend' }).click();
    await page.getByTestId('trend').locator('canvas').first().waitFor();
    await page.waitForTimeout(1000);
    await screenshot(page, 'analysis-trend');

    // A multiple-choice question as rows: every option a row, % of respondents, no chi-square and why.
    await page.getByTestId('nav-analysis').click();
    const housing = page.locator('[data-survey="Woonwensen Nieuwbouw Bakkerswijk"]');
    await housing.getByRole('link', { name: 'Analyseren' }).click();
    await page.getByRole('tab', { name: 'Kruistabel' }).click();
    await page.getByLabel('Rijvraag').first().click();
    await page.getByRole('option', { name: 'Wat is belangrijk aan de plek? (meerdere antwoorden mogelijk)' }).click();
    await page.getByLabel('Kolomvraag').first().click();
    await page.getByRole('option', { name: 'Hoe ziet uw huishouden eruit?' }).click();
    await page.getByRole('button', { name: 'Maak kruistabel' }).click();
    await page.getByTestId('crosstab').waitFor();
    expect(await page.getByTestId('crosstab-stats').textContent()).toBe('χ²: niet van toepassing bij meerkeuzevragen: categorieën overlappen');
    const rows = await page.getByTestId('crosstab-row').allTextContents();
    expect(rows[0]).toBe('Dicht bij het centrum');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect((await page.getByTestId('crosstab-col').allTextContents())[0]).toBe('Alleenstaand (A)');
    expect(await page.getByText('percentages zijn van respondenten en kunnen samen boven 100% uitkomen', { exact: false }).count()).toBe(1);
    await screenshot(page, 'analysis-crosstab-multi');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
