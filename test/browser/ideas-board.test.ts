import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.ts';

/**
 * The public ideas board in a real browser: a customer signs in by magic link (read back from a real
 * SMTP server), posts, votes and comments; the team changes the status and the customer is mailed.
 * User text must stay inert everywhere it is shown, and the one-script-tag widget must open the board
 * from another site.
 */
let server: RunningServer;
let sink: SmtpSink;
let browser: Browser;
let owner: BrowserContext;
let ownerPage: Page;
let slug = '';
const WAIT = { timeout: 20_000 };

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({ smtpUrl: sink.url });
  browser = await launchBrowser();
  owner = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  ownerPage = await owner.newPage();
  await ownerPage.goto(`${server.url}/signup`);
  await ownerPage.getByLabel('Je naam').fill('Anna de Vries');
  await ownerPage.getByLabel('E-mailadres').fill('anna@bakkerij.example');
  await ownerPage.locator('input[name=password]').fill('heerlijk vers brood');
  await ownerPage.getByLabel('Naam van je bedrijf of team').fill('Bakkerij Proef');
  await ownerPage.getByTestId('signup-submit').click();
  await ownerPage.getByTestId('dashboard-title').waitFor(WAIT);
  const me = await ownerPage.evaluate(async () => (await fetch('/api/auth/me')).json());
  slug = (me.workspaces as { id: string; slug: string }[]).find((w) => w.id === me.currentWorkspaceId)?.slug ?? me.workspaces[0].slug;
  expect(slug).toMatch(/^[a-z0-9-]+$/);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
});

/** The path and query of the first link to this server in a mail (the mail names PUBLIC_URL's host). */
function linkIn(mail: ReceivedMail, pathPart: string): string {
  const m = mail.text.match(new RegExp(`https?://[^\\s]+${pathPart}[^\\s]*`));
  if (!m) throw new Error(`no ${pathPart} link in: ${mail.text}`);
  const u = new URL(m[0]);
  return `${server.url}${u.pathname}${u.search}`;
}

/** Signs a customer in through the board's form in this page and follows the mailed magic link. */
async function signInOnBoard(page: Page, email: string, name: string) {
  await page.getByTestId('sign-in-form').getByLabel(/E-mail/).fill(email);
  await page.getByTestId('sign-in-form').getByLabel(/Voornaam|First name/).fill(name);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('link-sent').waitFor(WAIT);
  const mail = await sink.waitFor((m) => m.to.includes(email) && /confirm\?token=/.test(m.text), 30_000);
  await page.goto(linkIn(mail, '/confirm'));
  await page.getByTestId('confirmed').waitFor(WAIT);
  return mail;
}

/** A confirmed customer posts an idea through the public API (the board's own cookies and CSRF header). */
async function seedIdea(email: string, title: string, description: string) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const api = context.request;
  const base = `${server.url}/api/public/boards/${slug}`;
  expect((await api.post(`${base}/sign-in`, { data: { email, locale: 'nl' } })).status()).toBe(202);
  const mail = await sink.waitFor((m) => m.to.includes(email) && /confirm\?token=/.test(m.text), 30_000);
  const token = new URL(linkIn(mail, '/confirm')).searchParams.get('token');
  expect((await api.post(`${server.url}/api/public/customer-sign-in/confirm`, { data: { token } })).status()).toBe(200);
  const board = await (await api.get(base)).json();
  expect(board.viewer.confirmed).toBe(true);
  const res = await api.post(`${base}/ideas`, { data: { title, description }, headers: { 'x-customer-csrf': board.viewer.csrfToken } });
  expect(res.status()).toBe(201);
  const id = (await res.json()).id as string;
  await context.close();
  return id;
}

