import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface EnqueueProps {
  kind: string;
  payload: Record<string, unknown>;
  workspaceId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

/** Puts a job in the queue (inside the caller's transaction, so it exists only if the work committed). */
export async function enqueueJob(db: Db, props: EnqueueProps): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('jobs')
    .values({
      id,
      kind: props.kind,
      payload: JSON.stringify(props.payload),
      workspace_id: props.workspaceId ?? null,
      run_at: props.runAt ?? new Date(),
      max_attempts: props.maxAttempts ?? 5,
      last_error: null,
      finished_at: null,
    })
    .execute();
  return id;
}

/** Claims the next due job (SKIP LOCKED, so several runners never take the same job). */
export async function claimNextJob(db: Db) {
  const result = await sql<{ id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number; workspace_id: string | null }>`
    update jobs set status = 'running', attempts = attempts + 1
    where id = (
      select id from jobs where status = 'queued' and run_at <= now()
      order by run_at limit 1 for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts, workspace_id`.execute(db);
  return result.rows[0];
}

export async function completeJob(db: Db, id: string) {
  await db.updateTable('jobs').set({ status: 'done', finished_at: new Date(), last_error: null }).where('id', '=', id).execute();
}

/** Records a failure: retried with exponential back-off (30 s, 1 min, 2 min ...) until max_attempts. */
export async function failJob(db: Db, job: { id: string; attempts: number; max_attempts: number }, error: string, baseDelayMs = 30_000) {
  const final = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      last_error: error.slice(0, 2000),
      run_at: new Date(Date.now() + baseDelayMs * 2 ** (job.attempts - 1)),
      finished_at: final ? new Date() : null,
    })
    .where('id', '=', job.id)
    .execute();
}
