import type { Db } from '../../db/database.ts';
import type { ImageSummary } from '../../shared/identity.ts';
import { identityGaps, splitClaims, type IdentityClaim } from './identity-gaps.ts';
import { findIdentityProfile } from './identity.repository.ts';
import { summariseImage } from './image-summary.ts';

/**
 * The image part of the profile: what customers say on the picked questions, next to what the team
 * claims, with the gaps. Claims are the GREAT and good items plus the character and values split
 * into short phrases.
 */
export async function identityImage(db: Db, workspaceId: string, lang: 'nl' | 'en' = 'nl'): Promise<ImageSummary> {
  const row = await findIdentityProfile(db, workspaceId);
  if (!row) return { questions: [], gaps: { claimedNotMentioned: [], saidNotClaimed: [], matched: [] } };
  const { questions, texts } = await summariseImage(db, workspaceId, row.image_questions, lang);
  const claims: IdentityClaim[] = [
    ...row.great_at.map((item) => ({ item, kind: 'great' as const })),
    ...row.good_at.map((item) => ({ item, kind: 'good' as const })),
    ...splitClaims(row.character).map((item) => ({ item, kind: 'character' as const })),
    ...splitClaims(row.values).map((item) => ({ item, kind: 'values' as const })),
  ];
  const voices = questions.flatMap((q) => q.top);
  // With no answers measured yet there is no gap to report, only silence.
  const gaps = voices.length === 0 ? { claimedNotMentioned: [], saidNotClaimed: [], matched: [] } : identityGaps(claims, voices, texts);
  return { questions, gaps };
}
