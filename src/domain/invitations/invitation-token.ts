import { createHmac, timingSafeEqual } from 'node:crypto';

// Tokens are derived from the server secret instead of stored: the database holds only the SHA-256 of
// an invitation token (see hashToken), and a reminder can still carry the same personal link.
// Changing the secret invalidates every link already sent.

function mac(secret: string, purpose: string, id: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url');
}

/** The personal link token of an invitation (43 URL-safe characters). */
export function invitationToken(secret: string, invitationId: string): string {
  return mac(secret, 'survey-invitation', invitationId);
}

/** An unsubscribe token for a customer: "<customer id>.<signature>", valid without an account. */
export function unsubscribeToken(secret: string, customerId: string): string {
  return `${customerId}.${mac(secret, 'unsubscribe', customerId).slice(0, 32)}`;
}

/** The customer id of a genuine unsubscribe token, or undefined. */
export function readUnsubscribeToken(secret: string, token: string): string | undefined {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return undefined;
  const expected = Buffer.from(mac(secret, 'unsubscribe', m[1]).slice(0, 32));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : undefined;
}
