import { wilsonInterval } from '../../analysis/proportion.ts';
import { segmentLetter, type Segmentation, type SegmentationListItem, type SegmentationRun } from '../../shared/segments.ts';
import { segmentSentence, segmentTraits } from './segment-profile.ts';
import type { SegmentationRow } from './segmentation.repository.ts';
import type { SegmentationRunRow } from './segmentation-run.repository.ts';
import type { StoredRunResult } from './run-segmentation.command.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A run as the API shows it: the model parameters stay inside. */
export function presentRun(row: SegmentationRunRow): SegmentationRun {
  const stored = row.result as unknown as StoredRunResult | null;
  let result: SegmentationRun['result'] = null;
  if (stored) {
    const { fits: _fits, ...shown } = stored;
    // Runs stored before mixture models existed: all items as categories, every trait an answer.
    result = {
      ...shown,
      model: shown.model ?? 'lca',
      numeric: shown.numeric ?? [],
      models: shown.models.map((m) => ({ ...m, segments: m.segments.map((c) => ({ ...c, traits: c.traits.map((tr) => ({ ...tr, kind: tr.kind ?? 'answer' })) })) })),
    };
  }
  return { id: row.id, surveyId: row.survey_id, status: row.status, progress: row.progress, message: row.message, items: row.items, result, error: row.error, createdAt: iso(row.created_at) };
}

export function presentSegmentationListItem(row: SegmentationRow, sizes: number[] = []): SegmentationListItem {
  return {
    id: row.id,
    surveyId: row.survey_id,
    surveyName: row.survey_name,
    name: row.name,
    k: row.k,
    labels: row.labels,
    respondents: sizes.reduce((a, b) => a + (b ?? 0), 0),
    createdAt: iso(row.created_at),
  };
}

/** A saved segmentation with its segments: label, respondents with a Wilson 95% CI of their share, sentence and traits. */
export function presentSegmentation(row: SegmentationRow, sizes: number[] = []): Segmentation {
  const total = sizes.reduce((a, b) => a + (b ?? 0), 0);
  const items = row.model.itemDetails ?? [];
  return {
    ...presentSegmentationListItem(row, sizes),
    items: row.items,
    numeric: row.model.numeric?.items ?? [],
    updatedAt: iso(row.updated_at),
    segments: row.labels.map((label, segment) => {
      const n = sizes[segment] ?? 0;
      const share = total > 0 ? n / total : 0;
      const traits = segmentTraits(row.model, items, segment);
      return {
        segment,
        letter: segmentLetter(segment),
        label,
        respondents: n,
        share,
        ci95: total > 0 ? wilsonInterval(n, total) : ([0, 1] as [number, number]),
        sentence: segmentSentence(segment, share, traits, row.k === 1),
        traits,
      };
    }),
  };
}
