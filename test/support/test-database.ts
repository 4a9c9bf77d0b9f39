import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';

/**
 * A fresh, empty database for one test file. With DATABASE_URL set (CI's second pass, or a developer
 * with a local server) a throwaway database is created on that PostgreSQL server and dropped afterwards;
 * otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ dataDir: 'memory://' });
  const name = `kb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: testUrl.toString(), dataDir: 'unused', onIdleError: () => {} });
  return {
    ...handle,
    async close() {
      await handle.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      // Give the pool's sockets a moment to close; force only as a last resort (it kills live connections,
      // whose clients would then report errors into the next test file).
      for (let attempt = 0; ; attempt++) {
        try {
          await drop.query(`drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`);
          break;
        } catch (err) {
          if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await drop.end();
    },
  };
}
