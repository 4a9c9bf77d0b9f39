import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { runDueJobs } from '../../src/jobs/job-runner.ts';
import { unsubscribeToken } from '../../src/domain/invitations/invitation-token.ts';
import { openBakerySurvey } from './distribution-app.ts';

interface Received {
  to: string;
  raw: string;
}

/** Unfolds headers and decodes quoted-printable / base64 text parts enough to read links and subjects. */
function readMessage(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  let body = rest.join('\n\n');
  body = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  body = Buffer.from(body, 'latin1').toString('utf8');
  // RFC 2047 encoded words (Q encoding): join adjacent words first, a character may be split between them.
  const subject = (headers.get('subject') ?? '')
    .replace(/\?=\s+=\?utf-8\?Q\?/gi, '')
    .replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_, q: string) => Buffer.from(q.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
  return { headers, subject, body };
}

let smtp: SMTPServer;
let port: number;
const inbox: Received[] = [];
let t: TestApp;
let owner: TestUser;
let survey: { id: string; slug: string };

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) inbox.push({ to: rcpt.address, raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, publicUrl: 'https://klankbord.test' });
  owner = await signUpUser(t.app, { workspaceName: 'Bakkerij Invitaties' });
  survey = await openBakerySurvey(owner);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const ws = () => `/api/w/${owner.workspaceId}`;
const mailTo = (address: string) => inbox.filter((m) => m.to === address).map((m) => readMessage(m.raw));

async function customerId(email: string): Promise<string> {
  const res = await owner.request({ method: 'GET', url: `${ws()}/customers?search=${encodeURIComponent(email)}` });
  return res.json().items[0].id;
}

