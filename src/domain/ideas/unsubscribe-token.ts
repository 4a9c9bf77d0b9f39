import { createHmac, timingSafeEqual } from 'node:crypto';

/** A link token that lets a customer unsubscribe without signing in: their id and an HMAC of it. */
export function unsubscribeToken(secret: string, customerId: string): string {
  return `${customerId}.${sign(secret, customerId)}`;
}

/** The customer id of a valid token, or null. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [customerId, signature] = token.split('.');
  if (!customerId || !signature || !/^[0-9a-f-]{36}$/.test(customerId)) return null;
  const expected = Buffer.from(sign(secret, customerId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? customerId : null;
}

function sign(secret: string, customerId: string) {
  return createHmac('sha256', secret).update(`unsubscribe:${customerId}`).digest('base64url');
}
