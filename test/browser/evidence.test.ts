import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { IdeaEvidence, IdeasEvidence } from '../../src/shared/evidence.ts';
import { launchBrowser, logInAsDemo, screenshot, startServer, watchPage, type RunningServer } from './harness.ts';

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

// A demo idea that is not yet on the demo decision board (src/domain/decisions/demo.ts).
const IDEA = 'Vegan gebak';
const VERDICT_NL = { anecdote: 'anekdote', emerging: 'opkomend', established: 'gevestigd' } as const;

describe('evidence wherever an idea is shown, and "make it a decision"', () => {
  it('demo → Ideas: verdict per idea → an idea: its evidence card and rule → make it a decision → on the board; a theme too', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchPage(page);
    await logInAsDemo(page, server.url);
    const me = await (await context.request.get(`${server.url}/api/auth/me`)).json();
    const workspaceId: string = me.currentWorkspaceId;
    expect(workspaceId).toBeTruthy();

    // The list: a column "Bewijs" with one verdict per idea, from one request.
    await page.getByTestId('nav-ideas').click();
    const table = page.getByTestId('team-ideas');
    await table.waitFor();
    await table.getByRole('columnheader', { name: 'Bewijs' }).waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: IDEA, exact: true }) });
    await row.getByTestId('verdict-badge').waitFor();
    const listed = (await (await context.request.get(`${server.url}/api/w/${workspaceId}/evidence/ideas`)).json()) as IdeasEvidence;
    const verdict = listed.ideas.find((x) => x.title === IDEA)!;
    expect(verdict).toBeTruthy();
    expect(await row.getByTestId('verdict-badge').getAttribute('data-verdict')).toBe(verdict.verdict);
    expect(await row.getByTestId('verdict-badge').textContent()).toBe(VERDICT_NL[verdict.verdict]);
    expect(await row.textContent()).toContain(`${verdict.distinctPeople} ${verdict.distinctPeople === 1 ? 'persoon' : 'personen'}`);
    expect(await table.getByTestId('verdict-badge').count()).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'evidence-ideas-list');

    // The idea: its evidence card with the same verdict, the people and the rule written out.
    await row.getByRole('link', { name: IDEA, exact: true }).click();
    await page.getByTestId('team-idea-title').filter({ hasText: IDEA }).waitFor();
    const card = page.getByTestId('idea-evidence');
    await card.waitFor();
    const one = (await (await context.request.get(`${server.url}/api/w/${workspaceId}/evidence/ideas/${verdict.ideaId}`)).json()) as IdeaEvidence;
    expect(one.evidence.verdict).toBe(verdict.verdict);
    expect(await card.getByTestId('verdict-badge').getAttribute('data-verdict')).toBe(verdict.verdict);
    expect(await card.getByTestId('evidence-people').textContent()).toContain(String(one.evidence.distinctPeople));
    expect(await card.getByTestId('evidence-rule').textContent()).toContain(`Anekdote: minder dan ${one.evidence.thresholds.minDistinct} verschillende personen`);
    await screenshot(page, 'evidence-idea-detail');

    // Make it a decision → the decision board with the new card.
    await page.getByTestId('make-decision').click();
    await page.waitForURL(/\/decisions$/);
    await page.getByTestId('decision-card').filter({ hasText: IDEA }).first().waitFor();
    expect(await page.getByTestId('decision-card').filter({ hasText: IDEA }).getByTestId('card-title').textContent()).toBe(IDEA);
    await screenshot(page, 'evidence-idea-on-board');

    // Back on the idea, the button leads to the existing card instead of making a second one.
    await page.goBack();
    await page.getByTestId('open-decision').waitFor();
    expect(await page.getByTestId('make-decision').count()).toBe(0);
    await page.getByTestId('open-decision').click();
    await page.waitForURL(/\/decisions$/);
    await page.getByTestId('decision-card').first().waitFor();
    expect(await page.getByTestId('decision-card').filter({ hasText: IDEA }).count()).toBe(1);

    // Themes: the demo board already has a card for the theme "price" of the NPS survey (open it);
    // another theme becomes a decision card with its label.
    await page.getByTestId('nav-themes').click();
    await page.getByTestId('themes-title').waitFor();
    await page.getByTestId('source-select').click();
    await page.getByRole('option', { name: /Klanttevredenheid 2026 \(NPS\) · Alle open antwoorden/ }).click();
    await page.getByTestId('theme-card').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=theme-card][data-theme-id=price]').getByTestId('open-decision').waitFor();
    const fresh = page.getByTestId('theme-card').filter({ has: page.getByTestId('make-decision') }).first();
    const label = (await fresh.getByTestId('theme-label').textContent())!.trim();
    expect(label.length).toBeGreaterThan(0);
    await fresh.getByTestId('make-decision').click();
    await page.waitForURL(/\/decisions$/);
    await page.getByTestId('decision-card').filter({ hasText: label }).first().waitFor();
    await screenshot(page, 'evidence-theme-on-board');

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
