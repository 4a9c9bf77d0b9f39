import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IdentityProfileBody } from '../../shared/identity.ts';

/** The workspace's identity profile row, or undefined when never saved. */
export function findIdentityProfile(db: Db, workspaceId: string) {
  return db.selectFrom('identity_profiles').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}
export type IdentityProfileRow = NonNullable<Awaited<ReturnType<typeof findIdentityProfile>>>;

/** Saves the whole profile (insert or replace). */
export async function saveIdentityProfile(db: Db, props: { workspaceId: string; userId: string | null; profile: IdentityProfileBody }) {
  const p = props.profile;
  const values = {
    character: p.character,
    values: p.values,
    own_words: p.ownWords,
    great_at: JSON.stringify(p.greatAt),
    good_at: JSON.stringify(p.goodAt),
    cannot_do: JSON.stringify(p.cannotDo),
    audience: p.audience,
    audience_segment_ids: JSON.stringify(p.audienceSegmentIds),
    image_questions: JSON.stringify(p.imageQuestions),
    updated_by: props.userId,
    updated_at: new Date(),
  };
  await db
    .insertInto('identity_profiles')
    .values({ workspace_id: props.workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}

/** Saved segmentations of the workspace among the given ids (id and name). */
export async function findSavedSegments(db: Db, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('segmentations').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute();
}

/** All saved segmentations of the workspace, for the "for whom" picker. */
export function listSavedSegments(db: Db, workspaceId: string) {
  return db.selectFrom('segmentations').select(['id', 'name']).where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

/** True when every survey id belongs to the workspace. */
export async function surveysBelongTo(db: Db, workspaceId: string, surveyIds: readonly string[]): Promise<boolean> {
  const unique = [...new Set(surveyIds)];
  if (unique.length === 0) return true;
  const row = await db
    .selectFrom('surveys')
    .select(sql<number>`count(*)`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', unique)
    .executeTakeFirstOrThrow();
  return Number(row.n) === unique.length;
}
