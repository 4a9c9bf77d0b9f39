/**
 * The segment of each person, for the evidence cards' spread over segments and the segment filter:
 * the latest saved segmentation of the survey (segment_assignments by response and customer), else
 * of the workspace (by customer, for the ideas board), else customers.attributes.segment.
 */
import type { Db } from '../../db/database.ts';

export interface SegmentLookup {
  /** Filter options: value "<segmentationId>:<n>" or "attr:<value>", and a label. */
  options: { value: string; label: string }[];
  byResponse: Map<string, string>;
  byCustomer: Map<string, string>;
  labelOf(value: string): string;
}

export async function lookupSegments(db: Db, workspaceId: string, props: { surveyId?: string | null }): Promise<SegmentLookup> {
  let q = db.selectFrom('segmentations').select(['id', 'labels', 'k']).where('workspace_id', '=', workspaceId);
  if (props.surveyId) q = q.where('survey_id', '=', props.surveyId);
  const segmentation = await q.orderBy('updated_at', 'desc').orderBy('id').executeTakeFirst();
  const byResponse = new Map<string, string>();
  const byCustomer = new Map<string, string>();
  const labels = new Map<string, string>();
  if (segmentation) {
    const names = (segmentation.labels as string[]) ?? [];
    for (let s = 0; s < segmentation.k; s++) labels.set(`${segmentation.id}:${s}`, names[s] ?? `Segment ${s + 1}`);
    const rows = await db
      .selectFrom('segment_assignments')
      .select(['response_id', 'customer_id', 'segment'])
      .where('workspace_id', '=', workspaceId)
      .where('segmentation_id', '=', segmentation.id)
      .execute();
    for (const r of rows) {
      const value = `${segmentation.id}:${r.segment}`;
      byResponse.set(r.response_id, value);
      if (r.customer_id) byCustomer.set(r.customer_id, value);
    }
  } else {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'attributes'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    for (const r of rows) {
      const seg = (r.attributes as Record<string, unknown> | null)?.segment;
      if (typeof seg === 'string' && seg.trim() !== '') {
        const value = `attr:${seg.trim()}`;
        labels.set(value, seg.trim());
        byCustomer.set(r.id, value);
      }
    }
  }
  return {
    options: [...labels.entries()].map(([value, label]) => ({ value, label })),
    byResponse,
    byCustomer,
    labelOf: (value) => labels.get(value) ?? value,
  };
}

/** The segment value of a person: by response first (a survey answer), then by customer. */
export function segmentOf(lookup: SegmentLookup, person: { responseId?: string | null; customerId?: string | null }): string | undefined {
  return (person.responseId ? lookup.byResponse.get(person.responseId) : undefined) ?? (person.customerId ? lookup.byCustomer.get(person.customerId) : undefined);
}

export const NO_SEGMENTS_NOTE = {
  nl: 'Nog geen segmenten in deze werkruimte: de spreiding over segmenten verschijnt zodra er een segmentatie is opgeslagen.',
  en: 'No segments in this workspace yet: the spread over segments appears once a segmentation is saved.',
};
