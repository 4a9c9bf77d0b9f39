import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, launchBrowser, logInAsDemo, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function titlesInOrder(page: Page) {
  return page.getByTestId('decision-card').getByTestId('card-title').allTextContents();
}

describe('decision board walk in a real browser', () => {
  it('demo → Decisions: ranked cards with the formula, a weight slider re-ranks, decide with a reason, report link opens logged out', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    await logInAsDemo(page, server.url);

    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('decision-card').first().waitFor();
    expect(await page.getByTestId('formula').textContent()).toBe('score = (1·klant + 1·wij + 1·samenleving) / inspanning');
    const before = await titlesInOrder(page);
    expect(before.length).toBeGreaterThanOrEqual(8);
    // Equal weights: Oud brood (3+3+5)/1 = 11 first, Zuurdesem op zondag (5+4+2)/2 = 5.5 second.
    expect(before.slice(0, 2)).toEqual(['Oud brood met korting aan het eind van de dag', 'Zuurdesembrood ook op zondag']);
    expect(await page.getByTestId('anecdote-badge').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('cannot-do-flag').count()).toBeGreaterThan(0);
    await screenshot(page, 'decisions-board-nl');

    // Society weight 1 → 5 with the keyboard (8 steps of 0.5): Oud brood (3+3+25)/1 = 31 stays first;
    // Kinderworkshop (2+2+20)/2 = 12 passes Zuurdesem op zondag (5+4+10)/2 = 9.5.
    const society = page.getByTestId('weight-society').getByRole('slider');
    await society.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.getByTestId('formula').filter({ hasText: '5·samenleving' }).waitFor();
    const after = await titlesInOrder(page);
    expect(after.slice(0, 2)).toEqual(['Oud brood met korting aan het eind van de dag', 'Kinderworkshop broodjes bakken']);
    expect(after).not.toEqual(before);
    await screenshot(page, 'decisions-board-weights');

    // Decide on "Koffie to go" with a reason.
    const koffie = page.getByTestId('decision-card').filter({ hasText: 'Koffie to go' });
    await koffie.getByTestId('decide').click();
    await page.getByTestId('decision-reason').fill('Past bij vroeg open: koffie voor wie om half zeven brood haalt.');
    await page.getByTestId('decision-submit').click();
    await koffie.getByTestId('card-status').filter({ hasText: 'Aangenomen' }).waitFor();
    expect(await koffie.getByTestId('latest-decision').textContent()).toContain('Past bij vroeg open');
    await koffie.getByTestId('show-history').click();
    await koffie.getByTestId('history').waitFor();

    // Report link for this month, opened in a fresh (logged-out) context.
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('create-report').click();
    const url = (await page.getByTestId('report-url').textContent())!.trim();
    expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
    const token = url.split('/r/')[1];
    const fresh = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1100, height: 1400 } });
    const pub = await fresh.newPage();
    const pubErrors = watchPage(pub);
    await pub.goto(`${server.url}/r/${token}`);
    await pub.getByTestId('public-report').waitFor();
    await pub.getByTestId('report-decisions').filter({ hasText: 'Koffie to go' }).waitFor();
    await pub.getByTestId('report-ideas-chart').locator('svg').first().waitFor();
    expect(await pub.getByTestId('print-report').textContent()).toBe('Afdrukken / PDF');
    await screenshot(pub, 'decisions-public-report');
    // Printing: in print media the button goes, the chart stays (SVG, laid out with a real size), and
    // Chromium's own print-to-PDF produces the document.
    await pub.emulateMedia({ media: 'print' });
    expect(await pub.getByTestId('print-report').isVisible()).toBe(false);
    const chart = await pub.getByTestId('report-ideas-chart').locator('svg').first().boundingBox();
    expect(chart!.width).toBeGreaterThan(200);
    expect(chart!.height).toBeGreaterThan(100);
    const pdf = await pub.pdf({ format: 'A4', printBackground: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'decisions-public-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(pubErrors).toEqual([]);
    await fresh.close();

    // The identity tab shows the demo profile.
    await page.getByTestId('tab-identity').click();
    await page.getByTestId('identity-profile').filter({ hasText: 'zuurdesembrood' }).waitFor();
    await screenshot(page, 'decisions-identity');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
