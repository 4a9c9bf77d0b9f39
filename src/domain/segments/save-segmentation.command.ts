import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { SegmentationRunResult } from '../../shared/segments.ts';
import { modelItems, type SegmentModel } from './segment-profile.ts';
import { classifyWithModel } from './segment-posterior.ts';
import { segmentColumns, segmentNumbers } from './segment-items.ts';
import { completeSurveyResponses, loadSegmentSurvey } from './segment-survey.repository.ts';
import { getSegmentationRun } from './segmentation-run.repository.ts';

/** The customers.attributes key that carries a respondent's segment label (ideas board, customer records). */
export const SEGMENT_ATTRIBUTE = 'segment';

export interface SaveSegmentationProps {
  workspaceId: string;
  runId: string;
  k: number;
  name: string;
  labels?: string[];
  language?: 'nl' | 'en';
  userId: string | null;
}

/**
 * Saves the K-class model of a finished run as a segmentation: every complete response of the survey
 * gets its segment and membership probability (classified with the saved model, so responses that
 * came in after the run are included; mixture models use the number items' Gaussians too), and
 * customers linked to a response get the segment label in customers.attributes.segment. One
 * transaction. Returns the new segmentation id.
 */
export async function saveSegmentation(db: Db, props: SaveSegmentationProps): Promise<string> {
  const run = await getSegmentationRun(db, props.workspaceId, props.runId);
  if (!run) throw errors.notFound('Segmentation run');
  if (run.status !== 'done' || !run.result) throw errors.conflict('RUN_NOT_FINISHED', 'The segmentation run has not finished.');
  const result = run.result as unknown as SegmentationRunResult & { fits: SegmentModel[] };
  const model = result.fits.find((m) => m.k === props.k);
  const summary = result.models.find((m) => m.k === props.k);
  if (!model || !summary) throw errors.validation([{ field: 'body.k', reason: `the run has no model with ${props.k} segments` }]);
  if (props.labels && props.labels.length !== props.k) throw errors.validation([{ field: 'body.labels', reason: `give ${props.k} labels, one per segment` }]);
  const language = props.language ?? 'nl';
  const labels = props.labels ?? summary.segments.map((s) => s.name[language]);

  const survey = await loadSegmentSurvey(db, props.workspaceId, run.survey_id);
  const responses = await completeSurveyResponses(db, props.workspaceId, run.survey_id);
  const answers = responses.map((r) => r.answers);
  const columns = segmentColumns(survey.questions, model.items, answers);
  const numbers = segmentNumbers(survey.questions, model.numeric?.items ?? [], answers);
  const { segment, probability } = classifyWithModel(model, columns, numbers);
  const allItems = modelItems(model);

  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('segmentations')
      .values({
        id,
        workspace_id: props.workspaceId,
        survey_id: run.survey_id,
        name: props.name,
        items: JSON.stringify(allItems),
        k: props.k,
        model: JSON.stringify({ ...model, itemDetails: result.items.filter((i) => allItems.includes(i.key)) }),
        labels: JSON.stringify(labels),
        created_by: props.userId,
      })
      .execute();
    const rows = responses
      .map((r, i) => ({ workspace_id: props.workspaceId, segmentation_id: id, response_id: r.id, customer_id: r.customer_id, segment: segment[i], probability: probability[i] }))
      .filter((r) => r.segment >= 0);
    for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('segment_assignments').values(rows.slice(i, i + 1000)).execute();
    await writeSegmentAttributes(trx, props.workspaceId, id, labels);
  });
  return id;
}

/**
 * Writes each linked customer's segment label into customers.attributes.segment (a customer with
 * several responses gets the segment of their most confident assignment).
 */
export async function writeSegmentAttributes(db: Db, workspaceId: string, segmentationId: string, labels: readonly string[]): Promise<void> {
  await sql`
    update customers c set attributes = coalesce(c.attributes, '{}'::jsonb) || jsonb_build_object(${SEGMENT_ATTRIBUTE}::text, (${JSON.stringify(labels)}::jsonb ->> a.segment)), updated_at = now()
    from (
      select distinct on (customer_id) customer_id, segment from segment_assignments
      where workspace_id = ${workspaceId} and segmentation_id = ${segmentationId} and customer_id is not null
      order by customer_id, probability desc
    ) a
    where c.id = a.customer_id and c.workspace_id = ${workspaceId}`.execute(db);
}

/** Removes the segment attribute written by this segmentation (customers whose label still matches). */
export async function clearSegmentAttributes(db: Db, workspaceId: string, segmentationId: string, labels: readonly string[]): Promise<void> {
  await sql`
    update customers c set attributes = c.attributes - ${SEGMENT_ATTRIBUTE}::text, updated_at = now()
    where c.workspace_id = ${workspaceId}
      and c.attributes ->> ${SEGMENT_ATTRIBUTE}::text in (select jsonb_array_elements_text(${JSON.stringify(labels)}::jsonb))
      and exists (select 1 from segment_assignments a where a.workspace_id = ${workspaceId} and a.segmentation_id = ${segmentationId} and a.customer_id = c.id)`.execute(db);
}
