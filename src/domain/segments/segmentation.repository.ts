import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { SegmentItem } from '../../shared/segments.ts';
import type { SegmentModel } from './segment-profile.ts';
import { clearSegmentAttributes, writeSegmentAttributes } from './save-segmentation.command.ts';

export interface SegmentationRow {
  id: string;
  workspace_id: string;
  survey_id: string;
  survey_name: string;
  name: string;
  items: string[];
  k: number;
  model: SegmentModel & { itemDetails?: SegmentItem[] };
  labels: string[];
  created_at: Date;
  updated_at: Date;
}

function withSurvey(db: Db, workspaceId: string) {
  return db
    .selectFrom('segmentations')
    .innerJoin('surveys', 'surveys.id', 'segmentations.survey_id')
    .select([
      'segmentations.id',
      'segmentations.workspace_id',
      'segmentations.survey_id',
      'surveys.name as survey_name',
      'segmentations.name',
      'segmentations.items',
      'segmentations.k',
      'segmentations.model',
      'segmentations.labels',
      'segmentations.created_at',
      'segmentations.updated_at',
    ])
    .where('segmentations.workspace_id', '=', workspaceId);
}

/** The saved segmentations of a workspace (optionally of one survey), newest first. */
export async function listSegmentations(db: Db, workspaceId: string, surveyId?: string): Promise<SegmentationRow[]> {
  let q = withSurvey(db, workspaceId);
  if (surveyId) q = q.where('segmentations.survey_id', '=', surveyId);
  return (await q.orderBy('segmentations.created_at', 'desc').orderBy('segmentations.id').execute()) as unknown as SegmentationRow[];
}

export async function getSegmentation(db: Db, workspaceId: string, segmentationId: string): Promise<SegmentationRow | undefined> {
  return (await withSurvey(db, workspaceId).where('segmentations.id', '=', segmentationId).executeTakeFirst()) as unknown as SegmentationRow | undefined;
}

/** Like getSegmentation, but 404 when absent. */
export async function requireSegmentation(db: Db, workspaceId: string, segmentationId: string): Promise<SegmentationRow> {
  const row = await getSegmentation(db, workspaceId, segmentationId);
  if (!row) throw errors.notFound('Segmentation');
  return row;
}

/** Respondents per segment of saved segmentations: segmentation id → counts by segment number. */
export async function segmentSizes(db: Db, workspaceId: string, segmentationIds: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (segmentationIds.length === 0) return out;
  const rows = await db
    .selectFrom('segment_assignments')
    .select(['segmentation_id', 'segment', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('segmentation_id', 'in', segmentationIds)
    .groupBy(['segmentation_id', 'segment'])
    .execute();
  for (const r of rows) {
    const counts = out.get(r.segmentation_id) ?? [];
    counts[r.segment] = Number(r.n);
    out.set(r.segmentation_id, counts);
  }
  return out;
}

/** Renames a segmentation and/or its segments; new labels are written to the linked customers too. */
export async function updateSegmentation(db: Db, workspaceId: string, segmentationId: string, set: { name?: string; labels?: string[] }): Promise<void> {
  const row = await requireSegmentation(db, workspaceId, segmentationId);
  if (set.labels && set.labels.length !== row.k) throw errors.validation([{ field: 'body.labels', reason: `give ${row.k} labels, one per segment` }]);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('segmentations')
      .set({ ...(set.name ? { name: set.name } : {}), ...(set.labels ? { labels: JSON.stringify(set.labels) } : {}), updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', segmentationId)
      .execute();
    if (set.labels) {
      await clearSegmentAttributes(trx, workspaceId, segmentationId, row.labels);
      await writeSegmentAttributes(trx, workspaceId, segmentationId, set.labels);
    }
  });
}

/** Deletes a segmentation, its assignments and the segment attribute it wrote on customers. */
export async function deleteSegmentation(db: Db, workspaceId: string, segmentationId: string): Promise<void> {
  const row = await requireSegmentation(db, workspaceId, segmentationId);
  await db.transaction().execute(async (trx) => {
    await clearSegmentAttributes(trx, workspaceId, segmentationId, row.labels);
    await trx.deleteFrom('segmentations').where('workspace_id', '=', workspaceId).where('id', '=', segmentationId).execute();
  });
}

/**
 * A subquery of the response ids in one segment of a saved segmentation, for other analyses to filter
 * on: `.where('responses.id', 'in', segmentResponseIds(db, workspaceId, segmentationId, 0))`.
 * Segments are numbered from 0 (Segment A). An unknown segmentation simply matches no response.
 */
export function segmentResponseIds(db: Db, workspaceId: string, segmentationId: string, segment: number) {
  return db
    .selectFrom('segment_assignments')
    .select('segment_assignments.response_id')
    .where('segment_assignments.workspace_id', '=', workspaceId)
    .where('segment_assignments.segmentation_id', '=', segmentationId)
    .where('segment_assignments.segment', '=', segment);
}

/** The response ids in one segment of a saved segmentation (see segmentResponseIds for a subquery). */
export async function responseIdsInSegment(db: Db, workspaceId: string, segmentationId: string, segment: number): Promise<string[]> {
  return (await segmentResponseIds(db, workspaceId, segmentationId, segment).execute()).map((r) => r.response_id);
}

/** The segment of each response of a saved segmentation, with probability and customer e-mail, for export and comparison. */
export async function segmentAssignments(db: Db, workspaceId: string, segmentationId: string) {
  return db
    .selectFrom('segment_assignments')
    .innerJoin('responses', 'responses.id', 'segment_assignments.response_id')
    .leftJoin('customers', 'customers.id', 'segment_assignments.customer_id')
    .select(['segment_assignments.response_id', 'segment_assignments.segment', 'segment_assignments.probability', 'customers.email', 'responses.answers'])
    .where('segment_assignments.workspace_id', '=', workspaceId)
    .where('responses.workspace_id', '=', workspaceId)
    .where('segment_assignments.segmentation_id', '=', segmentationId)
    .orderBy('segment_assignments.segment')
    .orderBy('responses.completed_at')
    .orderBy('segment_assignments.response_id')
    .execute() as Promise<{ response_id: string; segment: number; probability: number; email: string | null; answers: Record<string, unknown> }[]>;
}

/** The segments of one customer across saved segmentations (for the customer record). */
export async function customerSegments(db: Db, workspaceId: string, customerId: string) {
  const rows = await db
    .selectFrom('segment_assignments')
    .innerJoin('segmentations', 'segmentations.id', 'segment_assignments.segmentation_id')
    .select(['segmentations.id as segmentation_id', 'segmentations.name', 'segmentations.labels', 'segment_assignments.segment', 'segment_assignments.probability', 'segment_assignments.response_id'])
    .where('segment_assignments.workspace_id', '=', workspaceId)
    .where('segment_assignments.customer_id', '=', customerId)
    .orderBy('segmentations.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    segmentationId: r.segmentation_id,
    segmentationName: r.name,
    responseId: r.response_id,
    segment: r.segment,
    label: (r.labels as string[])[r.segment] ?? `Segment ${r.segment + 1}`,
    probability: r.probability,
  }));
}
