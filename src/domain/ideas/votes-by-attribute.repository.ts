import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Who asks for an idea: its counted votes broken down by one customer attribute
 * (customers.attributes->>attribute, e.g. "klantgroep" or an NPS group). Voters without the attribute,
 * and anonymous votes, form the group `null`. Largest group first.
 */
export async function votesByAttribute(db: Db, props: { workspaceId: string; ideaId: string; attribute: string }) {
  const rows = await db
    .selectFrom('votes')
    .leftJoin('customers', 'customers.id', 'votes.customer_id')
    .select([sql<string | null>`customers.attributes ->> ${props.attribute}`.as('value'), (eb) => eb.fn.countAll<number>().as('votes')])
    .where('votes.workspace_id', '=', props.workspaceId)
    .where('votes.idea_id', '=', props.ideaId)
    .where('votes.pending', '=', false)
    .groupBy(sql`1`)
    .orderBy(sql`2`, 'desc')
    .orderBy(sql`1`)
    .execute();
  const groups = rows.map((r) => ({ value: r.value, votes: Number(r.votes) }));
  return { attribute: props.attribute, total: groups.reduce((n, g) => n + g.votes, 0), groups };
}

/** The attribute names found on customers who voted in this workspace, for the chart's picker. */
export async function voterAttributeKeys(db: Db, workspaceId: string): Promise<string[]> {
  const r = await sql<{ key: string }>`select distinct jsonb_object_keys(c.attributes) as key from customers c
    where c.workspace_id = ${workspaceId} and jsonb_typeof(c.attributes) = 'object'
      and exists (select 1 from votes v where v.customer_id = c.id) order by 1`.execute(db);
  return r.rows.map((x) => x.key);
}
