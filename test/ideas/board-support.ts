import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { runDueJobs } from '../../src/jobs/job-runner.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';

/** A board visitor driven through app.inject: their kb_customer cookie and customer CSRF token. */
export interface BoardCustomer {
  email: string;
  customerId: string;
  cookie: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

let ipCounter = 1;
/** A different client address per call, so per-IP rate limits do not stop a test that signs in many people. */
export const nextIp = () => `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

export function cookieFrom(res: { cookies: { name: string; value: string }[] }, name = 'kb_customer') {
  const c = res.cookies.find((x) => x.name === name);
  return c ? `${name}=${c.value}` : null;
}

export function linkToken(text: string): string {
  const m = text.match(/confirm\?token=([A-Za-z0-9_-]+)/);
  if (!m) throw new Error(`no sign-in link in: ${text}`);
  return m[1];
}

/** Asks for a magic link; returns the unconfirmed visitor (cookie set, CSRF from GET board). */
export async function startSignIn(app: FastifyInstance, slug: string, email: string, name = 'Klant'): Promise<BoardCustomer> {
  const ip = nextIp();
  const res = await app.inject({ method: 'POST', url: `/api/public/boards/${slug}/sign-in`, payload: { email, name }, remoteAddress: ip });
  if (res.statusCode !== 202) throw new Error(`sign-in ${res.statusCode}: ${res.body}`);
  const cookie = cookieFrom(res)!;
  const board = await app.inject({ method: 'GET', url: `/api/public/boards/${slug}`, headers: { cookie } });
  const csrf = board.json().viewer.csrfToken as string;
  const customer = await app.db.selectFrom('customers').select('id').where('email', '=', email.toLowerCase()).executeTakeFirstOrThrow();
  return {
    email,
    customerId: customer.id,
    cookie,
    csrf,
    request: (opts) => app.inject({ remoteAddress: ip, ...opts, headers: { cookie, 'x-customer-csrf': csrf, ...(opts.headers ?? {}) } }),
  };
}

/** Sends queued mail, reads the sign-in link from the SMTP sink and follows it in the same browser. */
export async function confirmByMail(app: FastifyInstance, sink: SmtpSink, visitor: BoardCustomer) {
  await runDueJobs(app);
  const mail = await sink.waitFor((m) => m.to.includes(visitor.email) && m.text.includes('confirm?token='));
  const res = await visitor.request({ method: 'POST', url: '/api/public/customer-sign-in/confirm', payload: { token: linkToken(mail.text) } });
  if (res.statusCode !== 200) throw new Error(`confirm ${res.statusCode}: ${res.body}`);
  return res.json() as { slug: string; published: number };
}

/** A signed-in, confirmed customer in one go. */
export async function confirmedCustomer(app: FastifyInstance, sink: SmtpSink, slug: string, email: string, name?: string) {
  const v = await startSignIn(app, slug, email, name);
  await confirmByMail(app, sink, v);
  return v;
}
