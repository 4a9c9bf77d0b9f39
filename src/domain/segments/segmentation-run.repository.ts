import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { SegmentationRunStatus } from '../../db/schema.ts';

export interface SegmentationRunRow {
  id: string;
  workspace_id: string;
  survey_id: string;
  status: SegmentationRunStatus;
  progress: number;
  message: string;
  items: string[];
  result: Record<string, unknown> | null;
  error: string | null;
  created_at: Date;
}

export async function insertSegmentationRun(db: Db, props: { workspaceId: string; surveyId: string; items: string[]; userId: string | null }): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('segmentation_runs')
    .values({ id, workspace_id: props.workspaceId, survey_id: props.surveyId, items: JSON.stringify(props.items), result: null, error: null, created_by: props.userId, message: 'queued' })
    .execute();
  return id;
}

export async function getSegmentationRun(db: Db, workspaceId: string, runId: string): Promise<SegmentationRunRow | undefined> {
  return (await db
    .selectFrom('segmentation_runs')
    .select(['id', 'workspace_id', 'survey_id', 'status', 'progress', 'message', 'items', 'result', 'error', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', runId)
    .executeTakeFirst()) as SegmentationRunRow | undefined;
}

/** Updates a run that is still running (a cancelled run stays cancelled). Returns false when it was no longer running. */
export async function updateRunningRun(
  db: Db,
  runId: string,
  set: { status?: SegmentationRunStatus; progress?: number; message?: string; result?: Record<string, unknown>; error?: string },
): Promise<boolean> {
  const r = await db
    .updateTable('segmentation_runs')
    .set({
      ...(set.status ? { status: set.status } : {}),
      ...(set.progress !== undefined ? { progress: set.progress } : {}),
      ...(set.message !== undefined ? { message: set.message } : {}),
      ...(set.result ? { result: JSON.stringify(set.result) } : {}),
      ...(set.error !== undefined ? { error: set.error } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
