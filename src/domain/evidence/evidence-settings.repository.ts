import type { Db } from '../../db/database.ts';
import { DEFAULT_EVIDENCE_THRESHOLDS, type EvidenceThresholds } from '../../analysis/evidence.ts';

/** The workspace's evidence thresholds: its saved ones over the defaults. */
export async function getEvidenceThresholds(db: Db, workspaceId: string): Promise<EvidenceThresholds> {
  const row = await db.selectFrom('evidence_settings').select('thresholds').where('workspace_id', '=', workspaceId).executeTakeFirst();
  const saved = (row?.thresholds ?? {}) as Partial<EvidenceThresholds>;
  const out: EvidenceThresholds = { ...DEFAULT_EVIDENCE_THRESHOLDS };
  for (const k of Object.keys(out) as (keyof EvidenceThresholds)[]) if (typeof saved[k] === 'number' && Number.isFinite(saved[k])) out[k] = saved[k]!;
  return out;
}

export async function saveEvidenceThresholds(db: Db, workspaceId: string, thresholds: EvidenceThresholds) {
  const value = JSON.stringify(thresholds);
  await db
    .insertInto('evidence_settings')
    .values({ workspace_id: workspaceId, thresholds: value })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ thresholds: value, updated_at: new Date() }))
    .execute();
}
