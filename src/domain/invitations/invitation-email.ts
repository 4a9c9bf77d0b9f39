import type { InvitationLanguage } from './invitation-language.ts';

export interface InvitationEmailProps {
  kind: 'invitation' | 'reminder';
  language: InvitationLanguage;
  surveyName: string;
  workspaceName: string;
  customerName: string | null;
  link: string;
  unsubscribeUrl: string;
}

const TEXTS = {
  nl: {
    subject: { invitation: (s: string) => `Uw mening over ${s}`, reminder: (s: string) => `Herinnering: uw mening over ${s}` },
    hello: (n: string | null) => (n ? `Beste ${n},` : 'Beste klant,'),
    body: {
      invitation: (w: string, s: string) => `${w} nodigt u uit voor een korte vragenlijst: ${s}. Uw antwoorden helpen ons beter te worden.`,
      reminder: (w: string, s: string) => `Een paar dagen geleden nodigde ${w} u uit voor de vragenlijst ${s}. Heeft u nog een paar minuten?`,
    },
    cta: 'Naar de vragenlijst',
    personal: 'Deze link is persoonlijk; stuur hem niet door.',
    unsubscribe: 'Geen uitnodigingen meer ontvangen? Afmelden:',
    regards: (w: string) => `Met vriendelijke groet,\n${w}`,
  },
  en: {
    subject: { invitation: (s: string) => `Your opinion on ${s}`, reminder: (s: string) => `Reminder: your opinion on ${s}` },
    hello: (n: string | null) => (n ? `Dear ${n},` : 'Dear customer,'),
    body: {
      invitation: (w: string, s: string) => `${w} invites you to a short survey: ${s}. Your answers help us improve.`,
      reminder: (w: string, s: string) => `A few days ago ${w} invited you to the survey ${s}. Do you have a few minutes?`,
    },
    cta: 'Open the survey',
    personal: 'This link is personal; please do not forward it.',
    unsubscribe: 'No more invitations? Unsubscribe:',
    regards: (w: string) => `Kind regards,\n${w}`,
  },
} as const;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The invitation or reminder e-mail in the customer's language: subject, plain text and HTML, and the
 * List-Unsubscribe headers (RFC 2369 and one-click RFC 8058) mail clients show as an unsubscribe button.
 */
export function invitationEmail(p: InvitationEmailProps) {
  const t = TEXTS[p.language];
  const subject = t.subject[p.kind](p.surveyName);
  const paragraphs = [t.hello(p.customerName), t.body[p.kind](p.workspaceName, p.surveyName)];
  const text = [...paragraphs, `${t.cta}: ${p.link}`, t.personal, t.regards(p.workspaceName), '--', `${t.unsubscribe} ${p.unsubscribeUrl}`].join('\n\n');
  const html = `<!doctype html><html lang="${p.language}"><body style="font-family:sans-serif;line-height:1.5;color:#222">
${paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`).join('\n')}
<p><a href="${escapeHtml(p.link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t.cta)}</a></p>
<p style="color:#555;font-size:13px">${escapeHtml(t.personal)}</p>
<p>${escapeHtml(t.regards(p.workspaceName)).replace('\n', '<br>')}</p>
<hr><p style="color:#777;font-size:12px">${escapeHtml(t.unsubscribe)} <a href="${escapeHtml(p.unsubscribeUrl)}">${escapeHtml(p.unsubscribeUrl)}</a></p>
</body></html>`;
  const headers = { 'List-Unsubscribe': `<${p.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  return { subject, text, html, headers };
}
