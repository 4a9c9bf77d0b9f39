import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

/**
 * Issue 3's "done" walk: a newcomer builds a bilingual survey from the NPS template, shares it, has it
 * filled in on a phone-sized window (Dutch, then English through the language switch, through the QR
 * link), reads and exports the responses, imports contacts, invites them by e-mail and a customer
 * answers through the personal link.
 */
let server: RunningServer;
let browser: Browser;
let sink: SmtpSink;
const WAIT = { timeout: 20_000 };

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({ smtpUrl: sink.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

/** Waits for a step; on failure saves a screenshot and tells what the page showed. */
async function step(page: Page, name: string, errors: string[], run: () => Promise<unknown>) {
  try {
    await run();
  } catch (err) {
    await screenshot(page, `survey-newcomer-failed-${name}`).catch(() => undefined);
    const body = await page.locator('body').innerText().catch(() => '');
    throw new Error(`step "${name}": ${(err as Error).message}\npage: ${body.slice(0, 2000)}\nerrors: ${errors.join('; ')}`);
  }
}

function phone(locale = 'nl-NL'): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
}

/** Answers the NPS template on a phone (SurveyJS shows 0-10 as a drop-down there) and completes it. */
async function fillNps(page: Page, score: string, why: string, frequency: string, complete: { next: RegExp; done: RegExp }) {
  await page.locator('[data-name="nps"] .sd-dropdown').click();
  // The end points carry their label ("10 Zeer waarschijnlijk").
  await page.getByRole('option', { name: new RegExp(`^${score}\\b`) }).click();
  const whyField = page.locator('[data-name="why_high"] textarea');
  await whyField.waitFor(WAIT);
  await whyField.fill(why);
  await page.locator('.sd-navigation__next-btn').click();
  await page.getByText(frequency).waitFor(WAIT);
  await page.getByText(frequency).click();
  await page.locator('.sd-navigation__complete-btn').click();
  await page.getByText(complete.done).waitFor(WAIT);
}

describe('the newcomer walk of issue 3', () => {
  it('builds, shares, fills, reads, exports and invites', async () => {
    const team = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await team.newPage();
    const errors = watchPage(page);

    // Sign up.
    await page.goto(`${server.url}/signup`);
    await step(page, 'signup', errors, async () => {
      await page.getByLabel('Je naam').fill('Noor Nieuw');
      await page.getByLabel('E-mailadres').fill('noor@bakkerij.example');
      await page.locator('input[name=password]').fill('heerlijk vers brood');
      await page.getByLabel('Naam van je bedrijf of team').fill('Bakkerij Nieuw');
      await page.getByTestId('signup-submit').click();
      await page.getByTestId('dashboard-title').waitFor(WAIT);
    });
    const me = await (await team.request.get(`${server.url}/api/auth/me`)).json();
    const workspaceId: string = me.currentWorkspaceId;
    const api = (path: string) => team.request.get(`${server.url}/api/w/${workspaceId}${path}`);

    // Surveys → new survey from the NPS template.
    await step(page, 'new-survey', errors, async () => {
      await page.getByTestId('nav-surveys').click();
      await page.getByTestId('new-survey').click();
      await page.getByTestId('new-survey-name').fill('Wat vindt u van Bakkerij Nieuw?');
      await page.getByTestId('template-nps').click();
      await page.getByTestId('create-survey').click();
      await page.getByTestId('survey-preview').getByText('Hoe waarschijnlijk is het dat u ons aanbeveelt').waitFor(WAIT);
    });
    const surveyId = page.url().split('/surveys/')[1].split(/[/?#]/)[0];

    // Edit the NPS question in Dutch and English side by side; save; open the survey.
    await step(page, 'builder', errors, async () => {
      await page.getByTestId('question-nps').click();
      await page.getByTestId('question-title-nl').fill('Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?');
      await page.getByTestId('question-title-en').fill('How likely are you to recommend Bakkerij Nieuw?');
      await page.getByTestId('survey-preview').getByText('Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?').waitFor(WAIT);
      await page.getByTestId('builder-save').click();
      await page.getByText('Opgeslagen').first().waitFor(WAIT);
      await screenshot(page, 'survey-newcomer-builder');
      await page.getByRole('tab', { name: 'Instellingen' }).click();
      await page.getByTestId('settings-status').click();
      await page.getByRole('option', { name: 'Open' }).click();
      await page.getByTestId('settings-save').click();
      await page.getByText('Instellingen opgeslagen').or(page.getByText('Opgeslagen')).first().waitFor(WAIT);
    });
    const survey = await (await api(`/surveys/${surveyId}`)).json();
    expect(survey.status).toBe('open');
    expect(survey.definition.pages[0].elements[0].title).toMatchObject({ nl: 'Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?', en: 'How likely are you to recommend Bakkerij Nieuw?' });

    // Distribute: public link, QR preview and PNG download, embed snippet.
    let publicUrl = '';
    let qrUrl = '';
    await step(page, 'distribute', errors, async () => {
      await page.getByTestId('survey-tab-distribute').click();
      await page.waitForURL(/\/distribute$/);
      const link = page.getByRole('textbox', { name: 'Openbare link' });
      await link.waitFor(WAIT);
      publicUrl = await link.inputValue();
      expect(publicUrl).toMatch(new RegExp(`/s/${survey.slug}$`));
      const qr = page.getByRole('img', { name: 'QR-code' });
      await qr.waitFor(WAIT);
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBeGreaterThan(100);
      const png = await team.request.get(new URL((await page.getByRole('link', { name: 'PNG downloaden' }).getAttribute('href'))!, server.url).href);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      await page.getByText('<iframe src=').first().waitFor(WAIT);
      await screenshot(page, 'survey-newcomer-distribute');
    });
    const share = await (await api(`/surveys/${surveyId}/share`)).json();
    qrUrl = share.qrUrl;
    expect(qrUrl).toBe(`${publicUrl}?channel=qr`);

    // A respondent on a phone, in Dutch, through the public link.
    const nl = await phone();
    const nlPage = await nl.newPage();
    const nlErrors = watchPage(nlPage);
    await step(nlPage, 'fill-nl', nlErrors, async () => {
      await nlPage.goto(publicUrl.replace(/^https?:\/\/[^/]+/, server.url));
      await nlPage.getByText('Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?').waitFor(WAIT);
      expect(await nlPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await screenshot(nlPage, 'survey-newcomer-phone-nl');
      await fillNps(nlPage, '9', 'Altijd vers brood.', 'Elke week', { next: /Volgende/, done: /Hartelijk dank/ });
    });
    expect(nlErrors).toEqual([]);
    await nl.close();

    // Once more in English (language switch), through the QR code's link.
    const en = await phone();
    const enPage = await en.newPage();
    const enErrors = watchPage(enPage);
    await step(enPage, 'fill-en', enErrors, async () => {
      await enPage.goto(qrUrl.replace(/^https?:\/\/[^/]+/, server.url));
      await enPage.getByText('Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?').waitFor(WAIT);
      await enPage.getByTestId('survey-language').getByText('EN').click();
      await enPage.getByText('How likely are you to recommend Bakkerij Nieuw?').waitFor(WAIT);
      await fillNps(enPage, '10', 'The friendly staff.', 'A few times a month', { next: /Next/, done: /Thank you very much/ });
      await screenshot(enPage, 'survey-newcomer-phone-en-done');
    });
    expect(enErrors).toEqual([]);
    await en.close();

    // Back as the team: the Responses page shows both; one in full; filter by channel.
    await step(page, 'responses', errors, async () => {
      await page.getByTestId('survey-tab-responses').click();
      await page.waitForURL(/\/responses$/);
      await page.getByText('2 antwoorden').waitFor(WAIT);
      const rows = page.getByTestId('responses-table').locator('tbody tr');
      expect(await rows.count()).toBe(2);
      // Every column of the table has something to show (the follow-ups nobody saw stay in the drawer).
      await page.getByTestId('responses-table').getByText('Fijn! Wat waardeert u het meest aan ons?').waitFor(WAIT);
      await rows.filter({ hasText: 'QR-code' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('The friendly staff.').waitFor(WAIT);
      await drawer.getByText('Een paar keer per maand').waitFor(WAIT);
      await drawer.getByText('en', { exact: true }).waitFor(WAIT);
      // Only what was answered: the follow-up for low scores was never shown to this respondent.
      expect(await drawer.getByText('Jammer om te horen').count()).toBe(0);
      await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot only
      await screenshot(page, 'survey-newcomer-response');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden', ...WAIT });
      await page.getByTestId('filter-channel').click();
      await page.getByRole('option', { name: 'QR-code' }).click();
      await page.getByText('1 antwoorden').or(page.getByText('1 antwoord')).first().waitFor(WAIT);
      expect(await rows.count()).toBe(1);
      await rows.first().getByText('QR-code').waitFor(WAIT);
      await screenshot(page, 'survey-newcomer-responses-qr');
      await page.getByTestId('filter-channel').click();
      await page.getByRole('option', { name: 'Alle' }).click();
      await page.getByText('2 antwoorden').waitFor(WAIT);
      await page.getByTestId('filter-language').click();
      await page.getByRole('option', { name: 'Nederlands' }).click();
      await page.getByText('1 antwoorden').or(page.getByText('1 antwoord')).first().waitFor(WAIT);
      await rows.first().getByText('Openbare link').waitFor(WAIT);
      await page.getByTestId('filter-language').click();
      await page.getByRole('option', { name: 'Alle' }).click();
      await page.getByText('2 antwoorden').waitFor(WAIT);
    });

    // Export: CSV as a download with the question codes and two rows; XLSX answers with its type.
    await step(page, 'export', errors, async () => {
      const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('link', { name: 'CSV exporteren' }).click()]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trim().split(/\r?\n/);
      const header = lines[0].split(/[;,]/).map((h) => h.replace(/"/g, ''));
      expect(header).toEqual(expect.arrayContaining(['nps', 'why_high', 'frequency']));
      expect(lines.length).toBe(3);
      const xlsxHref = await page.getByRole('link', { name: 'Excel exporteren' }).getAttribute('href');
      const xlsx = await team.request.get(new URL(xlsxHref!, server.url).href);
      expect(xlsx.status()).toBe(200);
      expect(xlsx.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    });

    // Contacts from a small CSV, with a column the importer does not guess mapped by hand; invitations by e-mail.
    await step(page, 'invite', errors, async () => {
      await page.getByTestId('survey-tab-distribute').click();
      await page.waitForURL(/\/distribute$/);
      await page.locator('input[type=file]').setInputFiles({
        name: 'klanten.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Klant e-mail;Volledige naam;Taal;Wijk\nsanne@voorbeeld.nl;Sanne Smit;nl;Centrum\n'),
      });
      // E-mail and language are recognised; the name column is mapped by hand, the district kept as a trait.
      await page.getByTestId('contacts-email').filter({ hasText: '' }).waitFor(WAIT);
      expect(await page.getByTestId('contacts-email').inputValue()).toBe('Klant e-mail');
      expect(await page.getByTestId('contacts-locale').inputValue()).toBe('Taal');
      await page.getByTestId('contacts-name').click();
      await page.getByRole('option', { name: 'Volledige naam' }).click();
      await page.getByTestId('contacts-attributes').click({ force: true }); // Mantine's pill box lies over its input
      await page.getByRole('option', { name: 'Wijk' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('contacts-import').click();
      await page.getByTestId('contacts-result').filter({ hasText: '1 nieuw, 0 bijgewerkt, 0 dubbel, 1 uitnodigingen aangemaakt' }).waitFor(WAIT);
      await page.getByTestId('count-pending').filter({ hasText: ': 1' }).waitFor(WAIT);
      await page.getByTestId('invitations-send').click();
      await page.getByTestId('invitations-message').filter({ hasText: '1 in de wachtrij' }).waitFor(WAIT);
      await screenshot(page, 'survey-newcomer-invitations');
    });
    const mail = await sink.waitFor((m) => m.to.includes('sanne@voorbeeld.nl'), 30_000);
    expect(mail.subject).toBe('Uw mening over Wat vindt u van Bakkerij Nieuw?');
    expect(mail.text).toContain('Beste Sanne Smit,');
    const personal = mail.text.match(/https?:\/\/\S+\/i\/[\w-]+/)![0];

    // The customer follows the personal link on a phone and completes the survey.
    const customer = await phone();
    const cPage = await customer.newPage();
    const cErrors = watchPage(cPage);
    await step(cPage, 'personal-link', cErrors, async () => {
      await cPage.goto(personal.replace(/^https?:\/\/[^/]+/, server.url));
      await cPage.waitForURL(/\/s\/[a-z0-9-]+\?t=/);
      await cPage.getByText('Hoe waarschijnlijk is het dat u Bakkerij Nieuw aanbeveelt?').waitFor(WAIT);
      await fillNps(cPage, '9', 'De taart.', 'Af en toe', { next: /Volgende/, done: /Hartelijk dank/ });
    });
    expect(cErrors).toEqual([]);
    await customer.close();

    const invitations = await (await api(`/surveys/${surveyId}/invitations`)).json();
    expect(invitations.items).toHaveLength(1);
    const list = await (await api(`/surveys/${surveyId}/responses?pageSize=10`)).json();
    expect(list.total).toBe(3);
    const byChannel = Object.fromEntries(list.items.map((r: { channel: string }) => [r.channel, r]));
    expect(Object.keys(byChannel).sort()).toEqual(['email', 'link', 'qr']);
    expect(byChannel.email).toMatchObject({ status: 'complete', invitationId: invitations.items[0].id, customerId: invitations.items[0].customerId, language: 'nl' });
    expect(byChannel.qr).toMatchObject({ status: 'complete', language: 'en', invitationId: null });
    expect(byChannel.link).toMatchObject({ status: 'complete', language: 'nl', invitationId: null });
    await step(page, 'invitation-responded', errors, async () => {
      await page.reload();
      await page.getByTestId('count-responded').filter({ hasText: ': 1' }).waitFor(WAIT);
    });
    expect(errors).toEqual([]);
    await team.close();
  });
});

describe('a survey embedded on another website', () => {
  it('fills in inside a cross-site iframe (no respondent cookie there), stores channel embed, and knows afterwards it was answered', async () => {
    // The team, through the API: an open NPS survey with one response per person.
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'embed@bakkerij.example', password: 'heerlijk vers brood', name: 'Eva', workspaceName: 'Bakkerij Embed', locale: 'nl' }),
    });
    const me = await signup.json();
    const cookie = signup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const call = async (method: string, path: string, payload?: unknown) =>
      (
        await fetch(`${server.url}/api/w/${me.currentWorkspaceId}${path}`, {
          method,
          headers: { cookie, 'x-csrf-token': me.csrfToken, ...(payload ? { 'content-type': 'application/json' } : {}) },
          body: payload ? JSON.stringify(payload) : undefined,
        })
      ).json();
    const survey = await call('POST', '/surveys', { name: 'Ingesloten NPS', template: 'nps' });
    expect(await call('PATCH', `/surveys/${survey.id}/settings`, { status: 'open', oneResponsePerPerson: true })).toMatchObject({ status: 'open' });
    const share = await call('GET', `/surveys/${survey.id}/share`);
    const embedSrc = `${server.url}/s/${survey.slug}?embed=1`;
    expect(share.iframeSnippet).toContain(`/s/${survey.slug}?embed=1"`);

    // The bakery's own website on another site: "localhost" frames "127.0.0.1" (cross-site, both on
    // loopback, so Chromium's private-network rules do not get in the way as they would for a public origin).
    const website = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta name="viewport" content="width=device-width"><h1>Bakkerij</h1>${share.iframeSnippet.replace(/src="[^"]+"/, `src="${embedSrc}"`)}`);
    });
    await new Promise<void>((resolve) => website.listen(0, '127.0.0.1', resolve));
    const websiteUrl = `http://localhost:${(website.address() as AddressInfo).port}/`;
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = watchPage(page);
    const sentCookies: string[] = [];
    page.on('request', (r) => {
      // allHeaders(): the headers as sent, with the cookies the network stack added.
      if (r.url().includes('/api/public/surveys/')) void r.allHeaders().then((h) => sentCookies.push(h['cookie'] ?? ''));
    });
    await page.goto(websiteUrl);
    const frame = page.frameLocator('iframe');
    await step(page, 'embed-fill', errors, async () => {
      await frame.getByText('Hoe waarschijnlijk is het dat u ons aanbeveelt').waitFor(WAIT);
      await frame.locator('[data-name="nps"] .sd-dropdown').click();
      await frame.getByRole('option', { name: /^8\b/ }).click();
      await frame.locator('[data-name="why_mid"] textarea').fill('Meer zitplaatsen.');
      await frame.locator('.sd-navigation__next-btn').click();
      await frame.getByText('Af en toe').click();
      await frame.locator('.sd-navigation__complete-btn').click();
      await frame.getByText(/Hartelijk dank/).waitFor(WAIT);
      await screenshot(page, 'survey-embed-done');
    });
    // The SameSite=Lax respondent cookie never travels inside the other site's iframe, and this browser
    // refuses the frame localStorage too; only the partitioned cookie (CHIPS) is kept, per embedding site.
    expect(sentCookies.length).toBeGreaterThan(1);
    expect(sentCookies.filter((c) => /(^|; )kb_respondent=/.test(c))).toEqual([]);
    expect(sentCookies.at(-1)).toMatch(/(^|; )kb_respondent_embed=[\w-]{36}/);
    const list = await call('GET', `/surveys/${survey.id}/responses`);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ channel: 'embed', status: 'complete', answers: { nps: 8, why_mid: 'Meer zitplaatsen.', frequency: 'sometimes' } });

    // Back on the website later: the partitioned cookie remembers that this device answered.
    await page.reload();
    await step(page, 'embed-again', errors, async () => {
      await frame.getByTestId('survey-unavailable').filter({ hasText: 'U heeft deze enquête al ingevuld' }).waitFor(WAIT);
    });
    expect((await call('GET', `/surveys/${survey.id}/responses`)).total).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
    website.close();
  });
});
