import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../support/test-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/domain/demo/seed-demo.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await migrateToLatest(handle.db);
  await seedDemo(handle.db);
}, 120_000);
afterAll(async () => handle?.close());

describe('ideas demo', () => {
  it('seeds the Bakkerij De Vries board with ideas, voters with attributes, comments and changelog', async () => {
    const db = handle.db;
    const board = await db.selectFrom('boards').select(['id', 'slug']).executeTakeFirstOrThrow();
    expect(board.slug).toBe('bakkerij-de-vries');
    const ideas = await db.selectFrom('ideas').select(['title', 'status']).where('board_id', '=', board.id).execute();
    expect(ideas.length).toBe(25);
    expect(ideas.map((i) => i.title)).toContain('Zuurdesembrood ook op zondag');
    expect(new Set(ideas.map((i) => i.status)).size).toBe(6);
    const voters = await sql<{ n: number }>`select count(distinct customer_id)::int as n from votes`.execute(db);
    expect(voters.rows[0].n).toBeGreaterThan(120);
    const groups = await sql<{ g: string }>`select distinct c.attributes->>'klantgroep' as g from votes v join customers c on c.id = v.customer_id order by 1`.execute(db);
    expect(groups.rows.map((r) => r.g)).toEqual(['nieuwe klant', 'vaste klant']);
    expect((await db.selectFrom('changelog_entries').select('id').where('published_at', 'is not', null).execute()).length).toBe(2);
    expect((await db.selectFrom('idea_comments').select('id').execute()).length).toBeGreaterThan(25);
  });
});
