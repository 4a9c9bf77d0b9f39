import type { InvitationLanguage } from './invitation-language.ts';

/**
 * Small server-rendered pages for people without an account (unsubscribe, personal link problems):
 * they must work from any mail client, without the web app's JavaScript.
 */

export type PublicPageMessage = 'invitationUnknown' | 'alreadyResponded' | 'unsubscribeConfirm' | 'unsubscribed' | 'unsubscribeUnknown';

const TEXTS: Record<InvitationLanguage, Record<PublicPageMessage, { title: string; body: string }> & { button: string; other: string }> = {
  nl: {
    invitationUnknown: { title: 'Link niet gevonden', body: 'Deze persoonlijke link bestaat niet (meer). Controleer of u de hele link uit de e-mail heeft gebruikt.' },
    alreadyResponded: { title: 'Al ingevuld', body: 'Met deze persoonlijke link is de vragenlijst al ingevuld. Hartelijk dank voor uw antwoorden!' },
    unsubscribeConfirm: { title: 'Afmelden', body: 'Wilt u geen uitnodigingen en herinneringen voor vragenlijsten meer ontvangen van {workspace}?' },
    unsubscribed: { title: 'U bent afgemeld', body: 'U ontvangt geen uitnodigingen en herinneringen meer van {workspace}.' },
    unsubscribeUnknown: { title: 'Link niet geldig', body: 'Deze afmeldlink is niet geldig. Gebruik de link uit de laatste e-mail.' },
    button: 'Afmelden',
    other: 'English',
  },
  en: {
    invitationUnknown: { title: 'Link not found', body: 'This personal link does not exist (any more). Please check that you used the whole link from the e-mail.' },
    alreadyResponded: { title: 'Already answered', body: 'The survey has already been filled in with this personal link. Thank you for your answers!' },
    unsubscribeConfirm: { title: 'Unsubscribe', body: 'Do you no longer want to receive survey invitations and reminders from {workspace}?' },
    unsubscribed: { title: 'You are unsubscribed', body: 'You will no longer receive invitations or reminders from {workspace}.' },
    unsubscribeUnknown: { title: 'Link not valid', body: 'This unsubscribe link is not valid. Please use the link from the latest e-mail.' },
    button: 'Unsubscribe',
    other: 'Nederlands',
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The HTML of a message page; `form` adds a confirm button that POSTs to the given path. */
export function publicPageHtml(lang: InvitationLanguage, message: PublicPageMessage, opts: { workspace?: string; form?: string; path?: string } = {}): string {
  const t = TEXTS[lang];
  const { title, body } = t[message];
  const text = escapeHtml(body).replace('{workspace}', `<strong>${escapeHtml(opts.workspace ?? 'Klankbord')}</strong>`);
  const other: InvitationLanguage = lang === 'nl' ? 'en' : 'nl';
  const switcher = opts.path ? `<p class="lang"><a href="${escapeHtml(opts.path)}?lang=${other}" hreflang="${other}">${t.other}</a></p>` : '';
  const form = opts.form ? `<form method="post" action="${escapeHtml(opts.form)}?lang=${lang}"><button type="submit">${escapeHtml(t.button)}</button></form>` : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222;line-height:1.5}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#1c7ed6;color:#fff;cursor:pointer}.lang{margin-top:2rem;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${text}</p>${form}${switcher}</body></html>`;
}
