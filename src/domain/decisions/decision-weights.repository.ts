import type { Db } from '../../db/database.ts';
import { DEFAULT_DECISION_WEIGHTS, type DecisionWeights } from '../../shared/decisions.ts';

/** The workspace's ranking weights (the defaults 1/1/1 until the team changes them). */
export async function getDecisionWeights(db: Db, workspaceId: string): Promise<DecisionWeights> {
  const row = await db.selectFrom('decision_weights').select(['customer', 'us', 'society']).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row ? { customer: Number(row.customer), us: Number(row.us), society: Number(row.society) } : { ...DEFAULT_DECISION_WEIGHTS };
}

export async function saveDecisionWeights(db: Db, workspaceId: string, w: DecisionWeights): Promise<DecisionWeights> {
  const values = { customer: w.customer, us: w.us, society: w.society, updated_at: new Date() };
  await db
    .insertInto('decision_weights')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
  return getDecisionWeights(db, workspaceId);
}
