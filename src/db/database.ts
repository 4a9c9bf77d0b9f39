import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import type { Database } from './schema.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// bigint (count(*), sums) and numeric come back as strings from pg and as bigint/string from PGlite;
// the app wants plain numbers. Counts and sums here stay far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, otherwise the embedded PGlite,
 * stored in `dataDir` (or in memory when dataDir is 'memory://').
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; onIdleError?: (err: Error) => void }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pg = (await import('pg')).default;
    pg.types.setTypeParser(INT8, (v) => Number(v));
    pg.types.setTypeParser(NUMERIC, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle pooled connection can be closed by the server (restart, admin command); the pool drops it and
    // opens a new one on the next query. Without a listener that 'error' event would end the process.
    pool.on('error', (err) => opts.onIdleError?.(err));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  let dir: string | undefined;
  let unlock = () => {};
  if (opts.dataDir !== 'memory://') {
    dir = path.join(path.resolve(opts.dataDir), 'pglite');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(opts.dataDir); // before PGlite touches a file (src/db/data-dir-lock.ts)
  }
  let pglite;
  try {
    pglite = new PGlite(dir, {
      parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v) },
    });
    await pglite.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

/** True when the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