describe('the public ideas board in a real browser', () => {
  it('walks: board (nl/en) → magic link → idea with suggestions → vote/withdraw → comment → team status → e-mail → roadmap', async () => {
    await seedIdea('bram@example.org', 'Glutenvrij brood op zaterdag', 'Graag elke zaterdag een glutenvrij brood in de winkel.');

    const customer = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await customer.newPage();
    const errors = watchPage(page);
    onTestFailed(async () => {
      await screenshot(page, 'ideas-failed-walk');
      console.log(errors, server.output().slice(-3000));
    });
    await page.goto(`${server.url}/b/${slug}`);
    await page.getByTestId('board-title').filter({ hasText: 'Bakkerij Proef' }).waitFor(WAIT);
    await page.getByTestId('idea-title').filter({ hasText: 'Glutenvrij brood op zaterdag' }).waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('tab', { name: 'Ideeën' }).waitFor(WAIT);

    // The language switch turns the board English and back.
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByRole('tab', { name: 'Ideas' }).waitFor(WAIT);
    await page.getByTestId('sign-in-submit').filter({ hasText: 'Send sign-in link' }).waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'ideas-board-en');
    await page.getByTestId('language-switch').getByText('NL').click();
    await page.getByRole('tab', { name: 'Ideeën' }).waitFor(WAIT);

    const signInMail = await signInOnBoard(page, 'carla@example.org', 'Carla');
    expect(signInMail.subject).toBe('Bevestig je e-mailadres voor Bakkerij Proef');
    await page.getByRole('button', { name: 'Naar het ideeënbord' }).click();
    await page.getByTestId('signed-in-as').filter({ hasText: 'carla@example.org' }).waitFor(WAIT);
    // A link works once; a second click says so in Dutch and leads back to the board.
    await page.goto(linkIn(signInMail, '/confirm'));
    await page.getByTestId('link-problem').filter({ hasText: 'Deze inloglink is al gebruikt' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Naar het ideeënbord' }).click();
    await page.getByTestId('signed-in-as').filter({ hasText: 'carla@example.org' }).waitFor(WAIT);

    // While typing, the similar idea is suggested.
    const form = page.getByTestId('new-idea-form');
    await form.getByLabel(/Je idee/).fill('Glutenvrij brood');
    await form.getByTestId('similar-ideas').getByText('Glutenvrij brood op zaterdag').waitFor(WAIT);
    await screenshot(page, 'ideas-board-similar');
    await form.getByLabel(/Je idee/).fill('Spelt croissants in het weekend');
    await form.getByLabel(/Toelichting/).fill('Croissants van speltmeel, net zo luchtig als de gewone.');
    await form.getByTestId('post-idea').click();

    // The idea page: my own idea starts with my vote.
    await page.getByTestId('idea-detail-title').filter({ hasText: 'Spelt croissants in het weekend' }).waitFor(WAIT);
    const ideaId = page.url().split('/ideas/')[1];
    const count = page.getByTestId('vote-count');
    await count.filter({ hasText: /^1$/ }).waitFor(WAIT);
    await page.getByTestId('vote-button').click();
    await count.filter({ hasText: /^0$/ }).waitFor(WAIT);
    expect(await page.getByTestId('vote-button').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('vote-button').click();
    await count.filter({ hasText: /^1$/ }).waitFor(WAIT);
    expect(await page.getByTestId('vote-button').getAttribute('aria-pressed')).toBe('true');

    await page.getByLabel('Reageer').fill('Met een beetje roomboter graag!');
    await page.getByTestId('post-comment').click();
    await page.getByTestId('comment-body').filter({ hasText: 'Met een beetje roomboter graag!' }).waitFor(WAIT);
    await screenshot(page, 'ideas-board-idea');

    // The board lists it with its vote.
    await page.getByRole('link', { name: /Alle ideeën/ }).click();
    const card = page.getByTestId('idea-card').filter({ hasText: 'Spelt croissants in het weekend' });
    await card.waitFor(WAIT);
    expect(await card.getByTestId('vote-count').textContent()).toBe('1');
    await screenshot(page, 'ideas-board');

    // The team sees it in the Ideas area and plans it.
    await ownerPage.getByTestId('nav-ideas').click();
    await ownerPage.getByTestId('team-ideas').getByText('Spelt croissants in het weekend').waitFor(WAIT);
    await screenshot(ownerPage, 'ideas-team-list');
    await ownerPage.getByTestId('team-ideas').getByRole('link', { name: 'Spelt croissants in het weekend' }).click();
    await ownerPage.getByTestId('team-idea-title').filter({ hasText: 'Spelt croissants in het weekend' }).waitFor(WAIT);
    await ownerPage.getByTestId('status-select').click();
    await ownerPage.getByRole('option', { name: 'Gepland' }).click();
    await ownerPage.getByLabel('Publieke toelichting').fill('We proberen het vanaf maart.');
    await ownerPage.getByTestId('save-status').click();
    await ownerPage.getByText(/Status gewijzigd; 1 klant krijgt bericht/).waitFor(WAIT);
    await screenshot(ownerPage, 'ideas-team-idea');

    const planned = await sink.waitFor((m) => m.to.includes('carla@example.org') && m.subject.includes('Spelt croissants') && /gepland/.test(m.subject), 30_000);
    expect(planned.text).toContain('We proberen het vanaf maart.');
    expect(planned.text).toContain(`/b/${slug}/ideas/${ideaId}`);
    // Header lines may be folded; unfold before reading List-Unsubscribe.
    expect(planned.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/^List-Unsubscribe: <[^>]+\/unsubscribe\?token=/m);

    // The roadmap shows it under planned; the idea page shows the reason.
    await page.getByRole('tab', { name: 'Planning' }).click();
    await page.getByTestId('roadmap-planned').getByText('Spelt croissants in het weekend').waitFor(WAIT);
    await screenshot(page, 'ideas-board-roadmap');
    await page.getByTestId('roadmap-planned').getByText('Spelt croissants in het weekend').click();
    await page.getByTestId('status-reason').filter({ hasText: 'We proberen het vanaf maart.' }).waitFor(WAIT);

    // Made: another e-mail, and it moves column.
    await ownerPage.getByTestId('status-select').click();
    await ownerPage.getByRole('option', { name: 'Gemaakt' }).click();
    await ownerPage.getByLabel('Publieke toelichting').fill('Nu elke zaterdag in de winkel.');
    await ownerPage.getByTestId('save-status').click();
    const made = await sink.waitFor((m) => m.to.includes('carla@example.org') && m.subject.includes('Spelt croissants') && /gemaakt/.test(m.subject), 30_000);
    // Every notification can be stopped with one click from the link in its footer.
    await page.goto(linkIn(made, '/unsubscribe'));
    await page.getByTestId('unsubscribe').click();
    await page.getByTestId('unsubscribed').waitFor(WAIT);
    await page.goto(`${server.url}/b/${slug}/roadmap`);
    await page.getByTestId('roadmap-made').getByText('Spelt croissants in het weekend').waitFor(WAIT);
    expect(await page.getByTestId('roadmap-planned').getByText('Spelt croissants in het weekend').count()).toBe(0);

    // A phone-sized window.
    const phone = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phonePage = await phone.newPage();
    const phoneErrors = watchPage(phonePage);
    await phonePage.goto(`${server.url}/b/${slug}`);
    await phonePage.getByTestId('idea-card').first().waitFor(WAIT);
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phonePage, 'ideas-board-phone');
    expect(phoneErrors).toEqual([]);
    await phone.close();

    expect(errors).toEqual([]);
    await customer.close();
  });

  it('renders script and HTML in titles, descriptions and comments as inert text', async () => {
    const payloads = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"><svg onload=window.__pwned=3>', '[click](javascript:window.__pwned=4)'];
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    onTestFailed(async () => {
      await screenshot(page, 'ideas-failed-inert');
      console.log(errors, server.output().slice(-3000));
    });
    await page.goto(`${server.url}/b/${slug}`);
    await page.getByTestId('board-title').waitFor(WAIT);
    await signInOnBoard(page, 'mallory@example.org', '<b/onclick=window.__pwned=5>Mo</b>');
    await page.goto(`${server.url}/b/${slug}`);

    const ids: string[] = [];
    for (const p of payloads) {
      const form = page.getByTestId('new-idea-form');
      await form.getByLabel(/Je idee/).fill(p);
      await form.getByLabel(/Toelichting/).fill(`Toelichting ${p}`);
      await form.getByTestId('post-idea').click();
      await page.getByTestId('idea-detail-title').filter({ hasText: p }).waitFor(WAIT);
      ids.push(page.url().split('/ideas/')[1]);
      await page.getByLabel('Reageer').fill(`Reactie ${p}`);
      await page.getByTestId('post-comment').click();
      await page.getByTestId('comment-body').filter({ hasText: `Reactie ${p}` }).waitFor(WAIT);
      await page.getByRole('link', { name: /Alle ideeën/ }).click();
      await page.getByTestId('new-idea-form').waitFor(WAIT);
    }

    // The board list.
    await page.reload();
    for (const p of payloads) await page.getByTestId('idea-title').getByText(p, { exact: true }).waitFor(WAIT);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Each idea page, freshly loaded.
    for (const [k, p] of payloads.entries()) {
      await page.goto(`${server.url}/b/${slug}/ideas/${ids[k]}`);
      await page.getByTestId('idea-detail-title').getByText(p, { exact: true }).waitFor(WAIT);
      await page.getByTestId('idea-detail-description').getByText(`Toelichting ${p}`, { exact: true }).waitFor(WAIT);
      await page.getByTestId('comment-body').getByText(`Reactie ${p}`, { exact: true }).waitFor(WAIT);
      await page.getByText('<b/onclick=window.__pwned=5>Mo</b>', { exact: true }).first().click();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    // Clicking the markdown-looking link text does nothing (it is not a link).
    expect(await page.getByRole('link', { name: 'click' }).count()).toBe(0);
    await screenshot(page, 'ideas-board-inert');
    expect(errors).toEqual([]);

    // The team's pages.
    const ownerErrors = watchPage(ownerPage);
    await ownerPage.goto(`${server.url}/ideas`);
    for (const p of payloads) await ownerPage.getByTestId('team-ideas').getByText(p, { exact: true }).waitFor(WAIT);
    for (const [k, p] of payloads.entries()) {
      await ownerPage.goto(`${server.url}/ideas/${ids[k]}`);
      await ownerPage.getByTestId('team-idea-title').getByText(p, { exact: true }).waitFor(WAIT);
      await ownerPage.getByText(`Toelichting ${p}`, { exact: true }).waitFor(WAIT);
      await ownerPage.getByText(`Reactie ${p}`, { exact: true }).waitFor(WAIT);
      expect(await ownerPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    await ownerPage.goto(`${server.url}/ideas/moderation`);
    await ownerPage.waitForLoadState('networkidle');
    expect(await ownerPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(ownerErrors).toEqual([]);
    await context.close();
  });

  it('keeps what a visitor posts before following the link waiting, then publishes it', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    await page.goto(`${server.url}/b/${slug}`);
    await page.getByTestId('sign-in-form').getByLabel(/E-mail/).fill('dirk@example.org');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('link-sent').waitFor(WAIT);
    await page.getByTestId('signed-in-as').filter({ hasText: 'nog niet bevestigd' }).waitFor(WAIT);

    const form = page.getByTestId('new-idea-form');
    await form.getByLabel(/Je idee/).fill('Workshop zuurdesem bakken');
    await form.getByTestId('post-idea').click();
    await page.getByTestId('idea-detail-title').filter({ hasText: 'Workshop zuurdesem bakken' }).waitFor(WAIT);
    await page.getByTestId('idea-not-public').filter({ hasText: 'Zichtbaar zodra je je e-mailadres bevestigt' }).waitFor(WAIT);
    expect(await page.getByTestId('vote-button').count()).toBe(0);

    // Others do not see it yet.
    const other = await browser.newContext({ locale: 'nl-NL' });
    const otherPage = await other.newPage();
    await otherPage.goto(`${server.url}/b/${slug}`);
    await otherPage.getByTestId('idea-card').first().waitFor(WAIT);
    expect(await otherPage.getByTestId('idea-title').filter({ hasText: 'Workshop zuurdesem bakken' }).count()).toBe(0);

    const mail = await sink.waitFor((m) => m.to.includes('dirk@example.org'), 30_000);
    await page.goto(linkIn(mail, '/confirm'));
    await page.getByTestId('confirmed').filter({ hasText: 'telt nu mee' }).waitFor(WAIT);
    await otherPage.reload();
    const card = otherPage.getByTestId('idea-card').filter({ hasText: 'Workshop zuurdesem bakken' });
    await card.waitFor(WAIT);
    expect(await card.getByTestId('vote-count').textContent()).toBe('1');
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });

  it('opens the board from another site with one script tag', async () => {
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bakkerij Proef</title></head>
<body><h1>Welkom bij Bakkerij Proef</h1><p>Vers brood, elke dag.</p>
<script src="${server.url}/embed/board.js?slug=${slug}" async></script></body></html>`;
    const site: Server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://localhost:${(site.address() as { port: number }).port}/`;
    try {
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = watchPage(page);
      await page.goto(siteUrl);
      const button = page.locator(`button[data-klankbord-board="${slug}"]`);
      await button.waitFor(WAIT);
      expect(await button.textContent()).toBe('Ideeën');
      await button.click();
      const frame = page.frameLocator('iframe[title="Ideeën"]');
      await frame.getByTestId('board-title').filter({ hasText: 'Bakkerij Proef' }).waitFor(WAIT);
      await frame.getByTestId('idea-title').first().waitFor(WAIT);
      // Signing in inside a third-party frame would depend on third-party cookies: it opens the board itself.
      expect(await frame.getByTestId('embed-sign-in').getByRole('link', { name: 'Open het ideeënbord om in te loggen' }).getAttribute('target')).toBe('_blank');
      await screenshot(page, 'ideas-board-embed');
      // Where third-party cookies are blocked, the board also opens in a window of its own.
      expect(await page.getByRole('link', { name: 'Open in nieuw venster' }).getAttribute('href')).toBe(`${server.url}/b/${slug}?lang=nl`);
      await page.getByRole('button', { name: 'Sluiten' }).click();
      await page.locator('iframe[title="Ideeën"]').waitFor({ state: 'detached', ...WAIT });
      await button.click();
      await page.frameLocator('iframe[title="Ideeën"]').getByTestId('board-title').waitFor(WAIT);
      await page.keyboard.press('Escape');
      await page.locator('iframe[title="Ideeën"]').waitFor({ state: 'detached', ...WAIT });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });
});
