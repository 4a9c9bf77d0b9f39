import type { IdentityProfile } from '../../shared/identity.ts';
import type { IdentityProfileRow } from './identity.repository.ts';

/** The API object of a profile row (an empty profile when there is none yet). */
export function presentIdentityProfile(row: IdentityProfileRow | undefined, segments: { id: string; name: string }[]): IdentityProfile {
  if (!row) {
    return { character: '', values: '', ownWords: '', greatAt: [], goodAt: [], cannotDo: [], audience: '', audienceSegmentIds: [], imageQuestions: [], filled: false, updatedAt: null, audienceSegments: [] };
  }
  return {
    character: row.character,
    values: row.values,
    ownWords: row.own_words,
    greatAt: row.great_at,
    goodAt: row.good_at,
    cannotDo: row.cannot_do,
    audience: row.audience,
    audienceSegmentIds: row.audience_segment_ids,
    imageQuestions: row.image_questions,
    filled: true,
    updatedAt: new Date(row.updated_at).toISOString(),
    audienceSegments: segments,
  };
}
