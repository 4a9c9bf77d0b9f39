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

/** Signs up through the API and returns a request function carrying the session cookie and CSRF token. */
async function teamMember() {
  const res = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `fill-${Date.now()}@bakkerij.example`, password: 'heerlijk vers brood', name: 'Anna', workspaceName: 'Bakkerij Proef', locale: 'nl' }),
  });
  expect(res.status).toBe(201);
  const body = await res.json();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const call = async (method: string, path: string, payload?: unknown) => {
    const r = await fetch(`${server.url}/api/w/${body.currentWorkspaceId}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': body.csrfToken, ...(payload ? { 'content-type': 'application/json' } : {}) },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    return { status: r.status, json: await r.json() };
  };
  return Object.assign(call, { cookie });
}

describe('filling in a survey on a phone', () => {
  it('answers the NPS template in a 390x844 window, page by page, and the response is stored', async () => {
    const call = await teamMember();
    const created = await call('POST', '/surveys', { name: 'NPS proef', template: 'nps' });
    expect(created.status).toBe(201);
    expect((await call('PATCH', `/surveys/${created.json.id}/settings`, { status: 'open' })).status).toBe(200);

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(`${server.url}/s/${created.json.slug}`);
    await page.getByTestId('public-survey').waitFor({ timeout: 15_000 }).catch(async (err) => {
      await screenshot(page, 'survey-fill-phone-failed');
      throw new Error(`${err.message}\npage: ${await page.locator('body').innerText()}\nerrors: ${errors.join('; ')}`);
    });
    await page.getByText('Hoe waarschijnlijk is het dat u ons aanbeveelt').waitFor();

    // Switch to English and back: the question follows the language.
    await page.getByTestId('survey-language').getByText('EN').click();
    await page.getByText('How likely are you to recommend us').waitFor();
    await page.getByTestId('survey-language').getByText('NL').click();
    await page.getByText('Hoe waarschijnlijk is het dat u ons aanbeveelt').waitFor();

    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // On a phone SurveyJS shows the 0-10 scale as a drop-down list (its own responsive choice).
    await page.locator('[data-name="nps"] .sd-dropdown').click();
    await page.getByRole('option', { name: '9', exact: true }).click();
    const why = page.locator('[data-name="why_high"] textarea');
    await why.waitFor();
    await why.fill('Het brood is altijd vers en het personeel is vriendelijk.');
    await screenshot(page, 'survey-fill-phone-page1');
    // SurveyJS's own buttons speak Dutch too.
    expect((await page.locator('.sd-navigation__next-btn').inputValue().catch(() => page.locator('.sd-navigation__next-btn').innerText())).trim()).toBe('Volgende');
    await page.locator('.sd-navigation__next-btn').click();

    // The first page was saved as a partial response before the respondent finished.
    await page.getByText('Hoe vaak bent u klant bij ons?').waitFor();
    await expect.poll(async () => (await call('GET', `/surveys/${created.json.id}`)).json.responseCount).toBe(1);
    expect((await call('GET', `/surveys/${created.json.id}`)).json.completeCount).toBe(0);

    await page.getByText('Elke week').click();
    await page.locator('.sd-navigation__complete-btn').click();
    await page.getByText('Hartelijk dank voor uw antwoorden!').waitFor();
    await screenshot(page, 'survey-fill-phone-done');

    const after = (await call('GET', `/surveys/${created.json.id}`)).json;
    expect(after.responseCount).toBe(1);
    expect(after.completeCount).toBe(1);
    // The stored answers are exactly what was filled in, under this device's token.
    const token = await page.evaluate((slug) => localStorage.getItem(`klankbord.survey.${slug}.token`), created.json.slug);
    const stored = await (await fetch(`${server.url}/api/public/surveys/${created.json.slug}/responses/${token}`)).json();
    expect(stored).toEqual({ status: 'complete', version: 1, page: 1, answers: { nps: 9, why_high: 'Het brood is altijd vers en het personeel is vriendelijk.', frequency: 'weekly' } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('builds a survey in the builder: add a question with Dutch and English text, show-if, save, live preview', async () => {
    const call = await teamMember();
    const created = await call('POST', '/surveys', { name: 'Bouwproef', template: 'csat' });
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } });
    const [name, value] = call.cookie.split(';')[0].split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(`${server.url}/surveys/${created.json.id}`);
    await page.getByTestId('survey-preview').getByText('Hoe tevreden bent u over uw laatste bezoek?').waitFor();

    await page.getByTestId('add-question-1').click();
    await page.getByTestId('add-boolean').click();
    await page.getByTestId('question-title-nl').fill('Komt u nog eens terug?');
    await page.getByTestId('question-title-en').fill('Will you come back?');
    await page.getByTestId('question-required').check();
    // Show only when the satisfaction score is at most 3.
    await page.getByTestId('showif-question').click();
    await page.getByRole('option', { name: /^csat:/ }).click();
    await page.getByTestId('showif-value').fill('3');
    await page.getByTestId('showif-operator').click();
    await page.getByRole('option', { name: 'is hoogstens' }).click();
    await page.getByTestId('builder-save').click();
    await page.getByText('Opgeslagen').first().waitFor();

    const saved = (await call('GET', `/surveys/${created.json.id}`)).json;
    const added = saved.definition.pages[1].elements.at(-1);
    expect(added).toMatchObject({ type: 'boolean', title: { nl: 'Komt u nog eens terug?', en: 'Will you come back?' }, isRequired: true, visibleIf: '{csat} <= 3' });
    await screenshot(page, 'survey-builder');
    expect(errors).toEqual([]);
    await context.close();
  });
});
