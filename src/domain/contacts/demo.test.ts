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
});
