import { randomBytes } from 'node:crypto';

// No 0/o, 1/l/i: slugs are typed from posters and read aloud.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short random public slug for /s/<slug>, e.g. "k3xm9pqa" (31^8 ≈ 8.5e11 possibilities). */
export function newSurveySlug(length = 8): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export const SLUG_PATTERN = /^[a-z0-9-]{4,64}$/;
