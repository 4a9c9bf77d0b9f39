import nodemailer, { type Transporter } from 'nodemailer';
import type { JobContext } from './job-runner.ts';

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    // Loopback test servers use self-signed certificates or none; tls.rejectUnauthorized follows the URL's ?tls param.
    t = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, t);
  }
  return t;
}

/**
 * The 'email' job: sends through SMTP_URL. Without SMTP_URL (a developer's machine) the message is
 * written to the log instead, so magic links and invitations can still be followed.
 */
export async function sendEmailJob(payload: Record<string, unknown>, { app }: JobContext) {
  const mail = payload as unknown as EmailPayload;
  if (!app.config.smtpUrl) {
    app.log.info({ to: mail.to, subject: mail.subject }, `e-mail (no SMTP_URL set, not sent):\n${mail.text}`);
    return;
  }
  await transportFor(app.config.smtpUrl).sendMail({
    from: app.config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
  });
}