describe('contacts, personal invitations, reminders and unsubscribe over real SMTP', () => {
  it('imports contacts with a column mapping, deduping e-mail addresses ignoring case', async () => {
    const csv = 'Mail;Naam;Taal;Wijk\nanna@example.nl;Anna;nl;Centrum\nbob@example.com;Bob;en;Noord\nANNA@EXAMPLE.NL;;;\ncarol@example.nl;Carol;nl;Zuid\nnot an address;X;nl;\n';
    const res = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/contacts/import`, payload: { csv, mapping: { email: 'Mail', name: 'Naam', locale: 'Taal', attributes: ['Wijk'] } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0, duplicates: 1, invitationsCreated: 3, problems: [{ row: 6, reason: '"not an address" is not an e-mail address' }] });
    // Importing again changes nothing and creates no second invitation.
    const again = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/contacts/import`, payload: { csv, mapping: { email: 'Mail', name: 'Naam', locale: 'Taal', attributes: ['Wijk'] } } });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, invitationsCreated: 0 });
    const list = await owner.request({ method: 'GET', url: `${ws()}/customers` });
    expect(list.json().total).toBe(3);
    const anna = list.json().items.find((c: { email: string }) => c.email === 'anna@example.nl');
    expect(anna).toMatchObject({ name: 'Anna', locale: 'nl', source: 'csv', attributes: { Wijk: 'Centrum' }, unsubscribedAt: null });
    expect((await owner.request({ method: 'GET', url: `${ws()}/customers/${anna.id}` })).json().email).toBe('anna@example.nl');
  });

  it('a customer who unsubscribed gets no invitation; the others get one in their language with List-Unsubscribe', async () => {
    const carol = await customerId('carol@example.nl');
    const page = await t.app.inject({ method: 'GET', url: `/unsubscribe/${unsubscribeToken(t.app.config.sessionSecret, carol)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Afmelden');
    expect(page.body).toContain('Bakkerij Invitaties');
    const en = await t.app.inject({ method: 'GET', url: `/unsubscribe/${unsubscribeToken(t.app.config.sessionSecret, carol)}?lang=en` });
    expect(en.body).toContain('Unsubscribe');
    // Viewing the page does not unsubscribe; posting does.
    expect((await owner.request({ method: 'GET', url: `${ws()}/customers/${carol}` })).json().unsubscribedAt).toBeNull();
    const done = await t.app.inject({ method: 'POST', url: `/unsubscribe/${unsubscribeToken(t.app.config.sessionSecret, carol)}` });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('U bent afgemeld');
    expect((await owner.request({ method: 'GET', url: `${ws()}/customers/${carol}` })).json().unsubscribedAt).not.toBeNull();
    const forged = await t.app.inject({ method: 'POST', url: `/unsubscribe/${carol}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` });
    expect(forged.statusCode).toBe(404);

    const sent = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/send`, payload: {} });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ queued: 2, skippedUnsubscribed: 1, skippedNoEmail: 0 });
    expect(await runDueJobs(t.app)).toBe(2);
    expect(mailTo('carol@example.nl')).toEqual([]);
    const [anna] = mailTo('anna@example.nl');
    const [bob] = mailTo('bob@example.com');
    expect(anna.subject).toBe('Uw mening over Bakkerij enquête');
    expect(bob.subject).toBe('Your opinion on Bakkerij enquête');
    expect(anna.body).toContain('Beste Anna,');
    expect(bob.body).toContain('Dear Bob,');
    expect(anna.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/klankbord\.test\/unsubscribe\/[0-9a-f-]{36}\.[\w-]{32}\?lang=nl>$/);
    expect(anna.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // Sending again queues nothing: every invitation went out already.
    expect((await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/send`, payload: {} })).json().queued).toBe(0);
  });

  it('the personal link leads to the survey, allows resuming, and refuses a second complete response', async () => {
    const [anna] = mailTo('anna@example.nl');
    const link = anna.body.match(/https:\/\/klankbord\.test\/i\/([\w-]{43})/);
    expect(link).not.toBeNull();
    const token = link![1];
    const go = await t.app.inject({ method: 'GET', url: `/i/${token}` });
    expect(go.statusCode).toBe(302);
    expect(go.headers.location).toBe(`/s/${survey.slug}?t=${token}&lang=nl`);
    const info = await t.app.inject({ method: 'GET', url: `/api/public/invitations/${token}` });
    expect(info.json()).toEqual({ surveySlug: survey.slug, language: 'nl', name: 'Anna', responded: false });

    const submit = (clientToken: string, answers: Record<string, unknown>, complete: boolean) =>
      t.app.inject({ method: 'POST', url: `/api/public/surveys/${survey.slug}/responses`, payload: { clientToken, answers, complete, invitation: token } });
    expect([200, 201]).toContain((await submit('anna-device-one-0001', { nps: 9 }, false)).statusCode);
    const first = await submit('anna-device-one-0001', { nps: 9, visit: 'weekly' }, true);
    const resumed = await submit('anna-device-one-0001', { nps: 9, visit: 'weekly' }, true);
    expect([200, 201], resumed.body).toContain(resumed.statusCode);
    expect(resumed.json().id).toBe(first.json().id);
    const second = await submit('anna-device-two-0002', { nps: 3 }, true);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ALREADY_RESPONDED');

    const used = await t.app.inject({ method: 'GET', url: `/i/${token}` });
    expect(used.statusCode).toBe(409);
    expect(used.body).toContain('Al ingevuld');
    expect((await t.app.inject({ method: 'GET', url: `/i/${'x'.repeat(43)}` })).statusCode).toBe(404);

    const list = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/invitations` });
    expect(list.json().counts).toMatchObject({ total: 3, responded: 1, unsubscribed: 1, sent: 1 });
    const responses = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/responses?channel=email` });
    expect(responses.json().items).toHaveLength(1);
    expect(responses.json().items[0]).toMatchObject({ status: 'complete', customerId: await customerId('anna@example.nl') });
  });

  it('reminds only those who have not responded, and one-click unsubscribe stops further mail', async () => {
    const before = inbox.length;
    const remind = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/remind`, payload: {} });
    expect(remind.json()).toEqual({ queued: 1, skippedResponded: 1, skippedUnsubscribed: 0 });
    // A second click before the queue ran does not send a second reminder.
    expect((await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/remind`, payload: {} })).json().queued).toBe(0);
    expect(await runDueJobs(t.app)).toBe(1);
    expect(inbox.slice(before).map((m) => m.to)).toEqual(['bob@example.com']);
    const reminder = mailTo('bob@example.com')[1];
    expect(reminder.subject, reminder.headers.get('subject')).toBe('Reminder: your opinion on Bakkerij enquête');

    const unsubscribeUrl = new URL(reminder.headers.get('list-unsubscribe')!.slice(1, -1));
    const oneClick = await t.app.inject({
      method: 'POST',
      url: unsubscribeUrl.pathname + unsubscribeUrl.search,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toContain('You are unsubscribed');
    const after = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/remind`, payload: {} });
    expect(after.json()).toEqual({ queued: 0, skippedResponded: 1, skippedUnsubscribed: 1 });
  });

  it('checks again when the job runs: unsubscribing after the send click still stops the e-mail', async () => {
    const csv = 'email\ndave@example.nl\n';
    await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/contacts/import`, payload: { csv, mapping: { email: 'email' } } });
    const dave = await customerId('dave@example.nl');
    expect((await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/send`, payload: { customerIds: [dave] } })).json().queued).toBe(1);
    await t.app.inject({ method: 'POST', url: `/unsubscribe/${unsubscribeToken(t.app.config.sessionSecret, dave)}` });
    expect(await runDueJobs(t.app)).toBe(1);
    expect(mailTo('dave@example.nl')).toEqual([]);
    const list = await owner.request({ method: 'GET', url: `${ws()}/surveys/${survey.id}/invitations` });
    expect(list.json().items.find((i: { email: string }) => i.email === 'dave@example.nl')).toMatchObject({ status: 'unsubscribed', sentAt: null });
  });

  it('refuses to send for a survey that is not open, and customers of another workspace', async () => {
    const other = await signUpUser(t.app);
    const otherCustomer = await (async () => {
      await other.request({ method: 'POST', url: `/api/w/${other.workspaceId}/surveys/${(await openBakerySurvey(other)).id}/contacts/import`, payload: { csv: 'email\nz@z.nl\n', mapping: { email: 'email' } } });
      return (await other.request({ method: 'GET', url: `/api/w/${other.workspaceId}/customers` })).json().items[0].id;
    })();
    const res = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/send`, payload: { customerIds: [otherCustomer] } });
    expect(res.statusCode).toBe(400);
    await owner.request({ method: 'PATCH', url: `${ws()}/surveys/${survey.id}/settings`, payload: { status: 'closed' } });
    const closed = await owner.request({ method: 'POST', url: `${ws()}/surveys/${survey.id}/invitations/send`, payload: {} });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('SURVEY_NOT_OPEN');
  });
});
