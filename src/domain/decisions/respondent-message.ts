/** The "what we heard and what we did" e-mail to a survey respondent, in Dutch or English. Pure. */
export interface RespondentMessageProps {
  language: 'nl' | 'en';
  workspaceName: string;
  customerName: string | null;
  cardTitle: string;
  decision: 'accept' | 'decline' | 'park' | 'made';
  reason: string;
  unsubscribeUrl: string;
}

const TEXTS = {
  nl: {
    subject: (w: string) => `Wat we hoorden en wat we deden — ${w}`,
    hello: (n: string | null) => (n ? `Beste ${n},` : 'Beste klant,'),
    heard: (t: string) => `U vulde onze vragenlijst in. Wat we hoorden: ${t}.`,
    did: { accept: 'Wat we doen: we gaan het maken.', decline: 'Wat we doen: we doen het niet.', park: 'Wat we doen: we zetten het voorlopig opzij.', made: 'Wat we deden: het is klaar.' },
    why: 'Waarom:',
    thanks: (w: string) => `Dank voor uw antwoorden.\n\nMet vriendelijke groet,\n${w}`,
    unsubscribe: 'Geen berichten meer ontvangen? Afmelden:',
  },
  en: {
    subject: (w: string) => `What we heard and what we did — ${w}`,
    hello: (n: string | null) => (n ? `Dear ${n},` : 'Dear customer,'),
    heard: (t: string) => `You answered our survey. What we heard: ${t}.`,
    did: { accept: "What we do: we're going to make it.", decline: "What we do: we won't do it.", park: "What we do: we've put it aside for now.", made: "What we did: it's done." },
    why: 'Why:',
    thanks: (w: string) => `Thank you for your answers.\n\nKind regards,\n${w}`,
    unsubscribe: 'No more messages? Unsubscribe:',
  },
} as const;

export function respondentMessage(p: RespondentMessageProps) {
  const t = TEXTS[p.language];
  const text = [t.hello(p.customerName), t.heard(p.cardTitle), t.did[p.decision], `${t.why} ${p.reason}`, t.thanks(p.workspaceName), '--', `${t.unsubscribe} ${p.unsubscribeUrl}`].join('\n\n');
  return {
    subject: t.subject(p.workspaceName),
    text,
    headers: { 'List-Unsubscribe': `<${p.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
