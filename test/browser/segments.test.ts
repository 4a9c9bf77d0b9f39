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

describe('segments in a real browser', () => {
  it('demo workspace → Segments → housing survey → find segments → progress → model choice → cards with sentences → save', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPage(page);

    await logInAsDemo(page, server.url);
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('segments-title').waitFor();

    const housing = page.locator('[data-testid^=segment-survey-]').filter({ hasText: 'Woonwensen Nieuwbouw Bakkerswijk' });
    expect(await housing.textContent()).toMatch(/\d{3} antwoorden/);
    await housing.getByTestId('find-segments-link').click();

    // The suggested questions are ticked; the open remark is not offered at all.
    await page.getByTestId('start-run').waitFor();
    expect(await page.getByRole('checkbox', { name: /Hoe ziet uw huishouden eruit/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Wilt u nog iets toelichten/ }).count()).toBe(0);
    await page.getByTestId('start-run').click();
    await page.getByTestId('run-progress').waitFor();
    expect(await page.getByTestId('run-progress').getByRole('progressbar').count()).toBe(1);
    expect(await page.getByTestId('cancel-run').textContent()).toBe('Annuleren');

    await page.locator('[data-testid=model-choice-chart] canvas').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('segment-card-A').waitFor();
    await page.getByTestId('segment-card-B').waitFor();
    // The best K by BIC carries the star in the picker.
    expect(await page.getByTestId('k-picker').textContent()).toContain('★');
    const sentences = await page.locator('[data-testid^=segment-sentence-]').allTextContents();
    for (const s of sentences) expect(s).toMatch(/^Segment [A-H] \(\d+%\): vaak '/);
    const all = sentences.join('\n');
    expect(all).toMatch(/'Gezin met thuiswonende kinderen' bij Hoe ziet uw huishouden eruit|'Benedenwoning \/ gelijkvloers' bij Welk type woning zoekt u|'Scholen en kinderopvang dichtbij'/);
    expect(all).toMatch(/'Appartement' bij Welk type woning zoekt u|'Dicht bij het centrum'|'Samenwonend zonder kinderen'/);
    await screenshot(page, 'segments-model-choice-and-cards');

    // Name segment A, then save.
    await page.getByTestId('segment-name-A').fill('Jonge gezinnen');
    await page.getByTestId('segmentation-name').fill('Woonwensgroepen');
    await page.getByTestId('save-segmentation').click();
    await page.getByTestId('segmentation-title').filter({ hasText: 'Woonwensgroepen' }).waitFor();
    expect(await page.getByTestId('segment-name-A').inputValue()).toBe('Jonge gezinnen');
    await page.getByTestId('segment-comparison').waitFor();
    expect(await page.getByTestId('segment-comparison').textContent()).toContain('Hoe tevreden bent u met uw huidige woning');
    expect(await page.getByTestId('export-csv').getAttribute('href')).toMatch(/\/segmentations\/[0-9a-f-]{36}\/export\.csv$/);
    await screenshot(page, 'segments-saved');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('NPS survey → tick the 0–10 question (as a number by default) → mixture model → cards with the mean against the rest', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    await logInAsDemo(page, server.url);
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('segments-title').waitFor();
    await page.locator('[data-testid^=segment-survey-]').filter({ hasText: 'Klanttevredenheid 2026 (NPS)' }).getByTestId('find-segments-link').click();
    await page.getByTestId('start-run').waitFor();

    const nps = page.getByRole('checkbox', { name: /Hoe waarschijnlijk is het dat u ons aanbeveelt/ });
    if (!(await nps.isChecked())) await nps.check();
    const frequency = page.getByRole('checkbox', { name: /Hoe vaak bent u klant bij ons/ });
    if (!(await frequency.isChecked())) await frequency.check();
    // The 0–10 question is used as a number unless changed; the choice is offered next to it.
    const measure = page.getByTestId('measure-nps');
    await measure.waitFor();
    expect(await measure.textContent()).toContain('als getal');
    expect(await measure.locator('input[value=number]').isChecked()).toBe(true);
    await page.getByTestId('start-run').click();
    await page.locator('[data-testid=model-choice-chart] canvas').first().waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('model-kind').textContent()).toContain('mengmodel');
    await page.getByTestId('segment-card-B').waitFor();
    const sentences = (await page.locator('[data-testid^=segment-sentence-]').allTextContents()).join('\n');
    expect(sentences).toMatch(/gemiddeld \d+,\d bij 'Hoe waarschijnlijk is het dat u ons aanbeveelt bij vrienden, familie of collega's' \(rest \d+,\d\)/);
    expect(await page.locator('[data-testid=trait-mean-nps]').count()).toBeGreaterThan(0);
    await screenshot(page, 'segments-mixed-nps');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
