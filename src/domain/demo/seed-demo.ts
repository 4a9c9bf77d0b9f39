import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { createRandom, type Random } from '../../analysis/random.ts';
import { hashPassword } from '../accounts/password.ts';
import { insertWorkspace } from '../workspaces/workspace.repository.ts';

export const DEMO_WORKSPACE = 'Bakkerij De Vries';
export const DEMO_EMAIL = 'demo@klankbord.local';
export const DEMO_PASSWORD = 'klankbord-demo';
const DEMO_SEED = 20261123;

export interface DemoContext {
  db: Db;
  workspaceId: string;
  userId: string;
  /** Seeded, so every fresh demo is the same. Each seeder gets its own stream. */
  random: Random;
  log: (message: string) => void;
}

export type DemoSeeder = { name: string; seed: (ctx: DemoContext) => Promise<void> };

// Each capability that has demo content adds a seeder here; they run in this order, once per workspace.
const seeders: DemoSeeder[] = [];

export function registerDemoSeeder(seeder: DemoSeeder) {
  if (!seeders.some((s) => s.name === seeder.name)) seeders.push(seeder);
}

/**
 * Creates the demo workspace "Bakkerij De Vries" with a demo owner, then lets every registered
 * seeder fill it with generated content (fixed seed, no committed dump). Running it again on a
 * database that has the demo already changes nothing.
 */
export async function seedDemo(db: Db, opts: { log?: (m: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  await import('./demo-seeders.ts');
  const existing = await db.selectFrom('users').select('id').where('email', '=', DEMO_EMAIL).executeTakeFirst();
  if (existing) {
    log('demo workspace already present; not seeding again');
    return { workspaceName: DEMO_WORKSPACE, email: DEMO_EMAIL, password: DEMO_PASSWORD, created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const userId = randomUUID();
    await trx.insertInto('users').values({ id: userId, email: DEMO_EMAIL, name: 'Anna de Vries', password_hash: passwordHash, locale: 'nl' }).execute();
    const workspace = await insertWorkspace(trx, { name: DEMO_WORKSPACE, ownerId: userId });
    for (const [i, seeder] of seeders.entries()) {
      log(`demo: ${seeder.name}`);
      await seeder.seed({ db: trx, workspaceId: workspace.id, userId, random: createRandom(DEMO_SEED + i), log });
    }
  });
  return { workspaceName: DEMO_WORKSPACE, email: DEMO_EMAIL, password: DEMO_PASSWORD, created: true };
}
