import type { Db } from '../../db/database.ts';

/** Runs `fn` in the caller's transaction when there is one, else in a new one (commands stay atomic either way). */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
