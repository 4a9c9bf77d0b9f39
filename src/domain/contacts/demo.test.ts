import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { DEMO_WORKSPACE, seedDemo } from '../demo/seed-demo.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await migrateToLatest(handle.db);
});
afterAll(async () => handle.close());

describe('demo contacts', () => {
  it('gives the demo bakery 14 customers, 2 of them unsubscribed', async () => {
    await seedDemo(handle.db);
    const ws = await handle.db.selectFrom('workspaces').select('id').where('name', '=', DEMO_WORKSPACE).executeTakeFirstOrThrow();
    const rows = await handle.db.selectFrom('customers').select(['email', 'unsubscribed_at', 'source']).where('workspace_id', '=', ws.id).where('source', '=', 'csv').execute();
    expect(rows).toHaveLength(14);
    expect(rows.filter((r) => r.unsubscribed_at !== null)).toHaveLength(2);
  });

  it('links the NPS responses that came by e-mail to the board customers, one customer each', async () => {
    const ws = await handle.db.selectFrom('workspaces').select('id').where('name', '=', DEMO_WORKSPACE).executeTakeFirstOrThrow();
    const linked = await handle.db
      .selectFrom('responses as r')
      .innerJoin('surveys as s', 's.id', 'r.survey_id')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['r.channel', 'c.email', 'c.attributes'])
      .where('r.workspace_id', '=', ws.id)
      .where('s.slug', '=', 'bakkerij-nps')
      .execute();
    const byEmail = await handle.db.selectFrom('responses as r').innerJoin('surveys as s', 's.id', 'r.survey_id').select((eb) => eb.fn.countAll<number>().as('n')).where('s.slug', '=', 'bakkerij-nps').where('r.channel', '=', 'email').executeTakeFirstOrThrow();
    expect(linked.length).toBe(Math.min(Number(byEmail.n), 150));
    expect(linked.length).toBeGreaterThan(50);
    expect(new Set(linked.map((r) => r.email)).size).toBe(linked.length);
    expect(linked.every((r) => r.channel === 'email' && /^klant\d{3}@voorbeeld\.nl$/.test(r.email ?? ''))).toBe(true);
    // The board's attributes (klantgroep) now reach the NPS responses.
    expect(new Set(linked.map((r) => (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes).klantgroep))).toEqual(new Set(['vaste klant', 'nieuwe klant']));
  });
});
